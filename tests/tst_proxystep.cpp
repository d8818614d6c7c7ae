#include "CertificateFactory.h"
#include "PlainHttpServer.h"
#include "RelayProxy.h"
#include "SilentServer.h"
#include "TlsTestServer.h"
#include "diagnosis/Diagnosis.h"
#include "probe/HttpStep.h"
#include "probe/ProxyStep.h"
#include "probe/TargetProbe.h"
#include "result/StepFacts.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace cloudcheck;
using namespace cctest;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 1500;
const QString kHost = u"citrix.citrixcloud.jp"_s;

Target httpsTarget()
{
    Target target;
    target.id = u"https://"_s + kHost + u":443"_s;
    target.host = kHost;
    target.port = 443;
    target.scheme = Scheme::Https;
    target.patterns = {u"https://*.citrixcloud.jp"_s};
    target.required = true;
    target.expectedIssuers = {u"DigiCert Inc"_s};
    return target;
}

Target httpTarget()
{
    Target target;
    target.id = u"http://crl3.digicert.com:80"_s;
    target.host = u"crl3.digicert.com"_s;
    target.port = 80;
    target.scheme = Scheme::Http;
    target.patterns = {u"http://*.digicert.com"_s};
    target.required = true;
    return target;
}

} // namespace

class ProxyStepTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tlsRunsInsideTheTunnel();
    void proxyRepliesBecomeFindings_data();
    void proxyRepliesBecomeFindings();
    void silentProxyAfterConnectIsNoReply();
    void refusedProxyIsUnreachable();
    void plainHttpSendsTheAbsoluteUri();
    void unusableRouteFailsWithoutConnecting();
    void cancelWhileWaitingForTheProxy();
    void signInOpensTheTunnel_data();
    void signInOpensTheTunnel();
    void refusedCredentialsAreTriedOnce();

private:
    TargetResult probe(const Target& target, const Route& route, Profile profile = Profile::Connector,
                       const ProxyCredentials& credentials = {});

    TestIdentity m_ca;
    TestIdentity m_leaf;
};

void ProxyStepTest::initTestCase()
{
    m_ca = CertificateFactory::createCa(u"CloudCheck Test DigiCert Root"_s, u"DigiCert Inc"_s);
    CertificateFactory::LeafOptions options;
    options.dnsNames = {kHost};
    m_leaf = CertificateFactory::createLeaf(m_ca, kHost, options);
    QVERIFY(!m_leaf.isNull());
}

TargetResult ProxyStepTest::probe(const Target& target, const Route& route, Profile profile,
                                  const ProxyCredentials& credentials)
{
    ProbeContext context;
    context.profile = profile;
    context.proxyCredentials = credentials;
    context.timeoutMs = kTimeoutMs;
    context.userAgent = "CloudCheck/test";
    context.route = route;
    context.tls = QSslConfiguration::defaultConfiguration();
    context.tls.setProtocol(QSsl::TlsV1_2OrLater);
    context.tls.addCaCertificates({m_ca.certificate});
    // The target's own (informational) lookup is pinned, so no query leaves the machine.
    HostOverride pin;
    pin.host = target.host;
    pin.address = QHostAddress(QHostAddress::LocalHost);
    context.overrides = {pin};
    TargetProbe targetProbe(target, context);
    QSignalSpy finished(&targetProbe, &TargetProbe::finished);
    targetProbe.start();
    if (finished.isEmpty())
        finished.wait(kTimeoutMs * 4);
    TargetResult result = targetProbe.result();
    Diagnosis::apply(result);
    return result;
}

void ProxyStepTest::tlsRunsInsideTheTunnel()
{
    TlsTestServer origin(m_leaf);
    QVERIFY(origin.listen());
    RelayProxy relay(origin.port());
    QVERIFY(relay.listen());

    const TargetResult result = probe(
        httpsTarget(), Route::viaProxy(Route::Source::Manual, u"127.0.0.1"_s, relay.port(), u"--proxy"_s));
    QCOMPARE(result.verdict, Verdict::Pass);
    QVERIFY(relay.lastRequestHead().startsWith("CONNECT citrix.citrixcloud.jp:443 HTTP/1.1\r\n"));
    QVERIFY(relay.lastRequestHead().contains("Host: citrix.citrixcloud.jp:443\r\n"));
    QList<StepKind> kinds;
    for (const StepResult& step : result.steps)
        kinds << step.step;
    QCOMPARE(kinds, (QList{StepKind::Dns, StepKind::Proxy, StepKind::Tls, StepKind::Certificate,
                           StepKind::Revocation, StepKind::Http}));
    const StepResult* proxy = result.step(StepKind::Proxy);
    QCOMPARE(proxy->details.value(fact::kStatus).toInt(), 200);
    QCOMPARE(proxy->details.value(fact::kStatusLine).toString(), u"HTTP/1.1 200 Connection established"_s);
    QCOMPARE(proxy->details.value(fact::kVia).toString(), u"1.1 relay"_s);
    QVERIFY(result.step(StepKind::Dns)->details.value(fact::kInformational).toBool());
    // The origin saw an ordinary request for the target's name, through the tunnel.
    QCOMPARE(origin.requests(), 1);
    QVERIFY(origin.lastRequest().startsWith("GET / HTTP/1.1\r\nHost: citrix.citrixcloud.jp\r\n"));
}

