#include "FakeHostBuilder.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/HostDiagnosis.h"
#include "diagnosis/RunDiagnosis.h"
#include "readiness/DigiCertTrustRule.h"
#include "readiness/IeEscRule.h"
#include "readiness/Tls12ClientRule.h"

#include <QJsonArray>
#include <QTest>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

// Facts as TargetProbe records them; Diagnosis words them, as in a real run.
StepResult step(StepKind kind, Verdict verdict, QJsonObject details = {})
{
    return {kind, verdict, 10, details};
}

TargetResult target(const QString& host, Scheme scheme, QList<StepResult> steps, bool required = true)
{
    TargetResult result;
    result.target.host = host;
    result.target.scheme = scheme;
    result.target.port = scheme == Scheme::Http ? 80 : 443;
    result.target.id = (scheme == Scheme::Http ? u"http://"_s : u"https://"_s) + host + u':' +
                       QString::number(result.target.port);
    result.target.patterns = {u"https://*."_s + host.section(u'.', 1)};
    result.target.services = {u"common"_s};
    result.target.required = required;
    result.steps = std::move(steps);
    Diagnosis::apply(result);
    return result;
}

TargetResult dnsFailure(const QString& host)
{
    return target(
        host, Scheme::Https,
        {step(StepKind::Dns, Verdict::Fail, {{u"error"_s, u"nxdomain"_s}, {u"errorText"_s, u"unknown"_s}}),
         step(StepKind::Tcp, Verdict::NotRun, {{u"blockedBy"_s, u"dns"_s}})});
}

TargetResult tcpFailure(const QString& host, const QString& error, Scheme scheme = Scheme::Https,
                        bool required = true)
{
    const QJsonObject tcp{
        {u"error"_s, error},
        {u"port"_s, scheme == Scheme::Http ? 80 : 443},
        {u"timeoutMs"_s, 3000},
        {u"attempts"_s, QJsonArray{QJsonObject{{u"address"_s, u"203.0.113.9"_s}, {u"outcome"_s, error}}}}};
    return target(host, scheme,
                  {step(StepKind::Dns, Verdict::Pass, {{u"addresses"_s, QJsonArray{u"203.0.113.9"_s}}}),
                   step(StepKind::Tcp, Verdict::Fail, tcp)},
                  required);
}

TargetResult passed(const QString& host, Scheme scheme = Scheme::Https)
{
    return target(host, scheme,
                  {step(StepKind::Dns, Verdict::Pass), step(StepKind::Tcp, Verdict::Pass),
                   step(StepKind::Http, Verdict::Pass, {{u"status"_s, 200}})});
}

TargetResult intercepted(const QString& host, const QString& issuer)
{
    const QJsonObject certificate{{u"errors"_s, QJsonArray{}},
                                  {u"expectedIssuers"_s, QJsonArray{u"DigiCert Inc"_s}},
                                  {u"issuerOrganizations"_s, QJsonArray{issuer}},
                                  {u"intercepted"_s, true}};
    return target(host, Scheme::Https,
                  {step(StepKind::Dns, Verdict::Pass), step(StepKind::Tcp, Verdict::Pass),
                   step(StepKind::Tls, Verdict::Pass),
                   step(StepKind::Certificate, Verdict::Fail, certificate),
                   step(StepKind::Http, Verdict::NotRun, {{u"blockedBy"_s, u"certificate"_s}})});
}

TargetResult clockSkewed(const QString& host)
{
    return target(host, Scheme::Https,
                  {step(StepKind::Dns, Verdict::Pass), step(StepKind::Tcp, Verdict::Pass),
                   step(StepKind::Http, Verdict::Pass,
                        {{u"status"_s, 200},
                         {u"date"_s, u"Wed, 25 Nov 2026 05:00:00 GMT"_s},
                         {u"clockSkewSeconds"_s, 3600.0}})});
}

RunResult runOf(QList<TargetResult> targets)
{
    RunResult run;
    run.services = {u"common"_s};
    run.targets = std::move(targets);
    return run;
}

} // namespace

class RunDiagnosisTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allPassedHasNoInsight();
    void nothingResolves();
    void nothingConnectsDirectly();
    void onlyPortEightyBlocked();
    void singleBlockedPortEightyStaysItsOwnFinding();
    void oneInspectingDeviceIsOneInsight();
    void repeatedCodesAreGrouped();
    void recommendedOnlyProblemsAreWarnings();
    void skippedTargetsDoNotCount();
    void groupShowsItsMostSevereExample();
    void networkTextIsNotTreatedAsPlaceholders();
    void everyCertificateOutOfDateMeansTheClock();
    void hostFindingsLeadTheirSeverity();
    void hostWithoutProblemsAddsNothing();
};

void RunDiagnosisTest::allPassedHasNoInsight()
{
    QVERIFY(RunDiagnosis::insights(runOf({passed(u"a.example.jp"_s), passed(u"b.example.jp"_s)})).isEmpty());
}

void RunDiagnosisTest::nothingResolves()
{
    const QList<RunInsight> insights = RunDiagnosis::insights(
        runOf({dnsFailure(u"a.example.jp"_s), dnsFailure(u"b.example.jp"_s), dnsFailure(u"c.example.jp"_s)}));
    QCOMPARE(insights.size(), 1);
    QCOMPARE(insights.first().code, FindingCode::DnsNxdomain);
    QCOMPARE(insights.first().severity, Verdict::Fail);
    QVERIFY2(insights.first().message.startsWith(u"None of the 3 addresses could be resolved"_s),
             qPrintable(insights.first().message));
    QVERIFY(insights.first().remediation.contains(u"ipconfig /all"_s));
    QCOMPARE(insights.first().targetIds,
             (QStringList{u"https://a.example.jp:443"_s, u"https://b.example.jp:443"_s,
                          u"https://c.example.jp:443"_s}));
}

void RunDiagnosisTest::nothingConnectsDirectly()
{
    const QList<RunInsight> insights = RunDiagnosis::insights(
        runOf({tcpFailure(u"a.example.jp"_s, u"timeout"_s), tcpFailure(u"b.example.jp"_s, u"timeout"_s),
               tcpFailure(u"c.example.jp"_s, u"refused"_s), dnsFailure(u"d.example.jp"_s)}));
    QCOMPARE(insights.size(), 2);
    const RunInsight& blocked = insights.first();
    QCOMPARE(blocked.code, FindingCode::TcpTimeout); // the commonest of the three
    QVERIFY2(blocked.message.startsWith(u"Direct connections fail for all 3 addresses that resolved "
                                        u"(a.example.jp:443, b.example.jp:443, c.example.jp:443)"_s),
             qPrintable(blocked.message));
    QVERIFY(blocked.remediation.contains(u"netsh winhttp set proxy"_s));
    QCOMPARE(blocked.targetIds.size(), 3);
    // The name that did not resolve is its own problem, listed once with its own words.
    QCOMPARE(insights.at(1).code, FindingCode::DnsNxdomain);
    QCOMPARE(insights.at(1).targetIds, QStringList{u"https://d.example.jp:443"_s});
    QVERIFY(insights.at(1).message.startsWith(u"The DNS server says d.example.jp does not exist"_s));
}

void RunDiagnosisTest::onlyPortEightyBlocked()
{
    const QList<RunInsight> insights = RunDiagnosis::insights(
        runOf({passed(u"citrix.example.jp"_s), tcpFailure(u"crl3.digicert.com"_s, u"timeout"_s, Scheme::Http),
               tcpFailure(u"crl4.digicert.com"_s, u"timeout"_s, Scheme::Http)}));
    QCOMPARE(insights.size(), 1);
    QCOMPARE(insights.first().code, FindingCode::TcpTimeout);
    QVERIFY2(insights.first().message.startsWith(
                 u"Port 80 is blocked for all 2 certificate revocation addresses (crl3.digicert.com:80, "
                 u"crl4.digicert.com:80) while HTTPS works."_s),
             qPrintable(insights.first().message));
    QCOMPARE(insights.first().links, QStringList{Diagnosis::kCtx223828});
}

