// The revocation step against real components: a test PKI made here with the OpenSSL API, CRLs
// served by a loopback HTTP server, and a real `openssl ocsp` responder process started and
// stopped by pid (OpenSSL 3.0's responder takes a port only and listens on every address; the
// tests connect to it on 127.0.0.1 only). Nothing leaves 127.0.0.1.
#include "LoopbackPins.h"
#include "LoopbackPorts.h"
#include "PlainHttpServer.h"
#include "ReportSchema.h"
#include "RevocationPki.h"
#include "SilentServer.h"
#include "TestCatalogs.h"
#include "TlsTestServer.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/RunDiagnosis.h"
#include "plan/RunPlan.h"
#include "probe/RevocationStep.h"
#include "report/JsonReport.h"
#include "result/StepFacts.h"
#include "revocation/RevocationAddresses.h"
#include "revocation/RevocationService.h"
#include "run/ProbeRunner.h"
#include "support/Version.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <vector>

using namespace cloudcheck;
using namespace cctest;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 1500;

QByteArray httpAnswer(const QByteArray& body, const QByteArray& contentType,
                      const QByteArray& status = "200 OK",
                      std::optional<qsizetype> contentLength = std::nullopt)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(contentLength.value_or(body.size())) +
           "\r\nConnection: close\r\n\r\n" + body;
}

QString url(quint16 port, const QString& path)
{
    return u"http://127.0.0.1:%1%2"_s.arg(port).arg(path);
}

// The responder serves one connection at a time and waits for a request on each, so readiness is
// read from what it prints, never probed with a connection of our own.
bool waitUntilServing(QProcess& process)
{
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        output += process.readAll();
        if (output.contains("waiting for OCSP client connections"))
            return true;
    }
    qWarning("openssl ocsp did not start: %s", output.constData());
    return false;
}

struct StepOutcome
{
    Verdict verdict = Verdict::Error;
    QJsonObject details;
    qint64 elapsedMs = 0;
};

} // namespace

class RevocationTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void addressesAreReadFromTheCertificate();
    void goodCrlPasses();
    void revokedByCrlFails();
    void crlProblemsAreInvalid_data();
    void crlProblemsAreInvalid();
    void staleCrlIsInvalid();
    void crlSignedByAnotherKeyIsInvalid();
    void ocspGoodRevokedUnknown_data();
    void ocspGoodRevokedUnknown();
    void ocspResponseWithoutNonceIsAccepted();
    void ocspSignedByTheWrongKeyIsInvalid();
    void ocspResponderDownIsUnreachable();
    void silentPortEndsInOneTimeout();
    void browserProfileOnlyWarns();
    void chainWithoutAddressesIsNotRun();
    void downloadsAreSharedAcrossTargets();
    void hostOverridesApplyToRevocationHosts();
    void revokedLeafEndToEnd();
    void runReadingCollapsesRevocationFailures_data();
    void runReadingCollapsesRevocationFailures();

private:
    StepOutcome runStep(const QList<QSslCertificate>& chain, RevocationService& service,
                        Profile profile = Profile::Connector);
    std::unique_ptr<RevocationService> newService(int timeoutMs = kTimeoutMs,
                                                  QList<HostOverride> overrides = {}) const;
    TestIdentity leafWith(const RevocationPki::Addresses& addresses) const;
    QList<QSslCertificate> chainOf(const TestIdentity& leaf) const
    {
        return {leaf.certificate, m_intermediate.certificate};
    }
    static QList<QJsonObject> checksOf(const StepOutcome& outcome, const QString& method = {});
    // The intermediate's CRL, current (issued a minute ago, due in a week), as an HTTP answer.
    QByteArray currentCrlAnswer(const QList<RevocationPki::Revoked>& revoked = {}) const
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return httpAnswer(RevocationPki::createCrl(m_intermediate, revoked, now.addSecs(-60), now.addDays(7)),
                          "application/pkix-crl");
    }
    QString pemPath(const QString& name, const QByteArray& pem);

    QTemporaryDir m_dir;
    TestIdentity m_root;
    TestIdentity m_other; // a CA with the same role but another key
    TestIdentity m_intermediate;
    PlainHttpServer m_rootCrl;
    QString m_openssl;
};

