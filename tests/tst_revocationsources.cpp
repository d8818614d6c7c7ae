// The certificate authorities' own port-80 hosts (catalog entries with `serves`), checked with
// real downloads through the whole engine: a CRL, an OCSP request, a CA certificate. The URLs come
// from the run's verified chains, shared with the https addresses' revocation steps, or from the
// catalog's samples when no chain names the host. Real components on loopback only: a test PKI
// made here with the OpenSSL API, CRLs and certificates served by loopback HTTP servers, and a
// real `openssl ocsp` responder process. Nothing leaves 127.0.0.1.
#include "LoopbackPins.h"
#include "LoopbackPorts.h"
#include "OcspResponder.h"
#include "PlainHttpServer.h"
#include "ReportSchema.h"
#include "ResultInspection.h"
#include "RevocationPki.h"
#include "SilentServer.h"
#include "TestCatalogs.h"
#include "TlsTestServer.h"
#include "catalog/CatalogLoader.h"
#include "plan/RunPlan.h"
#include "report/JsonReport.h"
#include "result/StepFacts.h"
#include "run/ProbeRunner.h"
#include "support/Version.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <openssl/objects.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

using namespace cloudcheck;
using namespace cctest;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 1500;
const QString kServiceHost = u"service.authority.test"_s;
const QString kCrlHost = u"crl.authority.test"_s;
const QString kOcspHost = u"ocsp.authority.test"_s;
const QString kCertsHost = u"certs.authority.test"_s;

QByteArray httpAnswer(const QByteArray& body, const QByteArray& contentType,
                      const QByteArray& status = "200 OK")
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QString slashName(const QSslCertificate& certificate)
{
    // Certificate order, as the catalog writes sampleIssuer.
    return u"/O=%1/CN=%2"_s.arg(certificate.subjectInfo(QSslCertificate::Organization).value(0),
                                certificate.subjectInfo(QSslCertificate::CommonName).value(0));
}

QByteArray pkcs7Of(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    X509* x509 = d2i_X509(nullptr, &data, long(der.size()));
    PKCS7* bundle = PKCS7_new();
    QByteArray out;
    if (x509 && bundle && PKCS7_set_type(bundle, NID_pkcs7_signed) == 1 &&
        PKCS7_content_new(bundle, NID_pkcs7_data) == 1 && PKCS7_add_certificate(bundle, x509) == 1) {
        const int length = i2d_PKCS7(bundle, nullptr);
        out.resize(length);
        auto* cursor = reinterpret_cast<unsigned char*>(out.data());
        i2d_PKCS7(bundle, &cursor);
    }
    PKCS7_free(bundle);
    X509_free(x509);
    return out;
}

} // namespace

class RevocationSourcesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void chainUrlsAreAskedAndShared();
    void sampleWhenNoChainNamesTheHost();
    void blockPage_data();
    void blockPage();
    void droppedPortEndsInOneTimeout();
    void browserProfileOnlyWarns();
    void ocspSampleAgainstARealResponder_data();
    void ocspSampleAgainstARealResponder();
    void ocspChainQuestionIsShared();
    void caCertificateDownloads_data();
    void caCertificateDownloads();
    void oneSlotStillFinishes();
    void catalogRulesForServes_data();
    void catalogRulesForServes();

private:
    struct Run
    {
        RunResult result;
        qint64 elapsedMs = 0;
        const TargetResult* target(const QString& host) const
        {
            for (const TargetResult& candidate : result.targets) {
                if (candidate.target.host == host)
                    return &candidate;
            }
            return nullptr;
        }
    };
    CatalogEntry authorityEntry(const QString& id, RevocationRole role, const QString& host,
                                const QString& samplePath) const;
    CatalogEntry serviceEntry() const;
    Run run(const QList<CatalogEntry>& entries, const QList<HostOverride>& pins,
            Profile profile = Profile::Connector, int concurrency = 16);
    static QList<QJsonObject> checksOf(const TargetResult& target);
    QString pemPath(const QString& name, const QByteArray& pem);

    QTemporaryDir m_dir;
    TestIdentity m_root;
    TestIdentity m_other;
    TestIdentity m_intermediate;
    QDateTime m_now;
};