void RunDiagnosisTest::singleBlockedPortEightyStaysItsOwnFinding()
{
    const QList<RunInsight> insights = RunDiagnosis::insights(runOf(
        {passed(u"citrix.example.jp"_s), tcpFailure(u"crl3.digicert.com"_s, u"refused"_s, Scheme::Http)}));
    QCOMPARE(insights.size(), 1);
    QCOMPARE(insights.first().code, FindingCode::TcpRefused);
    QVERIFY(insights.first().message.startsWith(u"The connection to crl3.digicert.com"_s));
}

void RunDiagnosisTest::oneInspectingDeviceIsOneInsight()
{
    const QList<RunInsight> insights = RunDiagnosis::insights(
        runOf({intercepted(u"a.example.jp"_s, u"Contoso Web Filter"_s),
               intercepted(u"b.example.jp"_s, u"Contoso Web Filter"_s),
               intercepted(u"c.example.jp"_s, u"Other Proxy Inc"_s), passed(u"d.example.jp"_s)}));
    QCOMPARE(insights.size(), 2);
    QCOMPARE(insights.first().code, FindingCode::TlsIntercepted);
    QVERIFY2(insights.first().message.startsWith(
                 u"SSL decryption by \"Contoso Web Filter\" re-signs 2 addresses"_s),
             qPrintable(insights.first().message));
    QCOMPARE(insights.first().links, QStringList{Diagnosis::kCtx221535});
    // A lone device is reported with the target's own finding.
    QCOMPARE(insights.at(1).targetIds, QStringList{u"https://c.example.jp:443"_s});
    QVERIFY(insights.at(1).message.contains(u"Other Proxy Inc"_s));
}

void RunDiagnosisTest::repeatedCodesAreGrouped()
{
    const QList<RunInsight> insights = RunDiagnosis::insights(
        runOf({clockSkewed(u"a.example.jp"_s), clockSkewed(u"b.example.jp"_s),
               tcpFailure(u"c.example.jp"_s, u"refused"_s), passed(u"d.example.jp"_s)}));
    QCOMPARE(insights.size(), 2);
    // Failures before warnings, whatever their counts.
    QCOMPARE(insights.at(0).code, FindingCode::TcpRefused);
    QCOMPARE(insights.at(0).severity, Verdict::Fail);
    QCOMPARE(insights.at(1).code, FindingCode::ClockSkew);
    QCOMPARE(insights.at(1).severity, Verdict::Warn);
    QCOMPARE(insights.at(1).targetIds.size(), 2);
    QVERIFY2(insights.at(1).message.startsWith(
                 u"2 addresses, for example: This machine's clock is 3600 seconds"_s),
             qPrintable(insights.at(1).message));
}

void RunDiagnosisTest::recommendedOnlyProblemsAreWarnings()
{
    const QList<RunInsight> insights =
        RunDiagnosis::insights(runOf({tcpFailure(u"a.example.jp"_s, u"timeout"_s, Scheme::Https, false),
                                      tcpFailure(u"b.example.jp"_s, u"timeout"_s, Scheme::Https, false)}));
    QCOMPARE(insights.size(), 1);
    QCOMPARE(insights.first().severity, Verdict::Warn);
}

void RunDiagnosisTest::skippedTargetsDoNotCount()
{
    TargetResult skipped;
    skipped.target.id = u"https://{customerId}.xendesktop.jp:443"_s;
    skipped.target.needsCustomerId = true;
    skipped.steps = {step(StepKind::Dns, Verdict::NotRun, {{u"reason"_s, u"needs_customer_id"_s}})};
    Diagnosis::apply(skipped);
    // One failed name next to a skipped one is not "nothing resolves".
    const QList<RunInsight> insights =
        RunDiagnosis::insights(runOf({dnsFailure(u"a.example.jp"_s), skipped}));
    QCOMPARE(insights.size(), 1);
    QVERIFY(insights.first().message.startsWith(u"The DNS server says a.example.jp does not exist"_s));
}