void RevocationTest::initTestCase()
{
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QVERIFY(m_dir.isValid());
    m_openssl = QStandardPaths::findExecutable(u"openssl"_s);
    QVERIFY2(!m_openssl.isEmpty(), "the openssl command is needed for the OCSP responder");
    QVERIFY(m_rootCrl.listen());
    m_root = RevocationPki::createCa(u"CloudCheck Revocation Root"_s, u"DigiCert Inc"_s);
    QVERIFY(!m_root.isNull());
    m_other = RevocationPki::createCa(u"CloudCheck Revocation Root"_s, u"DigiCert Inc"_s);
    QVERIFY(!m_other.isNull());
    m_intermediate = RevocationPki::createCa(u"CloudCheck Revocation CA"_s, u"DigiCert, Inc."_s, &m_root,
                                             {{url(m_rootCrl.port(), u"/root.crl"_s)}, {}, {}});
    QVERIFY(!m_intermediate.isNull());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_rootCrl.setResponse(httpAnswer(RevocationPki::createCrl(m_root, {}, now.addSecs(-3600), now.addDays(7)),
                                     "application/pkix-crl"));
    pemPath(u"intermediate.pem"_s, m_intermediate.certificate.toPem());
    pemPath(u"intermediate.key"_s, m_intermediate.key.toPem());
    pemPath(u"other.pem"_s, m_other.certificate.toPem());
    pemPath(u"other.key"_s, m_other.key.toPem());
}

QString RevocationTest::pemPath(const QString& name, const QByteArray& pem)
{
    const QString path = m_dir.filePath(name);
    RevocationPki::writeFile(path, pem);
    return path;
}

std::unique_ptr<RevocationService> RevocationTest::newService(int timeoutMs,
                                                              QList<HostOverride> overrides) const
{
    RevocationService::Settings settings;
    settings.timeoutMs = timeoutMs;
    settings.overrides = std::move(overrides);
    settings.userAgent = "CloudCheck/test";
    settings.extraCaCertificates = {m_root.certificate};
    settings.systemCaCertificates = false;
    return std::make_unique<RevocationService>(
        [](const QUrl&) { return Route::direct(Route::Source::Disabled); }, settings);
}

TestIdentity RevocationTest::leafWith(const RevocationPki::Addresses& addresses) const
{
    return RevocationPki::createLeaf(m_intermediate, u"service.revocation.test"_s,
                                     {u"service.revocation.test"_s}, addresses);
}

StepOutcome RevocationTest::runStep(const QList<QSslCertificate>& chain, RevocationService& service,
                                    Profile profile)
{
    ProbeState state;
    state.chain = chain;
    ProbeContext context;
    context.timeoutMs = service.timeoutMs();
    context.profile = profile;
    context.revocation = &service;
    RevocationStep step(state, context);
    StepOutcome outcome;
    QSignalSpy spy(&step, &ProbeStep::finished);
    QElapsedTimer clock;
    clock.start();
    step.start();
    if (spy.isEmpty())
        spy.wait(service.timeoutMs() * 4);
    outcome.elapsedMs = clock.elapsed();
    if (spy.size() != 1)
        return outcome;
    outcome.verdict = spy.first().at(0).value<Verdict>();
    outcome.details = spy.first().at(1).toJsonObject();
    return outcome;
}

QList<QJsonObject> RevocationTest::checksOf(const StepOutcome& outcome, const QString& method)
{
    QList<QJsonObject> checks;
    for (const QJsonValue& value : outcome.details.value(fact::kChecks).toArray()) {
        if (method.isEmpty() || value.toObject().value(fact::kMethod).toString() == method)
            checks << value.toObject();
    }
    return checks;
}

