// The cipher step (decision 47): a second handshake pinned to TLS 1.2 and offering only the four
// suites the Citrix Cloud ingress accepts (CTX335879), run for targets whose catalog entry has a
// cipherPolicy, along the same path as the target's own connection. Servers are loopback
// TlsTestServers limited to chosen protocols and suites; the proxy is a loopback RelayProxy.
#include "CertificateFactory.h"
#include "LoopbackPins.h"
#include "RelayProxy.h"
#include "ResultInspection.h"
#include "TlsTestServer.h"
#include "diagnosis/Diagnosis.h"
#include "probe/CipherStep.h"
#include "probe/TargetProbe.h"
#include "result/StepFacts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QTest>

using namespace cloudcheck;
using namespace cctest;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 2000;
const QString kHost = u"cws.citrixworkspacesapi.jp"_s;
const QStringList kAccepted{u"ECDHE-RSA-AES256-GCM-SHA384"_s, u"ECDHE-RSA-AES128-GCM-SHA256"_s,
                            u"DHE-RSA-AES256-GCM-SHA384"_s, u"DHE-RSA-AES128-GCM-SHA256"_s};

Target ingressTarget(CipherPolicy policy = CipherPolicy::CitrixIngress)
{
    Target target;
    target.id = u"https://"_s + kHost + u":443"_s;
    target.host = kHost;
    target.port = 443;
    target.scheme = Scheme::Https;
    target.patterns = {u"https://*.citrixworkspacesapi.jp"_s};
    target.required = true;
    target.expectedIssuers = {u"DigiCert Inc"_s};
    target.cipherPolicy = policy;
    return target;
}

QList<StepKind> kinds(const TargetResult& result)
{
    QList<StepKind> list;
    for (const StepResult& step : result.steps)
        list << step.step;
    return list;
}

QString describe(const TargetResult& result)
{
    QString text;
    for (const StepResult& step : result.steps)
        text += stepName(step.step) + u'=' + verdictName(step.verdict) + u' ' +
                QString::fromUtf8(QJsonDocument(step.details).toJson(QJsonDocument::Compact)) + u'\n';
    return text;
}

} // namespace

class CipherStepTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pinnedConfigurationOffersOnlyTheFourSuites();
    void stepsFollowThePolicy();
    void acceptedSuitePasses_data();
    void acceptedSuitePasses();
    void otherSuitesFail_data();
    void otherSuitesFail();
    void browserProfileOnlyWarns();
    void entriesWithoutThePolicyNeverRunTheCheck();
    void throughAProxyTheCheckTakesTheSameTunnel_data();
    void throughAProxyTheCheckTakesTheSameTunnel();
    void secondConnectionFailingIsNotAPass();

private:
    TargetResult probe(const Target& target, quint16 port, Profile profile = Profile::Connector,
                       const Route& route = Route::direct(Route::Source::Disabled, {}));

    TestIdentity m_ca;
    TestIdentity m_rsaLeaf;
    TestIdentity m_ecLeaf;
};

void CipherStepTest::initTestCase()
{
    m_ca = CertificateFactory::createCa(u"CloudCheck Test DigiCert Root"_s, u"DigiCert Inc"_s);
    CertificateFactory::LeafOptions options;
    options.dnsNames = {kHost};
    m_ecLeaf = CertificateFactory::createLeaf(m_ca, kHost, options);
    options.keyType = CertificateFactory::KeyType::Rsa;
    m_rsaLeaf = CertificateFactory::createLeaf(m_ca, kHost, options);
    QVERIFY(!m_ecLeaf.isNull());
    QVERIFY(!m_rsaLeaf.isNull());
    QCOMPARE(m_rsaLeaf.key.algorithm(), QSsl::Rsa);
    QCOMPARE(m_ecLeaf.key.algorithm(), QSsl::Ec);
}

TargetResult CipherStepTest::probe(const Target& target, quint16 port, Profile profile, const Route& route)
{
    ProbeContext context;
    context.profile = profile;
    context.timeoutMs = kTimeoutMs;
    context.userAgent = "CloudCheck/test";
    context.route = route;
    context.tls = QSslConfiguration::defaultConfiguration();
    context.tls.setProtocol(QSsl::TlsV1_2OrLater);
    context.tls.addCaCertificates({m_ca.certificate});
    context.overrides = {loopbackPin(target.host, target.port, port)};
    TargetProbe targetProbe(target, context);
    QSignalSpy finished(&targetProbe, &TargetProbe::finished);
    targetProbe.start();
    if (finished.isEmpty())
        finished.wait(kTimeoutMs * 6);
    TargetResult result = targetProbe.result();
    Diagnosis::apply(result);
    return result;
}

