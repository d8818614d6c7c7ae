// The host group from rules to words: HostChecks (which platform, which profile), HostDiagnosis
// (findings with the value read and the exact fix; the group's verdict), the run summary, and the
// JSON, text and HTML reports with the schema.
#include "FakeHostBuilder.h"
#include "ReportSchema.h"
#include "diagnosis/HostDiagnosis.h"
#include "host/HostChecks.h"
#include "platform/fake/FakeHost.h"
#include "readiness/Tls12ClientRule.h"
#include "report/HtmlReport.h"
#include "report/JsonReport.h"
#include "report/Redactor.h"
#include "report/TextReport.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace cloudcheck;
using cctest::FakeHostBuilder;

Q_DECLARE_METATYPE(FakeHostBuilder)

namespace {

HostResult hostFor(const FakeHostBuilder& builder, Profile profile = Profile::Connector)
{
    return builder.diagnosed(profile);
}

const HostCheck* checkById(const HostResult& host, const QString& id)
{
    for (const HostCheck& check : host.checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

RunResult runWith(const HostResult& host)
{
    RunResult run;
    run.toolVersion = u"0.1.0"_s;
    run.startedAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
    run.finishedAt = run.startedAt.addMSecs(1500);
    run.environment.hostname = u"connector-01"_s;
    run.catalog.name = u"Citrix Cloud Japan"_s;
    run.catalog.version = u"1"_s;
    run.catalog.date = u"2026-01-05"_s;
    run.host = host;
    return run;
}

const QString kTlsKey = u"HKLM\\"_s + QString::fromLatin1(readiness::Tls12ClientRule::kKey);

} // namespace

class HostDiagnosisTest : public QObject
{
    Q_OBJECT

private slots:
    void notRunWithReason_data();
    void notRunWithReason();
    void tls12FindingNamesTheKeyAndTheFix();
    void everyCodeIsWorded_data();
    void everyCodeIsWorded();
    void groupVerdictIsTheWorstCheck();
    void summaryCountsHostProblems();
    void reportsShowTheHostGroup();
    void redactorMasksHostProxies();
};

void HostDiagnosisTest::notRunWithReason_data()
{
    QTest::addColumn<int>("profile");
    QTest::addColumn<bool>("platform");
    QTest::addColumn<QString>("reasonCode");
    QTest::addColumn<QString>("words");
    QTest::newRow("browser profile") << int(Profile::Browser) << true << u"browser_profile"_s << u"browser"_s;
    QTest::newRow("not Windows") << int(Profile::Connector) << false << u"not_windows"_s << u"need Windows"_s;
}

void HostDiagnosisTest::notRunWithReason()
{
    QFETCH(int, profile);
    QFETCH(bool, platform);
    QFETCH(QString, reasonCode);
    QFETCH(QString, words);
    QString error;
    const auto fake = platform::FakeHost::parse(FakeHostBuilder::healthyConnector().json(), &error);
    QVERIFY(fake);
    HostResult host = HostChecks::run(
        Profile(profile), platform ? std::optional(platform::FakeHost::platform(fake)) : std::nullopt,
        HostResult::Source::Fake);
    HostDiagnosis::apply(host);
    QVERIFY(!host.ran());
    QVERIFY(host.checks.isEmpty());
    QCOMPARE(host.notRunReason, reasonCode);
    QCOMPARE(host.verdict, Verdict::NotRun);
    QVERIFY2(host.reason.contains(words), qPrintable(host.reason));
}

void HostDiagnosisTest::tls12FindingNamesTheKeyAndTheFix()
{
    const HostResult host = hostFor(FakeHostBuilder::healthyConnector().value(
        QString::fromLatin1(readiness::Tls12ClientRule::kKey), u"Enabled"_s, 0));
    const HostCheck* check = checkById(host, u"tls12_client"_s);
    QVERIFY(check);
    QCOMPARE(check->verdict, Verdict::Fail);
    QCOMPARE(check->findings.size(), 1);
    const Finding& finding = check->findings.first();
    QCOMPARE(finding.code, FindingCode::HostTls12Disabled);
    QCOMPARE(finding.severity, Verdict::Fail);
    QVERIFY2(finding.message.contains(kTlsKey) && finding.message.contains(u"Enabled = 0"_s),
             qPrintable(finding.message));
    QVERIFY2(
        finding.remediation.contains(u"reg add \""_s + kTlsKey + u"\" /v Enabled /t REG_DWORD /d 1 /f"_s),
        qPrintable(finding.remediation));
    QCOMPARE(check->details.value(u"key"_s).toString(), kTlsKey);
    QCOMPARE(host.verdict, Verdict::Fail);
}

void HostDiagnosisTest::everyCodeIsWorded_data()
{
    QTest::addColumn<FakeHostBuilder>("host");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("quoted"); // a value read that the message must quote

    const auto healthy = FakeHostBuilder::healthyConnector;
    QTest::newRow("ciphers")
        << healthy().value(u"SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002"_s,
                           u"Functions"_s, u"TLS_RSA_WITH_AES_128_CBC_SHA"_s)
        << u"cipher_suites"_s << u"HOST_CIPHERS_MISSING"_s << u"TLS_RSA_WITH_AES_128_CBC_SHA"_s;
    QTest::newRow("dotnet") << healthy().value(u"SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319"_s,
                                               u"SchUseStrongCrypto"_s, 0)
                            << u"dotnet_strong_crypto"_s << u"HOST_DOTNET_WEAK_CRYPTO"_s
                            << u"SchUseStrongCrypto"_s;
    QTest::newRow("fips") << healthy().value(
                                 u"SYSTEM\\CurrentControlSet\\Control\\Lsa\\FipsAlgorithmPolicy"_s,
                                 u"Enabled"_s, 1)
                          << u"fips"_s << u"HOST_FIPS"_s << u"FipsAlgorithmPolicy"_s;
    QTest::newRow("ie esc")
        << healthy().value(
               u"SOFTWARE\\Microsoft\\Active Setup\\Installed Components\\{A509B1A7-37EF-4b3f-8CFC-4F3A74704073}"_s,
               u"IsInstalled"_s, 1)
        << u"ie_esc"_s << u"HOST_IE_ESC"_s << u"A509B1A7"_s;
    QTest::newRow("server core") << healthy().value(u"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion"_s,
                                                    u"InstallationType"_s, u"Server Core"_s)
                                 << u"os_support"_s << u"HOST_UNSUPPORTED_OS"_s << u"Server Core"_s;
    QTest::newRow("domain controller") << healthy().field(u"domainRole"_s, 4) << u"domain_role"_s
                                       << u"HOST_DOMAIN_ROLE"_s << u"DomainRole 4"_s;
    QTest::newRow("roots") << healthy()
                                  .field(u"certificates"_s, QJsonObject{{u"Root"_s, QJsonArray()}})
                                  .value(u"SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\AuthRoot"_s,
                                         u"DisableRootAutoUpdate"_s, 1)
                           << u"digicert_trust"_s << u"HOST_ROOTS_MISSING"_s << u"DigiCert Global Root G2"_s;
    QTest::newRow("winhttp") << healthy().field(u"winHttpProxy"_s,
                                                QJsonObject{{u"proxy"_s, u"other.corp:3128"_s}})
                             << u"winhttp_proxy"_s << u"HOST_WINHTTP_MISMATCH"_s << u"other.corp:3128"_s;
    QTest::newRow("outdated") << healthy().value(u"SOFTWARE\\Citrix\\CloudServices\\Install\\AgentSystem"_s,
                                                 u"ProductVersionBase"_s, u"6.70.0"_s)
                              << u"connector_version"_s << u"HOST_CONNECTOR_OUTDATED"_s << u"6.70.0"_s;
    QTest::newRow("region") << healthy().value(u"SOFTWARE\\Citrix\\CloudServices\\AgentFoundation"_s,
                                               u"ServiceAddressFormat"_s,
                                               u"https://service-eu.citrixworkspaceapi.net/"_s)
                            << u"connector_region"_s << u"HOST_CONNECTOR_WRONG_REGION"_s << u"service-eu"_s;
}

void HostDiagnosisTest::everyCodeIsWorded()
{
    QFETCH(FakeHostBuilder, host);
    QFETCH(QString, check);
    QFETCH(QString, code);
    QFETCH(QString, quoted);
    const HostResult result = hostFor(host);
    const HostCheck* found = checkById(result, check);
    QVERIFY(found);
    QCOMPARE(found->findings.size(), 1);
    const Finding& finding = found->findings.first();
    QCOMPARE(findingCodeName(finding.code), code);
    QCOMPARE(finding.severity, found->verdict);
    QVERIFY2(finding.message.contains(quoted), qPrintable(finding.message));
    QVERIFY(!finding.remediation.isEmpty());
    QVERIFY(!finding.links.isEmpty());
    if (code == u"HOST_CONNECTOR_WRONG_REGION"_s)
        QVERIFY2(finding.message.contains(u"Inferred"_s), qPrintable(finding.message));
}

void HostDiagnosisTest::groupVerdictIsTheWorstCheck()
{
    QCOMPARE(hostFor(FakeHostBuilder::healthyConnector()).verdict, Verdict::Pass);
    // A warning and a not-run check: the group warns; not-run alone never passes it.
    HostResult host = hostFor(FakeHostBuilder::healthyConnector()
                                  .without(u"domainRole"_s)
                                  .value(u"SOFTWARE\\Microsoft\\Active Setup\\Installed Components\\"
                                         u"{A509B1A7-37EF-4b3f-8CFC-4F3A74704073}"_s,
                                         u"IsInstalled"_s, 1));
    QCOMPARE(host.verdict, Verdict::Warn);
    const HostCheck* role = checkById(host, u"domain_role"_s);
    QVERIFY(role);
    QCOMPARE(role->verdict, Verdict::NotRun);
    QVERIFY(!role->reason.isEmpty());
}

void HostDiagnosisTest::summaryCountsHostProblems()
{
    RunResult run = runWith(hostFor(FakeHostBuilder::healthyConnector()));
    QCOMPARE(run.summary().verdict, Verdict::Pass);
    run.host = hostFor(FakeHostBuilder::healthyConnector().field(u"domainRole"_s, 5));
    QCOMPARE(run.summary().verdict, Verdict::Fail);
    QCOMPARE(run.summary().host, Verdict::Fail);
    QCOMPARE(RunSummary::exitCode(run.summary().verdict), 2);
    QCOMPARE(run.summary().counts.total(), 0); // counts are targets only
    run.host = HostChecks::run(Profile::Connector, std::nullopt, HostResult::Source::None);
    HostDiagnosis::apply(run.host);
    QCOMPARE(run.summary().verdict, Verdict::Pass); // not run is no evidence either way
}

void HostDiagnosisTest::reportsShowTheHostGroup()
{
    const RunResult run = runWith(hostFor(FakeHostBuilder::healthyConnector().value(
        QString::fromLatin1(readiness::Tls12ClientRule::kKey), u"DisabledByDefault"_s, 1)));
    const QByteArray json = JsonReport::render(run);
    const QString problem = cctest::ReportSchema::validate(json);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject report = JsonReport::toJson(run);
    const QJsonObject host = report.value(u"host"_s).toObject();
    QCOMPARE(host.value(u"verdict"_s).toString(), u"fail"_s);
    QCOMPARE(host.value(u"source"_s).toString(), u"fake"_s);
    QCOMPARE(host.value(u"role"_s).toString(), u"connector"_s);
    QCOMPARE(host.value(u"checks"_s).toArray().size(), 11);
    const QJsonObject first = host.value(u"checks"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"id"_s).toString(), u"tls12_client"_s);
    QCOMPARE(first.value(u"details"_s).toObject().value(u"DisabledByDefault"_s).toString(), u"1"_s);
    QCOMPARE(first.value(u"findings"_s).toArray().first().toObject().value(u"code"_s).toString(),
             u"HOST_TLS12_DISABLED"_s);
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"host"_s).toString(), u"fail"_s);
    QCOMPARE(report.value(u"summary"_s).toObject().value(u"verdict"_s).toString(), u"fail"_s);

    const QString text = TextReport::render(run);
    QVERIFY2(text.contains(u"This machine (host checks)"_s), qPrintable(text));
    QVERIFY2(text.contains(kTlsKey), qPrintable(text));
    QVERIFY2(text.contains(u"HOST_TLS12_DISABLED"_s), qPrintable(text));

    const QString html = QString::fromUtf8(HtmlReport::render(run));
    QVERIFY(html.contains(u"id=\"host\""_s));
    QVERIFY(html.contains(u"HOST_TLS12_DISABLED"_s));
    QVERIFY(html.contains(u"&lt;local&gt;"_s)); // the bypass list, escaped
    QVERIFY(!html.contains(u"<local>"_s));

    // Not run: the reason is in every report, and the schema still holds.
    RunResult notRun = run;
    notRun.host = HostChecks::run(Profile::Connector, std::nullopt, HostResult::Source::None);
    HostDiagnosis::apply(notRun.host);
    const QString notRunProblem = cctest::ReportSchema::validate(JsonReport::render(notRun));
    QVERIFY2(notRunProblem.isEmpty(), qPrintable(notRunProblem));
    QVERIFY(TextReport::render(notRun).contains(u"Host checks need Windows"_s));
    QVERIFY(QString::fromUtf8(HtmlReport::render(notRun)).contains(u"Host checks need Windows"_s));
}

void HostDiagnosisTest::redactorMasksHostProxies()
{
    const RunResult run = runWith(hostFor(FakeHostBuilder::healthyConnector().field(
        u"winHttpProxy"_s, QJsonObject{{u"proxy"_s, u"http=winhttp.corp.example:3128"_s}})));
    const RunResult redacted = Redactor::forRun(run).apply(run);
    const QString json = QString::fromUtf8(JsonReport::render(redacted));
    QVERIFY(!json.contains(u"winhttp.corp.example"_s));
    QVERIFY(!json.contains(u"proxy.corp.example"_s));
    QVERIFY(json.contains(u"redacted-proxy-"_s));
}

QTEST_GUILESS_MAIN(HostDiagnosisTest)
#include "tst_hostdiagnosis.moc"