void RevocationTest::addressesAreReadFromTheCertificate()
{
    const TestIdentity leaf = leafWith({{u"http://crl.example.test/a.crl"_s, u"ldap://ldap.example.test/x"_s},
                                        {u"http://ocsp.example.test"_s},
                                        {u"http://cacerts.example.test/ca.crt"_s}});
    const RevocationAddresses addresses = RevocationAddresses::of(leaf.certificate);
    QCOMPARE(addresses.crl, QList<QUrl>{QUrl(u"http://crl.example.test/a.crl"_s)});
    QCOMPARE(addresses.ocsp, QList<QUrl>{QUrl(u"http://ocsp.example.test"_s)});
    QCOMPARE(addresses.caIssuers, QList<QUrl>{QUrl(u"http://cacerts.example.test/ca.crt"_s)});
    QVERIFY(RevocationAddresses::of(m_root.certificate).isEmpty());
    QVERIFY(RevocationAddresses::fromDer("garbage").isEmpty());
}

void RevocationTest::goodCrlPasses()
{
    PlainHttpServer crl;
    QVERIFY(crl.listen());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    crl.setResponse(currentCrlAnswer());
    const TestIdentity leaf = leafWith({{url(crl.port(), u"/ca.crl"_s)}, {}, {}});
    auto service = newService();
    const StepOutcome outcome = runStep(chainOf(leaf), *service);
    QCOMPARE(outcome.verdict, Verdict::Pass);
    const QList<QJsonObject> checks = checksOf(outcome);
    QCOMPARE(checks.size(), 2); // the leaf against its CA's CRL, the CA against the root's
    for (const QJsonObject& check : checks) {
        QCOMPARE(check.value(fact::kOutcome).toString(), u"good"_s);
        QCOMPARE(check.value(fact::kRoute).toString(), u"direct"_s);
        QVERIFY(!check.value(fact::kNextUpdate).toString().isEmpty());
    }
    QVERIFY(crl.lastRequest().startsWith("GET /ca.crl HTTP/1.0\r\n"));
}

void RevocationTest::revokedByCrlFails()
{
    PlainHttpServer crl;
    QVERIFY(crl.listen());
    const TestIdentity leaf = leafWith({{url(crl.port(), u"/ca.crl"_s)}, {}, {}});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime revokedAt = now.addDays(-2).addMSecs(-now.time().msec());
    crl.setResponse(currentCrlAnswer({{leaf.certificate, revokedAt, 1}}));
    auto service = newService();
    const StepOutcome outcome = runStep(chainOf(leaf), *service);
    QCOMPARE(outcome.verdict, Verdict::Fail);
    QVERIFY2(outcome.elapsedMs < 1000, qPrintable(QString::number(outcome.elapsedMs)));
    const QJsonObject check = checksOf(outcome).first();
    QCOMPARE(check.value(fact::kOutcome).toString(), u"revoked"_s);
    QCOMPARE(check.value(fact::kRevocationReason).toString(), u"keyCompromise"_s);
    QCOMPARE(check.value(fact::kRevokedAt).toString(), revokedAt.toString(Qt::ISODate));

    TargetResult result;
    result.target.host = u"service.revocation.test"_s;
    result.target.required = true;
    result.steps = {{StepKind::Revocation, outcome.verdict, outcome.elapsedMs, outcome.details}};
    Diagnosis::apply(result);
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.first().code, FindingCode::CertRevoked);
    QCOMPARE(result.findings.first().severity, Verdict::Fail);
    QVERIFY(result.findings.first().message.contains(revokedAt.toString(Qt::ISODate)));
    QVERIFY(result.findings.first().message.contains(u"keyCompromise"_s));
    QVERIFY(result.findings.first().message.contains(u"service.revocation.test"_s));
}

void RevocationTest::crlProblemsAreInvalid_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("quoted");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray good = RevocationPki::createCrl(m_intermediate, {}, now.addSecs(-60), now.addDays(7));
    const QByteArray page = "<html><body>Access denied by Corp Web Filter</body></html>";
    QTest::newRow("block page 403") << httpAnswer(page, "text/html", "403 Forbidden") << u"http_status"_s
                                    << u"403 Forbidden"_s;
    QTest::newRow("block page 200") << httpAnswer(page, "text/html") << u"not_crl"_s << u"Corp Web Filter"_s;
    QTest::newRow("truncated, cut short")
        << httpAnswer(good.left(good.size() / 2), "application/pkix-crl", "200 OK", good.size())
        << u"closed"_s << u"200 OK"_s;
    QTest::newRow("truncated, complete length")
        << httpAnswer(good.left(good.size() / 2), "application/pkix-crl") << u"not_crl"_s
        << u"application/pkix-crl"_s;
    QTest::newRow("garbage") << httpAnswer(QByteArray(300, '\x07'), "application/pkix-crl") << u"not_crl"_s
                             << u"\\x07"_s;
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << u"not_http"_s << u"SSH-2.0"_s;
}