void RevocationSourcesTest::initTestCase()
{
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QLoggingCategory::setFilterRules(u"cloudcheck.*.debug=false\ncloudcheck.*.info=false"_s);
    QVERIFY(m_dir.isValid());
    m_now = QDateTime::currentDateTimeUtc();
    m_root = RevocationPki::createCa(u"CloudCheck Authority Root"_s, u"DigiCert Inc"_s);
    m_other = RevocationPki::createCa(u"CloudCheck Authority Root"_s, u"DigiCert Inc"_s);
    // The intermediate names the lab's authority hosts, as DigiCert's name crl3/ocsp/cacerts.
    m_intermediate = RevocationPki::createCa(u"CloudCheck Authority CA"_s, u"DigiCert Inc"_s, &m_root,
                                             {{u"http://%1/root.crl"_s.arg(kCrlHost)}, {}, {}});
    QVERIFY(!m_root.isNull() && !m_other.isNull() && !m_intermediate.isNull());
    pemPath(u"root.pem"_s, m_root.certificate.toPem());
    pemPath(u"root.key"_s, m_root.key.toPem());
    pemPath(u"other.pem"_s, m_other.certificate.toPem());
    pemPath(u"other.key"_s, m_other.key.toPem());
}

QString RevocationSourcesTest::pemPath(const QString& name, const QByteArray& pem)
{
    const QString path = m_dir.filePath(name);
    RevocationPki::writeFile(path, pem);
    return path;
}

CatalogEntry RevocationSourcesTest::authorityEntry(const QString& id, RevocationRole role,
                                                   const QString& host, const QString& samplePath) const
{
    return testEntry(id, {u"certificates"_s}, u"http://"_s + host, {host}, [&](CatalogEntry& entry) {
        entry.scheme = Scheme::Http;
        entry.port = 80;
        entry.serves = role;
        entry.sampleUrls = {u"http://"_s + host + samplePath};
        if (role == RevocationRole::Ocsp)
            entry.sampleIssuer = slashName(m_root.certificate);
    });
}

CatalogEntry RevocationSourcesTest::serviceEntry() const
{
    return testEntry(u"service"_s, {u"certificates"_s}, u"https://"_s + kServiceHost, {kServiceHost},
                     [](CatalogEntry& entry) { entry.expectedIssuers = {u"DigiCert Inc"_s}; });
}

RevocationSourcesTest::Run RevocationSourcesTest::run(const QList<CatalogEntry>& entries,
                                                      const QList<HostOverride>& pins, Profile profile,
                                                      int concurrency)
{
    const Catalog catalog = testCatalog({testService(u"certificates"_s, true)}, entries);
    RunSettings settings;
    settings.proxy.mode = ProxySetting::Mode::None;
    settings.timeoutMs = kTimeoutMs;
    settings.overrides = pins;
    settings.profile = profile;
    settings.concurrency = concurrency;
    settings.extraCaCertificates = {m_root.certificate};
    const RunPlan plan = RunPlan::build(catalog, settings);
    Run out;
    [&] {
        QVERIFY2(unpinnedTargets(plan, settings.overrides).isEmpty(),
                 qPrintable(unpinnedTargets(plan, settings.overrides).join(u", "_s)));
        ProbeRunner runner;
        QSignalSpy finished(&runner, &ProbeRunner::finished);
        QElapsedTimer clock;
        clock.start();
        runner.start(plan, settings, CatalogInfo::of(catalog));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        out.elapsedMs = clock.elapsed();
        out.result = finished.first().first().value<RunResult>();
        const QString problems = ReportSchema::validate(JsonReport::render(out.result));
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }();
    return out;
}

QList<QJsonObject> RevocationSourcesTest::checksOf(const TargetResult& target)
{
    QList<QJsonObject> checks;
    if (const StepResult* step = target.step(StepKind::Revocation)) {
        for (const QJsonValue& value : step->details.value(fact::kChecks).toArray())
            checks << value.toObject();
    }
    return checks;
}