void CipherStepTest::pinnedConfigurationOffersOnlyTheFourSuites()
{
    QSslConfiguration base = QSslConfiguration::defaultConfiguration();
    base.addCaCertificates({m_ca.certificate});
    const QSslConfiguration pinned = CipherStep::pinnedConfiguration(base, CipherPolicy::CitrixIngress);
    QCOMPARE(pinned.protocol(), QSsl::TlsV1_2);
    QStringList names;
    for (const QSslCipher& cipher : pinned.ciphers())
        names << cipher.name();
    // All four exist in Debian's OpenSSL 3 as Qt 6.4 lists them; a build without one would offer
    // fewer, and this test says so.
    QCOMPARE(names, kAccepted);
    QVERIFY(pinned.caCertificates().contains(m_ca.certificate)); // the run's trust settings kept
    QVERIFY(CipherStep::pinnedConfiguration(base, CipherPolicy::Any).ciphers().isEmpty());
}

void CipherStepTest::stepsFollowThePolicy()
{
    const Route direct = Route::direct(Route::Source::Disabled, {});
    QCOMPARE(TargetProbe::stepsFor(ingressTarget(), direct),
             (QList{StepKind::Dns, StepKind::Tcp, StepKind::Tls, StepKind::Cipher, StepKind::Certificate,
                    StepKind::Revocation, StepKind::Http}));
    const Route proxied = Route::viaProxy(Route::Source::Manual, u"127.0.0.1"_s, 3128, u"--proxy"_s);
    QCOMPARE(TargetProbe::stepsFor(ingressTarget(), proxied),
             (QList{StepKind::Dns, StepKind::Proxy, StepKind::Tls, StepKind::Cipher, StepKind::Certificate,
                    StepKind::Revocation, StepKind::Http}));
    QVERIFY(!TargetProbe::stepsFor(ingressTarget(CipherPolicy::Any), direct).contains(StepKind::Cipher));
}

void CipherStepTest::acceptedSuitePasses_data()
{
    QTest::addColumn<QSsl::SslProtocol>("protocol");
    QTest::addColumn<QStringList>("serverSuites"); // empty: the server's defaults
    for (const QString& suite : kAccepted)
        QTest::newRow(qPrintable(suite)) << QSsl::TlsV1_2 << QStringList{suite};
    QTest::newRow("server defaults, TLS 1.3 capable") << QSsl::TlsV1_2OrLater << QStringList{};
    QTest::newRow("an accepted suite among others")
        << QSsl::TlsV1_2 << QStringList{u"ECDHE-RSA-CHACHA20-POLY1305"_s, u"DHE-RSA-AES128-GCM-SHA256"_s};
}

void CipherStepTest::acceptedSuitePasses()
{
    QFETCH(QSsl::SslProtocol, protocol);
    QFETCH(QStringList, serverSuites);
    TlsTestServer server(m_rsaLeaf);
    QVERIFY(server.restrictTls(protocol, serverSuites));
    QVERIFY(server.listen());

    const TargetResult result = probe(ingressTarget(), server.port());
    QVERIFY2(result.verdict == Verdict::Pass, qPrintable(describe(result)));
    const StepResult* cipher = result.step(StepKind::Cipher);
    QVERIFY(cipher);
    QCOMPARE(cipher->verdict, Verdict::Pass);
    QCOMPARE(cipher->details.value(fact::kProtocol).toString(), u"TLSv1.2"_s);
    const QString negotiated = cipher->details.value(fact::kCipher).toString();
    QVERIFY2(kAccepted.contains(negotiated), qPrintable(negotiated));
    if (!serverSuites.isEmpty())
        QVERIFY2(serverSuites.contains(negotiated), qPrintable(negotiated));
    QCOMPARE(cipher->details.value(fact::kPolicy).toString(), u"citrix-ingress"_s);
    QCOMPARE(cipher->details.value(fact::kOffered).toArray(), QJsonArray::fromStringList(kAccepted));
    QCOMPARE(cipher->details.value(fact::kAddress).toString(), u"127.0.0.1"_s);
    // The target's own handshake and the pinned one; the pinned connection carried no request.
    QTRY_COMPARE(server.handshakes(), 2);
    QCOMPARE(server.requests(), 1);
}