void RevocationTest::crlProblemsAreInvalid()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, problem);
    QFETCH(QString, quoted);
    PlainHttpServer crl;
    QVERIFY(crl.listen());
    crl.setResponse(answer);
    const TestIdentity leaf = leafWith({{url(crl.port(), u"/ca.crl"_s)}, {}, {}});
    auto service = newService();
    const StepOutcome outcome =
        runStep({leaf.certificate, m_intermediate.certificate, m_root.certificate}, *service);
    QCOMPARE(outcome.verdict, Verdict::Fail);
    const QJsonObject check = checksOf(outcome).first();
    QCOMPARE(check.value(fact::kOutcome).toString(), u"invalid"_s);
    QCOMPARE(check.value(fact::kProblem).toString(), problem);

    TargetResult result;
    result.target.host = u"service.revocation.test"_s;
    result.target.required = true;
    result.steps = {{StepKind::Revocation, outcome.verdict, outcome.elapsedMs, outcome.details}};
    Diagnosis::apply(result);
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.first().code, FindingCode::RevocationInvalid);
    QVERIFY2(result.findings.first().message.contains(quoted), qPrintable(result.findings.first().message));
    QVERIFY(result.findings.first().remediation.contains(u"127.0.0.1"_s));
}

void RevocationTest::staleCrlIsInvalid()
{
    PlainHttpServer crl;
    QVERIFY(crl.listen());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    crl.setResponse(
        httpAnswer(RevocationPki::createCrl(m_intermediate, {}, now.addDays(-10), now.addDays(-3)),
                   "application/pkix-crl"));
    const TestIdentity leaf = leafWith({{url(crl.port(), u"/ca.crl"_s)}, {}, {}});
    auto service = newService();
    const StepOutcome outcome = runStep(chainOf(leaf), *service);
    QCOMPARE(outcome.verdict, Verdict::Fail);
    QCOMPARE(checksOf(outcome).first().value(fact::kProblem).toString(), u"stale"_s);
}

void RevocationTest::crlSignedByAnotherKeyIsInvalid()
{
    PlainHttpServer crl;
    QVERIFY(crl.listen());
    const TestIdentity leaf = leafWith({{url(crl.port(), u"/ca.crl"_s)}, {}, {}});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // In the CA's name, listing the leaf as revoked, but signed by another key: not to be believed.
    crl.setResponse(httpAnswer(RevocationPki::createCrl(m_intermediate, {{leaf.certificate, now, 1}},
                                                        now.addSecs(-60), now.addDays(7), &m_other),
                               "application/pkix-crl"));
    auto service = newService();
    const StepOutcome outcome = runStep(chainOf(leaf), *service);
    QCOMPARE(outcome.verdict, Verdict::Fail);
    const QJsonObject check = checksOf(outcome).first();
    QCOMPARE(check.value(fact::kOutcome).toString(), u"invalid"_s);
    QCOMPARE(check.value(fact::kProblem).toString(), u"bad_signature"_s);
}

void RevocationTest::ocspGoodRevokedUnknown_data()
{
    QTest::addColumn<QString>("listed"); // good, revoked, absent
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("outcome");
    QTest::newRow("good") << u"good"_s << int(Verdict::Pass) << u"good"_s;
    QTest::newRow("revoked") << u"revoked"_s << int(Verdict::Fail) << u"revoked"_s;
    QTest::newRow("unknown") << u"absent"_s << int(Verdict::Fail) << u"invalid"_s;
}