void RunDiagnosisTest::groupShowsItsMostSevereExample()
{
    const QList<RunInsight> insights = RunDiagnosis::insights(runOf(
        {tcpFailure(u"optional.example.jp"_s, u"refused"_s, Scheme::Https, false),
         tcpFailure(u"needed.example.jp"_s, u"refused"_s, Scheme::Https, true), passed(u"ok.example.jp"_s)}));
    QCOMPARE(insights.size(), 1);
    QCOMPARE(insights.first().severity, Verdict::Fail);
    QVERIFY2(insights.first().message.startsWith(
                 u"2 addresses, for example: The connection to needed.example.jp"_s),
             qPrintable(insights.first().message));
    QCOMPARE(insights.first().targetIds,
             (QStringList{u"https://optional.example.jp:443"_s, u"https://needed.example.jp:443"_s}));
}

void RunDiagnosisTest::networkTextIsNotTreatedAsPlaceholders()
{
    const QString issuer = u"Proxy %2 %3 Inc"_s;
    const QList<RunInsight> insights = RunDiagnosis::insights(
        runOf({intercepted(u"a.example.jp"_s, issuer), intercepted(u"b.example.jp"_s, issuer)}));
    QCOMPARE(insights.size(), 1);
    QVERIFY2(
        insights.first().message.startsWith(u"SSL decryption by \"Proxy %2 %3 Inc\" re-signs 2 addresses"_s),
        qPrintable(insights.first().message));
}

namespace {

TargetResult certificateError(const QString& host, const QString& kind)
{
    const QJsonObject certificate{
        {u"errors"_s, QJsonArray{QJsonObject{{u"kind"_s, kind}, {u"text"_s, kind}}}},
        {u"expectedIssuers"_s, QJsonArray{u"DigiCert Inc"_s}},
        {u"issuerOrganizations"_s, QJsonArray{u"DigiCert Inc"_s}},
        {u"intercepted"_s, false}};
    return target(host, Scheme::Https,
                  {step(StepKind::Dns, Verdict::Pass), step(StepKind::Tcp, Verdict::Pass),
                   step(StepKind::Tls, Verdict::Pass),
                   step(StepKind::Certificate, Verdict::Fail, certificate),
                   step(StepKind::Http, Verdict::NotRun, {{u"blockedBy"_s, u"certificate"_s}})});
}

} // namespace

void RunDiagnosisTest::everyCertificateOutOfDateMeansTheClock()
{
    const QList<RunInsight> insights = RunDiagnosis::insights(runOf(
        {certificateError(u"a.example.jp"_s, u"not_yet_valid"_s),
         certificateError(u"b.example.jp"_s, u"not_yet_valid"_s),
         certificateError(u"c.example.jp"_s, u"expired"_s), passed(u"crl.example.jp"_s, Scheme::Http)}));
    QCOMPARE(insights.size(), 1);
    QCOMPARE(insights.first().code, FindingCode::CertNotYetValid);
    QVERIFY2(insights.first().message.startsWith(u"Every certificate checked (3 addresses) is outside its "
                                                 u"validity period"_s),
             qPrintable(insights.first().message));
    QVERIFY(insights.first().remediation.contains(u"w32tm /resync"_s));

    // One good certificate means the clock is fine: each bad one stays its own problem.
    const QList<RunInsight> mixed = RunDiagnosis::insights(runOf(
        {certificateError(u"a.example.jp"_s, u"expired"_s), certificateError(u"b.example.jp"_s, u"expired"_s),
         target(u"good.example.jp"_s, Scheme::Https,
                {step(StepKind::Dns, Verdict::Pass), step(StepKind::Tcp, Verdict::Pass),
                 step(StepKind::Tls, Verdict::Pass), step(StepKind::Certificate, Verdict::Pass),
                 step(StepKind::Http, Verdict::Pass, {{u"status"_s, 200}})})}));
    QCOMPARE(mixed.size(), 1);
    QCOMPARE(mixed.first().code, FindingCode::CertExpired);
    QVERIFY2(mixed.first().message.startsWith(
                 u"2 addresses, for example: The certificate of a.example.jp expired"_s),
             qPrintable(mixed.first().message));
}