void CipherStepTest::otherSuitesFail_data()
{
    QTest::addColumn<bool>("rsa");
    QTest::addColumn<QSsl::SslProtocol>("protocol");
    QTest::addColumn<QStringList>("serverSuites");
    QTest::addColumn<QString>("error");
    QTest::newRow("ChaCha20 only") << true << QSsl::TlsV1_2 << QStringList{u"ECDHE-RSA-CHACHA20-POLY1305"_s}
                                   << u"no_shared_suite"_s;
    QTest::newRow("AES-CBC only") << true << QSsl::TlsV1_2
                                  << QStringList{u"ECDHE-RSA-AES256-SHA384"_s, u"ECDHE-RSA-AES128-SHA256"_s,
                                                 u"ECDHE-RSA-AES128-SHA"_s}
                                  << u"no_shared_suite"_s;
    QTest::newRow("static RSA AES-GCM only (no forward secrecy)")
        << true << QSsl::TlsV1_2 << QStringList{u"AES256-GCM-SHA384"_s} << u"no_shared_suite"_s;
    QTest::newRow("TLS 1.3 only") << true << QSsl::TlsV1_3OrLater << QStringList{} << u"tls12_refused"_s;
    // An ECDSA certificate can carry none of the four (all RSA): why Azure, DigiCert and Pendo
    // hosts must never be judged by this policy.
    QTest::newRow("ECDSA certificate")
        << false << QSsl::TlsV1_2OrLater << QStringList{} << u"no_shared_suite"_s;
}

void CipherStepTest::otherSuitesFail()
{
    QFETCH(bool, rsa);
    QFETCH(QSsl::SslProtocol, protocol);
    QFETCH(QStringList, serverSuites);
    QFETCH(QString, error);
    TlsTestServer server(rsa ? m_rsaLeaf : m_ecLeaf);
    QVERIFY(server.restrictTls(protocol, serverSuites));
    QVERIFY(server.listen());

    const TargetResult result = probe(ingressTarget(), server.port());
    // The ordinary handshake works (TLS 1.3, or TLS 1.2 with the server's suite) ...
    QVERIFY2(result.step(StepKind::Tls) && result.step(StepKind::Tls)->verdict == Verdict::Pass,
             qPrintable(describe(result)));
    // ... the pinned one does not, and that alone fails the target.
    const StepResult* cipher = result.step(StepKind::Cipher);
    QVERIFY(cipher);
    QVERIFY2(cipher->verdict == Verdict::Fail, qPrintable(describe(result)));
    QCOMPARE(cipher->details.value(fact::kError).toString(), error);
    QVERIFY(!cipher->details.value(fact::kErrorText).toString().isEmpty());
    QCOMPARE(findingCodes(result), QStringList{u"TLS_CIPHER_UNSUPPORTED"_s});
    QCOMPARE(result.findings.first().severity, Verdict::Fail);
    QVERIFY(result.findings.first().links.contains(u"https://support.citrix.com/article/CTX335879"_s));
    QCOMPARE(result.verdict, Verdict::Fail);
    // It does not block the path: the certificate and the service were still checked.
    QCOMPARE(result.step(StepKind::Certificate)->verdict, Verdict::Pass);
    QCOMPARE(result.step(StepKind::Http)->verdict, Verdict::Pass);
    QCOMPARE(server.requests(), 1);
}

void CipherStepTest::browserProfileOnlyWarns()
{
    TlsTestServer server(m_rsaLeaf);
    QVERIFY(server.restrictTls(QSsl::TlsV1_3OrLater));
    QVERIFY(server.listen());
    const TargetResult result = probe(ingressTarget(), server.port(), Profile::Browser);
    QCOMPARE(result.step(StepKind::Cipher)->verdict, Verdict::Warn);
    QCOMPARE(findingCodes(result), QStringList{u"TLS_CIPHER_UNSUPPORTED"_s});
    QCOMPARE(result.findings.first().severity, Verdict::Warn);
    QCOMPARE(result.verdict, Verdict::Warn);
}