void RevocationTest::ocspGoodRevokedUnknown()
{
    QFETCH(QString, listed);
    QFETCH(int, verdict);
    QFETCH(QString, outcome);
    const QString index = m_dir.filePath(u"index-%1.txt"_s.arg(listed));
    // Port first, then the certificate naming it, then the index, then the responder.
    const quint16 port = refusedPort();
    const TestIdentity leaf = leafWith({{}, {url(port, u""_s)}, {}});
    const QDateTime revokedAt = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY(RevocationPki::writeOcspIndex(
        index, listed == u"good" ? QList<QSslCertificate>{leaf.certificate} : QList<QSslCertificate>{},
        listed == u"revoked" ? QList<RevocationPki::Revoked>{{leaf.certificate, revokedAt, 1}}
                             : QList<RevocationPki::Revoked>{}));
    QProcess process;
    process.setProgram(m_openssl);
    process.setArguments({u"ocsp"_s, u"-index"_s, index, u"-port"_s, QString::number(port), u"-rsigner"_s,
                          m_dir.filePath(u"intermediate.pem"_s), u"-rkey"_s,
                          m_dir.filePath(u"intermediate.key"_s), u"-CA"_s,
                          m_dir.filePath(u"intermediate.pem"_s), u"-ignore_err"_s});
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start();
    QVERIFY(process.waitForStarted());
    auto stop = qScopeGuard([&process] {
        process.kill(); // this responder's pid only
        process.waitForFinished(5000);
    });
    QVERIFY(waitUntilServing(process));

    auto service = newService();
    const StepOutcome result = runStep(chainOf(leaf), *service);
    QCOMPARE(int(result.verdict), verdict);
    QVERIFY2(result.elapsedMs < 1000, qPrintable(QString::number(result.elapsedMs)));
    const QJsonObject check = checksOf(result, u"ocsp"_s).first();
    QCOMPARE(check.value(fact::kOutcome).toString(), outcome);
    QCOMPARE(check.value(fact::kNonce).toString().isEmpty(), false);
    if (listed == u"revoked") {
        QCOMPARE(check.value(fact::kRevocationReason).toString(), u"keyCompromise"_s);
    } else if (listed == u"absent") {
        QCOMPARE(check.value(fact::kProblem).toString(), u"unknown_certificate"_s);
    } else {
        QCOMPARE(check.value(fact::kNonce).toString(), u"matched"_s);
    }
}

void RevocationTest::ocspResponseWithoutNonceIsAccepted()
{
    // As DigiCert does: a pre-signed answer without a nonce, served as a file.
    PlainHttpServer server;
    QVERIFY(server.listen());
    const TestIdentity leaf = leafWith({{}, {url(server.port(), u"/"_s)}, {}});
    const QString index = m_dir.filePath(u"index-nonce.txt"_s);
    QVERIFY(RevocationPki::writeOcspIndex(index, {leaf.certificate}, {}));
    const QString leafPem = pemPath(u"leaf-nonce.pem"_s, leaf.certificate.toPem());
    const QString request = m_dir.filePath(u"nonce-request.der"_s);
    const QString response = m_dir.filePath(u"nonce-response.der"_s);
    QCOMPARE(QProcess::execute(m_openssl, {u"ocsp"_s, u"-issuer"_s, m_dir.filePath(u"intermediate.pem"_s),
                                           u"-cert"_s, leafPem, u"-no_nonce"_s, u"-reqout"_s, request}),
             0);
    QCOMPARE(QProcess::execute(m_openssl, {u"ocsp"_s, u"-index"_s, index, u"-rsigner"_s,
                                           m_dir.filePath(u"intermediate.pem"_s), u"-rkey"_s,
                                           m_dir.filePath(u"intermediate.key"_s), u"-CA"_s,
                                           m_dir.filePath(u"intermediate.pem"_s), u"-reqin"_s, request,
                                           u"-respout"_s, response, u"-ndays"_s, u"1"_s}),
             0);
    QFile file(response);
    QVERIFY(file.open(QIODevice::ReadOnly));
    server.setResponse(httpAnswer(file.readAll(), "application/ocsp-response"));

    auto service = newService();
    const StepOutcome outcome = runStep(chainOf(leaf), *service);
    QCOMPARE(outcome.verdict, Verdict::Pass);
    const QJsonObject check = checksOf(outcome, u"ocsp"_s).first();
    QCOMPARE(check.value(fact::kOutcome).toString(), u"good"_s);
    QCOMPARE(check.value(fact::kNonce).toString(), u"absent"_s);
    QVERIFY(server.lastRequest().startsWith("POST / HTTP/1.0\r\n"));
    QVERIFY(server.lastRequest().contains("Content-Type: application/ocsp-request"));
}