void ProxyStepTest::proxyRepliesBecomeFindings_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("quoted");

    QTest::newRow("407 with schemes")
        << QByteArray(
               "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp, "
               "west\"\r\nProxy-Authenticate: NTLM\r\nProxy-Authenticate: Negotiate\r\nContent-Length: "
               "0\r\n\r\n")
        << u"PROXY_AUTH_REQUIRED"_s << QStringList{u"Basic, NTLM, Negotiate"_s, u"407"_s};
    QTest::newRow("403 by policy")
        << QByteArray("HTTP/1.1 403 Forbidden\r\nX-Squid-Error: ERR_ACCESS_DENIED 0\r\nVia: 1.1 proxy.corp "
                      "(squid/5.7)\r\n\r\n")
        << u"PROXY_DENIED"_s
        << QStringList{u"\"HTTP/1.1 403 Forbidden\""_s, u"X-Squid-Error: ERR_ACCESS_DENIED 0"_s,
                       u"Via: 1.1 proxy.corp (squid/5.7)"_s, u"refused CONNECT"_s};
    QTest::newRow("503 name unknown to the proxy")
        << QByteArray("HTTP/1.1 503 Service Unavailable\r\nX-Squid-Error: ERR_DNS_FAIL 0\r\n\r\n")
        << u"PROXY_DENIED"_s << QStringList{u"could not resolve"_s, u"ERR_DNS_FAIL"_s};
    QTest::newRow("502 onward connect failed")
        << QByteArray(
               "HTTP/1.1 502 Bad Gateway\r\nProxy-Status: corp-proxy; error=connection_refused\r\n\r\n")
        << u"PROXY_DENIED"_s << QStringList{u"could not connect"_s, u"Proxy-Status: corp-proxy"_s};
    QTest::newRow("not a proxy") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << u"PROXY_UNREACHABLE"_s
                                 << QStringList{u"SSH-2.0"_s, u"HTTP proxy"_s};
    QTest::newRow("hostile status line")
        << QByteArray("HTTP/1.1 403 \x1b[2JForbidden\r\nX-Squid-Error: \x1b]0;owned\x07\r\n\r\n")
        << u"PROXY_DENIED"_s << QStringList{u"\\x1b[2JForbidden"_s};
}

void ProxyStepTest::proxyRepliesBecomeFindings()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, code);
    QFETCH(QStringList, quoted);

    PlainHttpServer proxy;
    proxy.setResponse(reply);
    QVERIFY(proxy.listen());
    const TargetResult result = probe(
        httpsTarget(), Route::viaProxy(Route::Source::Manual, u"127.0.0.1"_s, proxy.port(), u"--proxy"_s));
    QCOMPARE(result.verdict, Verdict::Fail);
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(findingCodeName(result.findings.first().code), code);
    const QString message = result.findings.first().message;
    for (const QString& text : quoted)
        QVERIFY2(message.contains(text), qPrintable(u"missing <%1> in: %2"_s.arg(text, message)));
    QVERIFY2(!message.contains(QChar(0x1b)) && !message.contains(QChar(0x07)), qPrintable(message));
    // Nothing was attempted beyond the proxy's refusal.
    QCOMPARE(result.step(StepKind::Tls)->verdict, Verdict::NotRun);
    QVERIFY(proxy.lastRequest().startsWith("CONNECT citrix.citrixcloud.jp:443 HTTP/1.1\r\n"));
}