void RevocationSourcesTest::chainUrlsAreAskedAndShared()
{
    // The service's chain names http://crl.authority.test/root.crl (the intermediate's CDP): the
    // authority host asks that URL, not its sample, and the download is made once for both.
    PlainHttpServer crl;
    QVERIFY(crl.listen());
    crl.setResponse(httpAnswer(RevocationPki::createCrl(m_root, {}, m_now.addSecs(-60), m_now.addDays(7)),
                               "application/pkix-crl"));
    const TestIdentity leaf =
        RevocationPki::createLeaf(m_intermediate, kServiceHost, {kServiceHost}, RevocationPki::Addresses{});
    TlsTestServer service(leaf);
    QVERIFY(service.listen());

    const Run result =
        run({serviceEntry(), authorityEntry(u"crl"_s, RevocationRole::Crl, kCrlHost, u"/sample.crl"_s)},
            {loopbackPin(kServiceHost, 443, service.port()), loopbackPin(kCrlHost, 80, crl.port())});
    const TargetResult* authority = result.target(kCrlHost);
    QVERIFY(authority);
    QCOMPARE(stepVerdicts(*authority), u"dns:pass revocation:pass"_s);
    QCOMPARE(authority->verdict, Verdict::Pass);
    const QList<QJsonObject> checks = checksOf(*authority);
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks.first().value(fact::kUrl).toString(), u"http://crl.authority.test/root.crl"_s);
    QCOMPARE(checks.first().value(fact::kSample).toBool(true), false);
    QCOMPARE(checks.first().value(fact::kShared).toBool(), true);
    QCOMPARE(checks.first().value(fact::kCertificate).toString(), u"CloudCheck Authority CA"_s);
    QCOMPARE(crl.requests(), 1);
    QVERIFY(!crl.lastRequest().contains("sample.crl"));
    QCOMPARE(result.target(kServiceHost)->verdict, Verdict::Pass);
}

void RevocationSourcesTest::sampleWhenNoChainNamesTheHost()
{
    PlainHttpServer crl;
    QVERIFY(crl.listen());
    crl.setResponse(httpAnswer(RevocationPki::createCrl(m_root, {}, m_now.addSecs(-60), m_now.addDays(7)),
                               "application/pkix-crl"));
    const Run result = run({authorityEntry(u"crl"_s, RevocationRole::Crl, kCrlHost, u"/sample.crl"_s)},
                           {loopbackPin(kCrlHost, 80, crl.port())});
    const TargetResult* authority = result.target(kCrlHost);
    QVERIFY(authority);
    QCOMPARE(authority->verdict, Verdict::Pass);
    const QList<QJsonObject> checks = checksOf(*authority);
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks.first().value(fact::kSample).toBool(), true);
    QCOMPARE(checks.first().value(fact::kIssuerFound).toBool(), true); // verified against the root
    QVERIFY(crl.lastRequest().startsWith("GET /sample.crl HTTP/1."));
    QVERIFY(crl.lastRequest().contains("\r\nHost: crl.authority.test\r\n"));

    // The same sample signed by another key with the root's name: not the root's CRL.
    crl.setResponse(
        httpAnswer(RevocationPki::createCrl(m_root, {}, m_now.addSecs(-60), m_now.addDays(7), &m_other),
                   "application/pkix-crl"));
    const Run forged = run({authorityEntry(u"crl"_s, RevocationRole::Crl, kCrlHost, u"/sample.crl"_s)},
                           {loopbackPin(kCrlHost, 80, crl.port())});
    QCOMPARE(checksOf(*forged.target(kCrlHost)).first().value(fact::kProblem).toString(), u"bad_signature"_s);
    QCOMPARE(findingCodes(*forged.target(kCrlHost)), QStringList{u"REVOCATION_INVALID"_s});
}

void RevocationSourcesTest::blockPage_data()
{
    QTest::addColumn<bool>("named");
    QTest::addColumn<int>("verdict");
    // A URL a certificate names that gets a block page breaks Windows' check: a failure. A sample
    // URL only proves something answered that is not the file, which may have moved: a warning.
    QTest::newRow("URL a chain names") << true << int(Verdict::Fail);
    QTest::newRow("sample URL") << false << int(Verdict::Warn);
}