void CipherStepTest::entriesWithoutThePolicyNeverRunTheCheck()
{
    // A server the check would fail: without the policy the target passes on its own handshake.
    TlsTestServer server(m_ecLeaf);
    QVERIFY(server.restrictTls(QSsl::TlsV1_2, {u"ECDHE-ECDSA-CHACHA20-POLY1305"_s}));
    QVERIFY(server.listen());
    const TargetResult result = probe(ingressTarget(CipherPolicy::Any), server.port());
    QVERIFY2(result.verdict == Verdict::Pass, qPrintable(describe(result)));
    QVERIFY(!kinds(result).contains(StepKind::Cipher));
    QVERIFY(result.findings.isEmpty());
    QTest::qWait(50); // a stray second handshake would have arrived by now
    QCOMPARE(server.handshakes() + server.failedHandshakes(), 1);
}

void CipherStepTest::throughAProxyTheCheckTakesTheSameTunnel_data()
{
    QTest::addColumn<QStringList>("serverSuites");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("accepted suite") << QStringList{u"ECDHE-RSA-AES128-GCM-SHA256"_s} << Verdict::Pass;
    QTest::newRow("ChaCha20 only") << QStringList{u"ECDHE-RSA-CHACHA20-POLY1305"_s} << Verdict::Fail;
}

void CipherStepTest::throughAProxyTheCheckTakesTheSameTunnel()
{
    QFETCH(QStringList, serverSuites);
    QFETCH(Verdict, verdict);
    TlsTestServer server(m_rsaLeaf);
    QVERIFY(server.restrictTls(QSsl::TlsV1_2, serverSuites));
    QVERIFY(server.listen());
    RelayProxy relay(server.port());
    QVERIFY(relay.listen());

    const TargetResult result =
        probe(ingressTarget(), 443, Profile::Connector,
              Route::viaProxy(Route::Source::Manual, u"127.0.0.1"_s, relay.port(), u"--proxy"_s));
    const StepResult* cipher = result.step(StepKind::Cipher);
    QVERIFY2(cipher, qPrintable(describe(result)));
    QVERIFY2(cipher->verdict == verdict, qPrintable(describe(result)));
    const QString proxy = u"127.0.0.1:"_s + QString::number(relay.port());
    QCOMPARE(cipher->details.value(fact::kViaProxy).toString(), proxy);
    // Two tunnels: the target's own and the pinned handshake's, both to the service's name.
    QCOMPARE(relay.tunnels(), 2);
    QVERIFY(relay.lastRequestHead().startsWith("CONNECT cws.citrixworkspacesapi.jp:443 HTTP/1.1\r\n"));
    QTRY_COMPARE(server.handshakes() + server.failedHandshakes(), 2);
    if (verdict == Verdict::Fail) {
        QCOMPARE(findingCodes(result), QStringList{u"TLS_CIPHER_UNSUPPORTED"_s});
        QVERIFY(result.findings.first().message.contains(u"through the proxy "_s + proxy));
    }
}

void CipherStepTest::secondConnectionFailingIsNotAPass()
{
    // The relay lets exactly one tunnel through, the target's own; the pinned handshake's CONNECT
    // is refused.
    TlsTestServer server(m_rsaLeaf);
    QVERIFY(server.listen());
    RelayProxy relay(server.port());
    relay.refuseTunnelsAfter(1);
    QVERIFY(relay.listen());

    const TargetResult result =
        probe(ingressTarget(), 443, Profile::Connector,
              Route::viaProxy(Route::Source::Manual, u"127.0.0.1"_s, relay.port(), u"--proxy"_s));
    const StepResult* cipher = result.step(StepKind::Cipher);
    QVERIFY2(cipher, qPrintable(describe(result)));
    QVERIFY2(cipher->verdict == Verdict::NotRun, qPrintable(describe(result)));
    QCOMPARE(cipher->details.value(fact::kReason).toString(), u"path_failed"_s);
    QCOMPARE(cipher->details.value(fact::kPathStep).toString(), u"proxy"_s);
    QCOMPARE(cipher->details.value(fact::kPath).toObject().value(fact::kError).toString(), u"denied"_s);
    // Not judged, and not passed either; the rest of the path was still checked.
    QVERIFY(findingCodes(result).isEmpty());
    QCOMPARE(result.step(StepKind::Http)->verdict, Verdict::Pass);
    QCOMPARE(result.verdict, Verdict::NotRun);
    QCOMPARE(server.handshakes(), 1);
}

QTEST_GUILESS_MAIN(CipherStepTest)
#include "tst_cipherstep.moc"