void ProxyStepTest::silentProxyAfterConnectIsNoReply()
{
    SilentServer proxy;
    QVERIFY(proxy.listen());
    QElapsedTimer clock;
    clock.start();
    const TargetResult result = probe(
        httpsTarget(), Route::viaProxy(Route::Source::Manual, u"127.0.0.1"_s, proxy.port(), u"--proxy"_s));
    QVERIFY(clock.elapsed() < kTimeoutMs * 2);
    QCOMPARE(readFact<ProxyError>(result.step(StepKind::Proxy)->details, fact::kError), ProxyError::NoReply);
    QCOMPARE(result.findings.first().code, FindingCode::TcpTimeout);
    QVERIFY(result.findings.first().message.contains(u"did not answer CONNECT citrix.citrixcloud.jp:443"_s));
}

void ProxyStepTest::refusedProxyIsUnreachable()
{
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost, 0));
    const quint16 port = reserve.serverPort();
    reserve.close(); // nothing listens there now
    const TargetResult result = probe(
        httpsTarget(), Route::viaProxy(Route::Source::Environment, u"127.0.0.1"_s, port, u"https_proxy"_s));
    QCOMPARE(readFact<ProxyError>(result.step(StepKind::Proxy)->details, fact::kError), ProxyError::Refused);
    QCOMPARE(result.findings.first().code, FindingCode::ProxyUnreachable);
    QVERIFY(result.findings.first().message.contains(u"the https_proxy environment variable"_s));
}

void ProxyStepTest::plainHttpSendsTheAbsoluteUri()
{
    PlainHttpServer proxy;
    QVERIFY(proxy.listen());
    const Route route = Route::viaProxy(Route::Source::Manual, u"127.0.0.1"_s, proxy.port(), u"--proxy"_s);
    TargetResult result = probe(httpTarget(), route);
    QCOMPARE(result.verdict, Verdict::Pass);
    QVERIFY2(proxy.lastRequest().startsWith(
                 "GET http://crl3.digicert.com/ HTTP/1.1\r\nHost: crl3.digicert.com\r\n"),
             proxy.lastRequest().constData());

    // The proxy's own error page on plain http is not the service.
    proxy.setResponse(
        "HTTP/1.1 403 Forbidden\r\nX-Squid-Error: ERR_ACCESS_DENIED 0\r\nContent-Length: 0\r\n\r\n");
    result = probe(httpTarget(), route);
    QCOMPARE(result.verdict, Verdict::Fail);
    QCOMPARE(result.findings.first().code, FindingCode::HttpUnexpected);
    QVERIFY(result.findings.first().message.contains(u"ERR_ACCESS_DENIED"_s));

    // A 407 on plain http is the proxy asking for credentials.
    proxy.setResponse("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Negotiate\r\n\r\n");
    result = probe(httpTarget(), route);
    QCOMPARE(result.findings.first().code, FindingCode::ProxyAuthRequired);
    QVERIFY(result.findings.first().message.contains(u"Negotiate"_s));
}

void ProxyStepTest::unusableRouteFailsWithoutConnecting()
{
    Route route = Route::viaProxy(Route::Source::InternetSettings, {}, 0, u"Internet Settings"_s);
    route.problem = u"pac_not_supported"_s;
    const TargetResult result = probe(httpsTarget(), route);
    QCOMPARE(result.verdict, Verdict::Fail);
    QCOMPARE(result.findings.first().code, FindingCode::ProxyPacFailed);
    QVERIFY(result.findings.first().message.contains(u"WPAD"_s));
    QCOMPARE(result.step(StepKind::Http)->verdict, Verdict::NotRun);

    // A SOCKS proxy is named in words, never as the internal code.
    Route socks = Route::viaProxy(Route::Source::Environment, u"127.0.0.1"_s, 1080, u"https_proxy"_s);
    socks.problem = u"unsupported_scheme:socks5"_s;
    const TargetResult viaSocks = probe(httpsTarget(), socks);
    QCOMPARE(viaSocks.findings.first().code, FindingCode::ProxyUnreachable);
    const QString message = viaSocks.findings.first().message;
    QVERIFY2(message.contains(u"SOCKS5 proxies are not supported"_s) &&
                 !message.contains(u"unsupported_scheme"_s),
             qPrintable(message));
    QVERIFY(Diagnosis::describeRoute(socks).contains(u"SOCKS5 proxies are not supported"_s));
}