void RevocationSourcesTest::blockPage()
{
    QFETCH(bool, named);
    QFETCH(int, verdict);
    PlainHttpServer filter;
    QVERIFY(filter.listen());
    filter.setResponse(httpAnswer("<html><body>Access denied by Contoso Web Filter</body></html>",
                                  "text/html", "403 Forbidden"));
    QList<CatalogEntry> entries{authorityEntry(u"crl"_s, RevocationRole::Crl, kCrlHost, u"/sample.crl"_s)};
    QList<HostOverride> pins{loopbackPin(kCrlHost, 80, filter.port())};
    const TestIdentity leaf =
        RevocationPki::createLeaf(m_intermediate, kServiceHost, {kServiceHost}, RevocationPki::Addresses{});
    TlsTestServer service(leaf);
    QVERIFY(service.listen());
    if (named) {
        entries.prepend(serviceEntry());
        pins << loopbackPin(kServiceHost, 443, service.port());
    }
    const Run result = run(entries, pins);
    const TargetResult* authority = result.target(kCrlHost);
    QVERIFY(authority);
    QCOMPARE(int(authority->verdict), verdict);
    QCOMPARE(findingCodes(*authority), QStringList{u"REVOCATION_INVALID"_s});
    const QString message = authority->findings.first().message;
    QVERIFY2(message.contains(u"403 Forbidden"_s) && message.contains(u"Contoso Web Filter"_s),
             qPrintable(message));
}

void RevocationSourcesTest::droppedPortEndsInOneTimeout()
{
    // Port 80 accepts and never answers (a drop looks the same from here: nothing comes back).
    SilentServer silent;
    QVERIFY(silent.listen());
    const Run result =
        run({authorityEntry(u"crl"_s, RevocationRole::Crl, kCrlHost, u"/sample.crl"_s),
             authorityEntry(u"ocsp"_s, RevocationRole::Ocsp, kOcspHost, u""_s)},
            {loopbackPin(kCrlHost, 80, silent.port()), loopbackPin(kOcspHost, 80, silent.port())});
    for (const QString& host : {kCrlHost, kOcspHost}) {
        const TargetResult* authority = result.target(host);
        QVERIFY(authority);
        QCOMPARE(authority->verdict, Verdict::Fail);
        QCOMPARE(findingCodes(*authority), QStringList{u"REVOCATION_UNREACHABLE"_s});
        QVERIFY2(authority->findings.first().remediation.contains(host),
                 qPrintable(authority->findings.first().remediation));
        QCOMPARE(checksOf(*authority).first().value(fact::kProblem).toString(), u"timeout"_s);
    }
    // Both hosts waited side by side: about one timeout for the run, not one per host.
    QVERIFY2(result.elapsedMs < kTimeoutMs * 2, qPrintable(QString::number(result.elapsedMs)));
}

void RevocationSourcesTest::browserProfileOnlyWarns()
{
    const Run result = run({authorityEntry(u"crl"_s, RevocationRole::Crl, kCrlHost, u"/sample.crl"_s)},
                           {loopbackPin(kCrlHost, 80, refusedPort())}, Profile::Browser);
    const TargetResult* authority = result.target(kCrlHost);
    QVERIFY(authority);
    QCOMPARE(authority->verdict, Verdict::Warn);
    QCOMPARE(checksOf(*authority).first().value(fact::kProblem).toString(), u"refused"_s);
}

void RevocationSourcesTest::ocspSampleAgainstARealResponder_data()
{
    QTest::addColumn<QString>("signer");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("problem");
    QTest::newRow("signed by the root") << u"root"_s << int(Verdict::Pass) << QString();
    QTest::newRow("signed by another key") << u"other"_s << int(Verdict::Fail) << u"bad_signature"_s;
}