void RevocationTest::ocspSignedByTheWrongKeyIsInvalid()
{
    const quint16 port = refusedPort();
    const TestIdentity leaf = leafWith({{}, {url(port, u""_s)}, {}});
    const QString index = m_dir.filePath(u"index-wrong.txt"_s);
    QVERIFY(RevocationPki::writeOcspIndex(index, {leaf.certificate}, {}));
    QProcess process;
    process.setProgram(m_openssl);
    process.setArguments({u"ocsp"_s, u"-index"_s, index, u"-port"_s, QString::number(port), u"-rsigner"_s,
                          m_dir.filePath(u"other.pem"_s), u"-rkey"_s, m_dir.filePath(u"other.key"_s),
                          u"-CA"_s, m_dir.filePath(u"intermediate.pem"_s), u"-ignore_err"_s});
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start();
    QVERIFY(process.waitForStarted());
    auto stop = qScopeGuard([&process] {
        process.kill();
        process.waitForFinished(5000);
    });
    QVERIFY(waitUntilServing(process));
    auto service = newService();
    const StepOutcome outcome = runStep(chainOf(leaf), *service);
    QCOMPARE(outcome.verdict, Verdict::Fail);
    const QJsonObject check = checksOf(outcome, u"ocsp"_s).first();
    QCOMPARE(check.value(fact::kOutcome).toString(), u"invalid"_s);
    QCOMPARE(check.value(fact::kProblem).toString(), u"bad_signature"_s);
}

void RevocationTest::ocspResponderDownIsUnreachable()
{
    const TestIdentity leaf = leafWith({{}, {url(refusedPort(), u""_s)}, {}});
    auto service = newService();
    const StepOutcome outcome = runStep(chainOf(leaf), *service);
    QCOMPARE(outcome.verdict, Verdict::Fail);
    const QJsonObject check = checksOf(outcome, u"ocsp"_s).first();
    QCOMPARE(check.value(fact::kOutcome).toString(), u"unreachable"_s);
    QCOMPARE(check.value(fact::kProblem).toString(), u"refused"_s);

    TargetResult result;
    result.target.host = u"service.revocation.test"_s;
    result.target.required = true;
    result.steps = {{StepKind::Revocation, outcome.verdict, outcome.elapsedMs, outcome.details}};
    Diagnosis::apply(result);
    QCOMPARE(result.findings.size(), 1);
    QCOMPARE(result.findings.first().code, FindingCode::RevocationUnreachable);
    QCOMPARE(result.findings.first().severity, Verdict::Fail);
    QVERIFY(result.findings.first().remediation.contains(u"127.0.0.1"_s));
    QVERIFY(result.findings.first().remediation.contains(u"port 80"_s));
}

void RevocationTest::silentPortEndsInOneTimeout()
{
    SilentServer silent;
    QVERIFY(silent.listen());
    const TestIdentity leaf =
        leafWith({{url(silent.port(), u"/ca.crl"_s)}, {url(silent.port(), u"/"_s)}, {}});
    auto service = newService(800);
    const StepOutcome outcome = runStep(chainOf(leaf), *service);
    QCOMPARE(outcome.verdict, Verdict::Fail);
    QVERIFY2(outcome.elapsedMs >= 750 && outcome.elapsedMs < 1600,
             qPrintable(QString::number(outcome.elapsedMs)));
    for (const QJsonObject& check : checksOf(outcome)) {
        if (check.value(fact::kHost).toString() != u"127.0.0.1"_s ||
            check.value(fact::kUrl).toString().contains(u"root"_s))
            continue;
        QCOMPARE(check.value(fact::kOutcome).toString(), u"unreachable"_s);
        QCOMPARE(check.value(fact::kProblem).toString(), u"timeout"_s);
    }
}

void RevocationTest::browserProfileOnlyWarns()
{
    const TestIdentity leaf = leafWith({{}, {url(refusedPort(), u""_s)}, {}});
    auto service = newService();
    const StepOutcome outcome = runStep(chainOf(leaf), *service, Profile::Browser);
    QCOMPARE(outcome.verdict, Verdict::Warn);
    QCOMPARE(outcome.details.value(fact::kProfile).toString(), u"browser"_s);
}