void ProxyStepTest::cancelWhileWaitingForTheProxy()
{
    SilentServer proxy;
    QVERIFY(proxy.listen());
    ProbeContext context;
    context.timeoutMs = 60000;
    context.route = Route::viaProxy(Route::Source::Manual, u"127.0.0.1"_s, proxy.port(), u"--proxy"_s);
    HostOverride pin;
    pin.host = kHost;
    pin.address = QHostAddress(QHostAddress::LocalHost);
    context.overrides = {pin};
    TargetProbe targetProbe(httpsTarget(), context);
    QSignalSpy finished(&targetProbe, &TargetProbe::finished);
    targetProbe.start();
    QTest::qWait(200);
    QVERIFY(finished.isEmpty());
    targetProbe.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(targetProbe.result().cancelled);
    for (const StepResult& step : targetProbe.result().steps)
        QVERIFY2(step.verdict != Verdict::Pass || step.step == StepKind::Dns,
                 qPrintable(stepName(step.step)));
    TargetResult result = targetProbe.result();
    Diagnosis::apply(result);
    QVERIFY(result.verdict != Verdict::Pass);
}

void ProxyStepTest::signInOpensTheTunnel_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QStringList>("codes");

    // The same signed-in path: a browser uses it, the Cloud Connector cannot sign in to a proxy.
    QTest::newRow("browser") << Profile::Browser << Verdict::Pass << QStringList{};
    QTest::newRow("connector") << Profile::Connector << Verdict::Fail
                               << QStringList{u"PROXY_UNSUPPORTED_FOR_CONNECTOR"_s};
}

void ProxyStepTest::signInOpensTheTunnel()
{
    QFETCH(Profile, profile);
    QFETCH(Verdict, verdict);
    QFETCH(QStringList, codes);

    TlsTestServer origin(m_leaf);
    QVERIFY(origin.listen());
    RelayProxy relay(origin.port());
    relay.requireBasic("alice:s3cret");
    QVERIFY(relay.listen());

    const TargetResult result = probe(
        httpsTarget(), Route::viaProxy(Route::Source::Manual, u"127.0.0.1"_s, relay.port(), u"--proxy"_s),
        profile, {u"alice"_s, u"s3cret"_s});
    QStringList found;
    for (const Finding& finding : result.findings)
        found << findingCodeName(finding.code);
    QCOMPARE(found, codes);
    QCOMPARE(result.verdict, verdict);
    const StepResult* proxy = result.step(StepKind::Proxy);
    QCOMPARE(proxy->details.value(fact::kSignIn).toString(), u"accepted"_s);
    QCOMPARE(proxy->details.value(fact::kProxyAuthenticate).toArray().first().toString(), u"Basic"_s);
    // The whole path was still checked through the signed-in tunnel.
    QCOMPARE(result.step(StepKind::Tls)->verdict, Verdict::Pass);
    QCOMPARE(result.step(StepKind::Http)->verdict, Verdict::Pass);
    QCOMPARE(origin.requests(), 1);
    QCOMPARE(relay.refusedCredentials(), 0);
    if (profile == Profile::Connector) {
        const Finding& finding = result.findings.first();
        QVERIFY2(finding.message.contains(u"only after signing in (Basic"_s), qPrintable(finding.message));
        QVERIFY2(finding.remediation.contains(u"netsh winhttp set proxy"_s), qPrintable(finding.remediation));
    }
    // Nothing of the password reaches the facts.
    const QByteArray facts = QJsonDocument(proxy->details).toJson();
    QVERIFY(!facts.contains("s3cret"));
    QVERIFY(!facts.contains(QByteArray("alice:s3cret").toBase64()));
}

void ProxyStepTest::refusedCredentialsAreTriedOnce()
{
    TlsTestServer origin(m_leaf);
    QVERIFY(origin.listen());
    RelayProxy relay(origin.port());
    relay.requireBasic("alice:s3cret");
    QVERIFY(relay.listen());

    QElapsedTimer clock;
    clock.start();
    const TargetResult result = probe(
        httpsTarget(), Route::viaProxy(Route::Source::Manual, u"127.0.0.1"_s, relay.port(), u"--proxy"_s),
        Profile::Browser, {u"alice"_s, u"wrong"_s});
    QCOMPARE(result.verdict, Verdict::Fail);
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(findingCodeName(result.findings.first().code), u"PROXY_AUTH_FAILED"_s);
    QCOMPARE(result.step(StepKind::Proxy)->details.value(fact::kSignIn).toString(), u"refused"_s);
    // One attempt with the credentials, never a loop that could lock the account.
    QCOMPARE(relay.refusedCredentials(), 1);
    QVERIFY2(clock.elapsed() < kTimeoutMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(origin.requests(), 0);
}

QTEST_GUILESS_MAIN(ProxyStepTest)
#include "tst_proxystep.moc"