void RevocationSourcesTest::ocspSampleAgainstARealResponder()
{
    QFETCH(QString, signer);
    QFETCH(int, verdict);
    QFETCH(QString, problem);
    // No chain names the responder: the sample question is about the root itself. A real
    // responder answers it (here "unknown", signed), which proves port 80 reaches it unchanged.
    const quint16 port = refusedPort();
    const QString index = m_dir.filePath(u"index-sample-%1.txt"_s.arg(signer));
    QVERIFY(RevocationPki::writeOcspIndex(index, {}, {}));
    OcspResponder responder;
    QVERIFY2(responder.start(port, index, m_dir.filePath(signer + u".pem"_s),
                             m_dir.filePath(signer + u".key"_s), m_dir.filePath(u"root.pem"_s)),
             qPrintable(responder.output()));
    const Run result = run({authorityEntry(u"ocsp"_s, RevocationRole::Ocsp, kOcspHost, u""_s)},
                           {loopbackPin(kOcspHost, 80, port)});
    const TargetResult* authority = result.target(kOcspHost);
    QVERIFY(authority);
    QCOMPARE(int(authority->verdict), verdict);
    const QJsonObject check = checksOf(*authority).first();
    QCOMPARE(check.value(fact::kSample).toBool(), true);
    QCOMPARE(check.value(fact::kOcspResponseStatus).toString(), u"successful"_s);
    QCOMPARE(check.value(fact::kProblem).toString(), problem);
    if (problem.isEmpty())
        QCOMPARE(check.value(fact::kNonce).toString(), u"matched"_s);
}

void RevocationSourcesTest::ocspChainQuestionIsShared()
{
    // The intermediate names the responder: the authority host asks about the intermediate, the
    // same question as the service's revocation step, answered once.
    const quint16 port = refusedPort();
    const TestIdentity intermediate =
        RevocationPki::createCa(u"CloudCheck Authority OCSP CA"_s, u"DigiCert Inc"_s, &m_root,
                                {{}, {u"http://%1"_s.arg(kOcspHost)}, {}});
    const QString index = m_dir.filePath(u"index-chain.txt"_s);
    QVERIFY(RevocationPki::writeOcspIndex(index, {intermediate.certificate}, {}));
    OcspResponder responder;
    QVERIFY2(responder.start(port, index, m_dir.filePath(u"root.pem"_s), m_dir.filePath(u"root.key"_s),
                             m_dir.filePath(u"root.pem"_s)),
             qPrintable(responder.output()));
    const TestIdentity leaf =
        RevocationPki::createLeaf(intermediate, kServiceHost, {kServiceHost}, RevocationPki::Addresses{});
    TlsTestServer service(leaf);
    QVERIFY(service.listen());
    const Run result =
        run({serviceEntry(), authorityEntry(u"ocsp"_s, RevocationRole::Ocsp, kOcspHost, u""_s)},
            {loopbackPin(kServiceHost, 443, service.port()), loopbackPin(kOcspHost, 80, port)});
    const TargetResult* authority = result.target(kOcspHost);
    QVERIFY(authority);
    QVERIFY2(authority->verdict == Verdict::Pass,
             QJsonDocument(authority->step(StepKind::Revocation)->details).toJson().constData());
    const QJsonObject check = checksOf(*authority).first();
    QCOMPARE(check.value(fact::kSample).toBool(true), false);
    QCOMPARE(check.value(fact::kShared).toBool(), true);
    QCOMPARE(check.value(fact::kCertificate).toString(), u"CloudCheck Authority OCSP CA"_s);
    QCOMPARE(result.target(kServiceHost)->verdict, Verdict::Pass);
}

void RevocationSourcesTest::caCertificateDownloads_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("verdict");
    QTest::newRow("DER") << m_root.certificate.toDer() << int(Verdict::Pass);
    QTest::newRow("PEM") << m_root.certificate.toPem() << int(Verdict::Pass);
    QTest::newRow("PKCS#7") << pkcs7Of(m_root.certificate) << int(Verdict::Pass);
    // A sample URL answered with something else: a warning (the file may have moved).
    QTest::newRow("garbage") << QByteArray("<html>not a certificate</html>") << int(Verdict::Warn);
}

void RevocationSourcesTest::caCertificateDownloads()
{
    QFETCH(QByteArray, body);
    QFETCH(int, verdict);
    QVERIFY(!body.isEmpty());
    PlainHttpServer certs;
    QVERIFY(certs.listen());
    certs.setResponse(httpAnswer(body, "application/pkix-cert"));
    const Run result =
        run({authorityEntry(u"certs"_s, RevocationRole::IssuerCertificates, kCertsHost, u"/root.crt"_s)},
            {loopbackPin(kCertsHost, 80, certs.port())});
    const TargetResult* authority = result.target(kCertsHost);
    QVERIFY(authority);
    QCOMPARE(int(authority->verdict), verdict);
    const QJsonObject check = checksOf(*authority).first();
    QCOMPARE(check.value(fact::kMethod).toString(), u"ca_issuers"_s);
    if (verdict == int(Verdict::Pass)) {
        QCOMPARE(check.value(fact::kCertificate).toString(), u"CloudCheck Authority Root"_s);
    } else {
        QCOMPARE(check.value(fact::kProblem).toString(), u"not_certificate"_s);
        QVERIFY2(authority->findings.first().message.contains(u"CA certificate"_s),
                 qPrintable(authority->findings.first().message));
    }
}