void RevocationTest::chainWithoutAddressesIsNotRun()
{
    // An inspection appliance's chain: its own CA, no CRL or OCSP address anywhere.
    const TestIdentity ca = RevocationPki::createCa(u"Corp Inspection CA"_s, u"Corp Inspection"_s);
    const TestIdentity leaf = RevocationPki::createLeaf(ca, u"service.revocation.test"_s, {}, {});
    auto service = newService();
    const StepOutcome outcome = runStep({leaf.certificate, ca.certificate}, *service);
    QCOMPARE(outcome.verdict, Verdict::NotRun);
    QCOMPARE(outcome.details.value(fact::kReason).toString(), u"no_revocation_address"_s);
    QCOMPARE(service->downloadsStarted(), 0);

    TargetResult result;
    result.target.host = u"service.revocation.test"_s;
    result.target.required = true;
    result.steps = {{StepKind::Revocation, outcome.verdict, 0, outcome.details}};
    Diagnosis::apply(result);
    QVERIFY(result.findings.isEmpty());
    QCOMPARE(result.verdict, Verdict::Pass);
}

void RevocationTest::downloadsAreSharedAcrossTargets()
{
    PlainHttpServer crl;
    QVERIFY(crl.listen());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    crl.setResponse(currentCrlAnswer());
    const quint16 ocspPort = refusedPort();
    const TestIdentity leaf = leafWith({{url(crl.port(), u"/ca.crl"_s)}, {url(ocspPort, u""_s)}, {}});
    const TestIdentity other = leafWith({{url(crl.port(), u"/ca.crl"_s)}, {url(ocspPort, u""_s)}, {}});
    auto service = newService();
    const int rootRequestsBefore = m_rootCrl.requests();

    // Three targets at once: two present the same leaf, one another leaf of the same CA.
    std::vector<std::unique_ptr<ProbeState>> states;
    std::vector<std::unique_ptr<RevocationStep>> steps;
    std::vector<std::unique_ptr<QSignalSpy>> spies;
    ProbeContext context;
    context.timeoutMs = kTimeoutMs;
    context.revocation = service.get();
    for (const TestIdentity* identity : {&leaf, &leaf, &other}) {
        states.push_back(std::make_unique<ProbeState>());
        states.back()->chain = chainOf(*identity);
        steps.push_back(std::make_unique<RevocationStep>(*states.back(), context));
        spies.push_back(std::make_unique<QSignalSpy>(steps.back().get(), &ProbeStep::finished));
    }
    for (const auto& step : steps)
        step->start();
    for (const auto& spy : spies)
        QTRY_COMPARE_WITH_TIMEOUT(spy->size(), 1, 5000);
    // One CRL download for the CA's CRL, one for the root's, and one OCSP POST per certificate:
    // the leaf's pair is asked once for both targets that present it.
    QCOMPARE(crl.requests(), 1);
    QCOMPARE(m_rootCrl.requests() - rootRequestsBefore, 1);
    QCOMPARE(service->downloadsStarted(), 4);
    const QJsonArray second = spies.at(1)->first().at(1).toJsonObject().value(fact::kChecks).toArray();
    bool sawShared = false;
    for (const QJsonValue& check : second)
        sawShared = sawShared || check.toObject().value(fact::kShared).toBool();
    QVERIFY(sawShared);
}

void RevocationTest::hostOverridesApplyToRevocationHosts()
{
    PlainHttpServer crl;
    QVERIFY(crl.listen());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    crl.setResponse(currentCrlAnswer());
    const TestIdentity leaf = leafWith({{u"http://crl3.digicert.com/ca.crl"_s}, {}, {}});
    auto service = newService(kTimeoutMs, {loopbackPin(u"crl3.digicert.com"_s, 80, crl.port())});
    const StepOutcome outcome = runStep(chainOf(leaf), *service);
    QCOMPARE(outcome.verdict, Verdict::Pass);
    QVERIFY(crl.lastRequest().contains("Host: crl3.digicert.com\r\n"));
}