void RunDiagnosisTest::hostFindingsLeadTheirSeverity()
{
    // TLS 1.2 off and the DigiCert roots missing with auto-update off fail; IE ESC warns.
    const auto key = [](const char* text) { return QString::fromLatin1(text); };
    RunResult run =
        runOf({tcpFailure(u"a.example.jp"_s, u"refused"_s),
               tcpFailure(u"b.example.jp"_s, u"timeout"_s, Scheme::Https, false), passed(u"c.example.jp"_s)});
    run.host =
        cctest::FakeHostBuilder::healthyConnector()
            .value(key(readiness::Tls12ClientRule::kKey), u"Enabled"_s, 0)
            .value(key(readiness::IeEscRule::kKey), u"IsInstalled"_s, 1)
            .value(key(readiness::DigiCertTrustRule::kAutoUpdateKey), u"DisableRootAutoUpdate"_s, 1)
            .field(u"certificates"_s,
                   QJsonObject{{u"Root"_s, QJsonArray{u"DigiCert Trusted Root G4"_s}},
                               {u"CA"_s, QJsonArray{key(readiness::DigiCertTrustRule::kCodeSigningG4)}}})
            .diagnosed();
    const QList<RunInsight> insights = RunDiagnosis::insights(run);

    // A host problem stops the Connector whatever the network allows: it leads its severity,
    // in the rules' order, and names the host check instead of targets.
    QList<FindingCode> codes;
    for (const RunInsight& insight : insights)
        codes << insight.code;
    QCOMPARE(codes,
             (QList<FindingCode>{FindingCode::HostTls12Disabled, FindingCode::HostRootsMissing,
                                 FindingCode::TcpRefused, FindingCode::HostIeEsc, FindingCode::TcpTimeout}));
    QCOMPARE(insights.at(0).severity, Verdict::Fail);
    QCOMPARE(insights.at(0).hostCheckIds, QStringList{u"tls12_client"_s});
    QVERIFY(insights.at(0).targetIds.isEmpty());
    QVERIFY2(
        insights.at(0).remediation.contains(u"reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\"
                                            u"SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\""_s),
        qPrintable(insights.at(0).remediation));
    QCOMPARE(insights.at(1).hostCheckIds, QStringList{u"digicert_trust"_s});
    QCOMPARE(insights.at(1).severity, Verdict::Fail);
    QCOMPARE(insights.at(2).targetIds, QStringList{u"https://a.example.jp:443"_s});
    QVERIFY(insights.at(2).hostCheckIds.isEmpty());
    QCOMPARE(insights.at(3).severity, Verdict::Warn);
    QCOMPARE(insights.at(3).hostCheckIds, QStringList{u"ie_esc"_s});
    QCOMPARE(insights.at(4).severity, Verdict::Warn);
    // The words are HostDiagnosis's, not written again.
    const HostCheck& tls = run.host.checks.first();
    QCOMPARE(insights.at(0).message, tls.findings.first().message);
    QCOMPARE(insights.at(0).links, tls.findings.first().links);
}

void RunDiagnosisTest::hostWithoutProblemsAddsNothing()
{
    // A healthy host, and a group that did not run (not Windows), add no problem.
    RunResult run = runOf({passed(u"a.example.jp"_s)});
    run.host = cctest::FakeHostBuilder::healthyConnector().diagnosed();
    QVERIFY(RunDiagnosis::insights(run).isEmpty());
    run.host = {};
    run.host.notRunReason = u"not_windows"_s;
    HostDiagnosis::apply(run.host);
    QVERIFY(RunDiagnosis::insights(run).isEmpty());
}

QTEST_GUILESS_MAIN(RunDiagnosisTest)
#include "tst_rundiagnosis.moc"