void RevocationSourcesTest::oneSlotStillFinishes()
{
    // The authority host waits for the chains without holding a probe slot: with one slot the
    // https address still runs first, and the run ends.
    PlainHttpServer crl;
    QVERIFY(crl.listen());
    crl.setResponse(httpAnswer(RevocationPki::createCrl(m_root, {}, m_now.addSecs(-60), m_now.addDays(7)),
                               "application/pkix-crl"));
    const TestIdentity leaf =
        RevocationPki::createLeaf(m_intermediate, kServiceHost, {kServiceHost}, RevocationPki::Addresses{});
    TlsTestServer service(leaf);
    QVERIFY(service.listen());
    const Run result =
        run({authorityEntry(u"crl"_s, RevocationRole::Crl, kCrlHost, u"/sample.crl"_s), serviceEntry()},
            {loopbackPin(kServiceHost, 443, service.port()), loopbackPin(kCrlHost, 80, crl.port())},
            Profile::Connector, 1);
    const TargetResult* authority = result.target(kCrlHost);
    QVERIFY(authority);
    QCOMPARE(authority->verdict, Verdict::Pass);
    QCOMPARE(checksOf(*authority).first().value(fact::kSample).toBool(true), false);
    QCOMPARE(crl.requests(), 1);
}

void RevocationSourcesTest::catalogRulesForServes_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown role")
        << uR"("serves": "dns", "sampleUrls": ["http://crl.authority.test/a.crl"])"_s << u"expected one of"_s;
    QTest::newRow("no sample") << uR"("serves": "crl")"_s << u"sampleUrls"_s;
    QTest::newRow("sample on another host")
        << uR"("serves": "crl", "sampleUrls": ["http://elsewhere.test/a.crl"])"_s
        << u"one of the entry's hosts"_s;
    QTest::newRow("ocsp without issuer")
        << uR"("serves": "ocsp", "sampleUrls": ["http://crl.authority.test"])"_s << u"sampleIssuer"_s;
    QTest::newRow("issuer not a name")
        << uR"("serves": "ocsp", "sampleUrls": ["http://crl.authority.test"], "sampleIssuer": "DigiCert")"_s
        << u"/C=…/O=…/CN=…"_s;
    QTest::newRow("samples without serves")
        << uR"("sampleUrls": ["http://crl.authority.test/a.crl"])"_s << u"only an entry with \"serves\""_s;
}

void RevocationSourcesTest::catalogRulesForServes()
{
    QFETCH(QString, fields);
    QFETCH(QString, message);
    const QString text =
        uR"({"catalogFormat": 1, "name": "t", "version": "1", "date": "2026-11-30", "source": "https://example.invalid",
  "services": [{"id": "certificates", "name": {"en": "c", "ja": "c"}, "description": {"en": "c", "ja": "c"}}],
  "entries": [{"id": "crl", "services": ["certificates"], "pattern": "http://crl.authority.test",
    "hosts": ["crl.authority.test"], "scheme": "http", "port": 80, "purpose": {"en": "p", "ja": "p"},
    "level": "required", "confidence": "documented", "source": "https://example.invalid", %1}]})"_s.arg(
            fields);
    const QString path = m_dir.filePath(u"serves.json"_s);
    QVERIFY(RevocationPki::writeFile(path, text.toUtf8()));
    const CatalogLoader::Result loaded = CatalogLoader::loadFile(path);
    const auto* error = std::get_if<CatalogError>(&loaded);
    QVERIFY2(error, "the catalog was accepted");
    QVERIFY2(error->toString().contains(message), qPrintable(error->toString()));
}

QTEST_GUILESS_MAIN(RevocationSourcesTest)
#include "tst_revocationsources.moc"