void RevocationTest::revokedLeafEndToEnd()
{
    // The whole engine: a TLS service whose leaf is revoked on the CA's CRL, found in a real run.
    PlainHttpServer crl;
    QVERIFY(crl.listen());
    const TestIdentity leaf = leafWith({{url(crl.port(), u"/ca.crl"_s)}, {}, {}});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    crl.setResponse(currentCrlAnswer({{leaf.certificate, now.addDays(-1), 1}}));
    TlsTestServer service(leaf);
    QVERIFY(service.listen());

    const Catalog catalog =
        testCatalog({testService(u"alpha"_s, true)},
                    {testEntry(u"rev"_s, {u"alpha"_s}, u"https://service.revocation.test"_s,
                               {u"service.revocation.test"_s},
                               [](CatalogEntry& entry) { entry.expectedIssuers = {u"DigiCert Inc"_s}; })});
    RunSettings settings;
    settings.proxy.mode = ProxySetting::Mode::None;
    settings.timeoutMs = 2000;
    settings.overrides = {loopbackPin(u"service.revocation.test"_s, 443, service.port())};
    settings.extraCaCertificates = {m_root.certificate};
    const RunPlan plan = RunPlan::build(catalog, settings);
    QVERIFY(unpinnedTargets(plan, settings.overrides).isEmpty());

    ProbeRunner runner;
    QSignalSpy finished(&runner, &ProbeRunner::finished);
    QElapsedTimer clock;
    clock.start();
    runner.start(plan, settings, CatalogInfo::of(catalog));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const qint64 elapsed = clock.elapsed();
    const RunResult run = finished.first().first().value<RunResult>();
    const TargetResult& target = run.targets.first();
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    QCOMPARE(target.verdict, Verdict::Fail);
    QCOMPARE(target.findings.first().code, FindingCode::CertRevoked);
    QCOMPARE(target.step(StepKind::Http)->verdict, Verdict::Pass); // the path itself still works
    const QString problems = ReportSchema::validate(JsonReport::render(run));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void RevocationTest::runReadingCollapsesRevocationFailures_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("code");
    QTest::newRow("port 80 dropped") << u"unreachable"_s << u"timeout"_s << u"REVOCATION_UNREACHABLE"_s;
    QTest::newRow("block page") << u"invalid"_s << u"http_status"_s << u"REVOCATION_INVALID"_s;
}

void RevocationTest::runReadingCollapsesRevocationFailures()
{
    QFETCH(QString, outcome);
    QFETCH(QString, problem);
    QFETCH(QString, code);
    RunResult run;
    for (const QString& host : {u"a.example.test"_s, u"b.example.test"_s, u"c.example.test"_s}) {
        TargetResult target;
        target.target.id = u"https://"_s + host + u":443"_s;
        target.target.host = host;
        target.target.required = true;
        QJsonObject check{{fact::kCertificate, host},
                          {fact::kMethod, u"crl"_s},
                          {fact::kHost, u"crl3.digicert.com"_s},
                          {fact::kUrl, u"http://crl3.digicert.com/x.crl"_s},
                          {fact::kOutcome, outcome},
                          {fact::kProblem, problem},
                          {fact::kTimeoutMs, 5000}};
        if (outcome == u"invalid")
            check.insert(fact::kStatusLine, u"HTTP/1.1 403 Forbidden"_s);
        target.steps = {{StepKind::Tcp, Verdict::Pass, 1, {}},
                        {StepKind::Revocation,
                         Verdict::Fail,
                         5000,
                         {{fact::kChecks, QJsonArray{check}}, {fact::kProfile, u"connector"_s}}},
                        {StepKind::Http, Verdict::Pass, 1, {}}};
        Diagnosis::apply(target);
        run.targets << target;
    }
    const QList<RunInsight> insights = RunDiagnosis::insights(run);
    QCOMPARE(insights.size(), 1);
    QCOMPARE(findingCodeName(insights.first().code), code);
    QCOMPARE(insights.first().targetIds.size(), 3);
    QVERIFY(insights.first().remediation.contains(u"crl3.digicert.com"_s));
}

QTEST_GUILESS_MAIN(RevocationTest)
#include "tst_revocation.moc"
