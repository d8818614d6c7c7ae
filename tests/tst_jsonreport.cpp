// Unit tests of the report writers: the JSON report (validated against the shipped schema), the
// text report, the allowlist (txt, csv, pac) and the atomic file writer. The RunResult is built
// by hand, so every expected value below is known without running a probe.
#include "HtmlSamples.h"
#include "ReportSchema.h"
#include "TestCatalogs.h"
#include "plan/RunPlan.h"
#include "report/AllowlistWriter.h"
#include "report/JsonReport.h"
#include "report/ReportWriter.h"
#include "report/TextReport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <csignal>
#include <sys/resource.h>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

const QString kSecret = u"hunter2-Secret"_s;
const QString kCtx223828 = u"https://support.citrix.com/article/CTX223828"_s;

const QString kTcpTimeoutMessage =
    u"No answer from crl3.digicert.com (192.0.2.80) on TCP port 80 within 5000 ms: "
    u"the packets are silently dropped."_s;
const QString kTcpTimeoutFix = u"Allow outbound TCP port 80 to http://*.digicert.com."_s;
const QString kUdpMessage =
    u"No answer to a DTLS hello sent to global.g.nssvc.net on UDP port 443 within 5000 ms."_s;
const QString kUdpFix = u"Allow outbound UDP port 443 to udp://*.nssvc.net for EDT."_s;
const QString kNotRunReason = u"Not checked: this address contains the Customer ID, and none was given."_s;

Service service(const QString& id, const QString& english, const QString& japanese)
{
    return {id, {english, japanese}, {english, japanese}, false};
}

Target target(const QString& scheme, Scheme kind, const QString& host, quint16 port,
              const QStringList& patterns, const QStringList& entries, const QStringList& services,
              bool required, Confidence confidence)
{
    Target result;
    result.id = scheme + u"://"_s + host + u':' + QString::number(port);
    result.host = host;
    result.port = port;
    result.scheme = kind;
    result.patterns = patterns;
    result.entryIds = entries;
    result.services = services;
    result.required = required;
    result.confidence = confidence;
    // The catalog's own shape for a documented wildcard: the host it is probed through is chosen.
    result.hostConfidence = Confidence::Inferred;
    return result;
}

StepResult step(StepKind kind, Verdict verdict, qint64 ms, const QJsonObject& details = {})
{
    return {kind, verdict, ms, details};
}

TargetResult passedConsole()
{
    TargetResult result;
    result.target = target(u"https"_s, Scheme::Https, u"citrix.citrixcloud.jp"_s, 443,
                           {u"https://citrix.citrixcloud.jp"_s, u"https://*.citrixcloud.jp"_s},
                           {u"console-signin"_s, u"common-citrixcloud"_s}, {u"common"_s, u"daas"_s}, true,
                           Confidence::Documented);
    result.verdict = Verdict::Pass;
    result.durationMs = 321;
    result.steps = {
        step(StepKind::Dns, Verdict::Pass, 12,
             {{u"addresses"_s, QJsonArray{u"203.0.113.7"_s}}, {u"source"_s, u"system"_s}}),
        step(StepKind::Tcp, Verdict::Pass, 20,
             {{u"address"_s, u"203.0.113.7"_s},
              {u"port"_s, 443},
              {u"attempts"_s, QJsonArray{QJsonObject{{u"address"_s, u"203.0.113.7"_s},
                                                     {u"outcome"_s, u"connected"_s},
                                                     {u"durationMs"_s, 20}}}}}),
        step(StepKind::Tls, Verdict::Pass, 40, {{u"protocol"_s, u"TLSv1.3"_s}, {u"chain"_s, QJsonArray{}}}),
        step(StepKind::Certificate, Verdict::Pass, 0,
             {{u"errors"_s, QJsonArray{}}, {u"intercepted"_s, false}}),
        step(StepKind::Http, Verdict::Pass, 30,
             {{u"status"_s, 200}, {u"httpVersion"_s, u"HTTP/1.1"_s}, {u"clockSkewSeconds"_s, 1.0}}),
    };
    return result;
}

TargetResult failedCrl()
{
    TargetResult result;
    result.target = target(u"http"_s, Scheme::Http, u"crl3.digicert.com"_s, 80, {u"http://*.digicert.com"_s},
                           {u"cert-digicert-crl"_s}, {u"certificates"_s}, true, Confidence::Inferred);
    result.verdict = Verdict::Fail;
    result.durationMs = 5003;
    result.steps = {
        step(StepKind::Dns, Verdict::Pass, 3,
             {{u"addresses"_s, QJsonArray{u"192.0.2.80"_s}}, {u"source"_s, u"system"_s}}),
        step(StepKind::Tcp, Verdict::Fail, 5000,
             {{u"port"_s, 80},
              {u"error"_s, u"timeout"_s},
              {u"timeoutMs"_s, 5000},
              {u"attempts"_s, QJsonArray{QJsonObject{{u"address"_s, u"192.0.2.80"_s},
                                                     {u"outcome"_s, u"timeout"_s},
                                                     {u"durationMs"_s, 5000}}}}}),
        step(StepKind::Http, Verdict::NotRun, 0, {{u"blockedBy"_s, u"tcp"_s}}),
    };
    result.findings = {
        {FindingCode::TcpTimeout, Verdict::Fail, kTcpTimeoutMessage, kTcpTimeoutFix, {kCtx223828}}};
    return result;
}

TargetResult notRunCustomerHost()
{
    TargetResult result;
    result.target = target(u"https"_s, Scheme::Https, u"{customerId}.xendesktop.jp"_s, 443,
                           {u"https://*.xendesktop.jp"_s}, {u"daas-connector-xendesktop"_s}, {u"daas"_s},
                           true, Confidence::Documented);
    result.target.needsCustomerId = true;
    result.verdict = Verdict::NotRun;
    result.reason = kNotRunReason;
    for (StepKind kind : {StepKind::Dns, StepKind::Tcp, StepKind::Tls, StepKind::Certificate, StepKind::Http})
        result.steps << step(kind, Verdict::NotRun, 0, {{u"reason"_s, u"needs_customer_id"_s}});
    return result;
}

TargetResult warnedUdp()
{
    TargetResult result;
    result.target = target(u"udp"_s, Scheme::Udp, u"global.g.nssvc.net"_s, 443, {u"udp://*.nssvc.net"_s},
                           {u"gateway-nssvc-edt"_s}, {u"gateway"_s}, false, Confidence::Inferred);
    result.verdict = Verdict::Warn;
    result.durationMs = 5010;
    result.steps = {
        step(StepKind::Dns, Verdict::Pass, 10,
             {{u"addresses"_s, QJsonArray{u"198.51.100.9"_s}}, {u"source"_s, u"system"_s}}),
        step(StepKind::Udp, Verdict::Fail, 5000,
             {{u"address"_s, u"198.51.100.9"_s},
              {u"port"_s, 443},
              {u"outcome"_s, u"no_answer"_s},
              {u"timeoutMs"_s, 5000}}),
    };
    result.findings = {{FindingCode::UdpBlocked, Verdict::Warn, kUdpMessage, kUdpFix, {}}};
    return result;
}

RunResult baseRun()
{
    RunResult run;
    run.toolVersion = u"0.1.0"_s;
    run.catalog.name = u"Citrix Cloud Japan"_s;
    run.catalog.version = u"2026.11.0"_s;
    run.catalog.date = u"2026-11-25"_s;
    run.catalog.source = u"https://docs.citrix.com/ja-jp/citrix-cloud-japan"_s;
    run.catalog.services = {service(u"common"_s, u"Common addresses"_s, u"共通アドレス"_s),
                            service(u"certificates"_s, u"Certificate validation"_s, u"証明書の検証"_s),
                            service(u"gateway"_s, u"Citrix Gateway service"_s, u"Citrix Gateway サービス"_s),
                            service(u"daas"_s, u"Citrix DaaS"_s, u"Citrix DaaS"_s)};
    run.settings.services = {u"daas"_s, u"gateway"_s};
    run.settings.profile = Profile::Connector;
    // A manual proxy whose URL still carries a password, as a careless caller might build it.
    run.settings.proxy.mode = ProxySetting::Mode::Manual;
    run.settings.proxy.url = QUrl(u"http://alice:"_s + kSecret + u"@proxy.corp.example:8080"_s);
    run.settings.proxy.user = u"alice"_s;
    run.settings.timeoutMs = 5000;
    run.settings.concurrency = 64;
    run.settings.language = Language::English;
    run.services = {u"common"_s, u"certificates"_s, u"gateway"_s, u"daas"_s};
    run.environment.hostname = u"CC01"_s;
    run.environment.os = u"Windows Server 2022"_s;
    run.environment.systemProxy = u"none"_s;
    // 15:00 in Japan is 06:00 UTC.
    run.startedAt = QDateTime(QDate(2026, 11, 25), QTime(15, 0, 0), QTimeZone(9 * 3600));
    run.finishedAt = run.startedAt.addMSecs(2345);
    return run;
}

// Targets: pass (common, daas), fail (certificates), not_run (daas), warn (gateway).
RunResult mixedRun()
{
    RunResult run = baseRun();
    run.targets = {passedConsole(), failedCrl(), notRunCustomerHost(), warnedUdp()};
    return run;
}

QJsonObject parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QJsonObject countsJson(int pass, int warn, int fail, int notRun, int error)
{
    return {
        {u"pass"_s, pass}, {u"warn"_s, warn}, {u"fail"_s, fail}, {u"not_run"_s, notRun}, {u"error"_s, error}};
}

QStringList stepNames(const QJsonObject& target)
{
    QStringList names;
    for (const QJsonValue& step : target.value(u"steps"_s).toArray())
        names << step.toObject().value(u"step"_s).toString() + u':' +
                     step.toObject().value(u"verdict"_s).toString();
    return names;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList entriesOf(const QString& directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// For the allowlist: several targets sharing patterns, one on another port, and hostile patterns.
RunResult allowlistRun()
{
    RunResult run = baseRun();
    TargetResult crl4 = failedCrl();
    crl4.target = target(u"http"_s, Scheme::Http, u"crl4.digicert.com"_s, 80, {u"http://*.digicert.com"_s},
                         {u"cert-digicert-crl"_s}, {u"certificates"_s}, true, Confidence::Inferred);
    crl4.verdict = Verdict::Pass;
    TargetResult gatewayTcp;
    gatewayTcp.target =
        target(u"https"_s, Scheme::Https, u"global.g.nssvc.net"_s, 443, {u"https://*.nssvc.net"_s},
               {u"gateway-nssvc"_s}, {u"gateway"_s}, true, Confidence::Inferred);
    gatewayTcp.verdict = Verdict::Pass;
    TargetResult gatewayAltPort = gatewayTcp;
    gatewayAltPort.target.id = u"https://global.g.nssvc.net:8443"_s;
    gatewayAltPort.target.port = 8443;
    TargetResult formula;
    formula.target = target(u"https"_s, Scheme::Https, u"evil.example"_s, 443,
                            {u"=HYPERLINK(\"http://evil.example\",\"x\")"_s, u"@SUM(1+1)"_s}, {u"evil"_s},
                            {u"daas"_s}, false, Confidence::Inferred);
    formula.verdict = Verdict::Pass;
    run.targets = {passedConsole(), failedCrl(), crl4,           notRunCustomerHost(),
                   warnedUdp(),     gatewayTcp,  gatewayAltPort, formula};
    return run;
}

} // namespace

class JsonReportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportIsValid();
    void sampleWithCipherStepIsValid();
    void topLevelFields();
    void summary();
    void targets();
    void proxyPasswordIsRedacted();
    void clockSkew();
    void customerIdGiven();
    void schemaRejectsBrokenReports_data();
    void schemaRejectsBrokenReports();
    void textReportNamesProblems();
    void textReportPassedRun();
    void allowlistText();
    void allowlistCsv();
    void allowlistPac();
    void allowlistPacSurvivesHostilePatterns();
    void writerRefusesMissingDirectory();
    void writerReplacesExistingFile();
    void writerKeepsOldFileOnFailure();
    void writerRefusesUnknownExtension();
};

void JsonReportTest::reportIsValid()
{
    const QString errors = cctest::ReportSchema::validate(JsonReport::render(mixedRun()));
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
}

// The sample run has every kind of step, the cipher step and TLS_CIPHER_UNSUPPORTED among them.
void JsonReportTest::sampleWithCipherStepIsValid()
{
    const QByteArray json = JsonReport::render(HtmlSamples::run(Language::English));
    const QString errors = cctest::ReportSchema::validate(json);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    bool sawCipher = false;
    for (const QJsonValue& target : parse(json).value(u"targets"_s).toArray()) {
        for (const QJsonValue& step : target.toObject().value(u"steps"_s).toArray()) {
            const QJsonObject object = step.toObject();
            if (object.value(u"step"_s).toString() != u"cipher")
                continue;
            sawCipher = true;
            QCOMPARE(object.value(u"details"_s).toObject().value(u"error"_s).toString(),
                     u"no_shared_suite"_s);
            QCOMPARE(target.toObject()
                         .value(u"findings"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"code"_s)
                         .toString(),
                     u"TLS_CIPHER_UNSUPPORTED"_s);
        }
    }
    QVERIFY(sawCipher);
}

void JsonReportTest::topLevelFields()
{
    const QJsonObject report = parse(JsonReport::render(mixedRun()));
    QCOMPARE(report.value(u"schemaVersion"_s), QJsonValue(1));
    QCOMPARE(report.value(u"tool"_s).toObject(),
             QJsonObject({{u"name"_s, u"CloudCheck"_s}, {u"version"_s, u"0.1.0"_s}}));
    QCOMPARE(report.value(u"catalog"_s).toObject(),
             QJsonObject({{u"name"_s, u"Citrix Cloud Japan"_s},
                          {u"version"_s, u"2026.11.0"_s},
                          {u"date"_s, u"2026-11-25"_s},
                          {u"source"_s, u"https://docs.citrix.com/ja-jp/citrix-cloud-japan"_s}}));
    QCOMPARE(report.value(u"startedAt"_s).toString(), u"2026-11-25T06:00:00.000Z"_s);
    QCOMPARE(report.value(u"finishedAt"_s).toString(), u"2026-11-25T06:00:02.345Z"_s);
    QCOMPARE(report.value(u"durationMs"_s), QJsonValue(2345));
    QCOMPARE(report.value(u"cancelled"_s), QJsonValue(false));
    QCOMPARE(
        report.value(u"settings"_s).toObject(),
        QJsonObject({{u"services"_s, QJsonArray{u"common"_s, u"certificates"_s, u"gateway"_s, u"daas"_s}},
                     {u"customerIdGiven"_s, false},
                     {u"profile"_s, u"connector"_s},
                     {u"proxy"_s, u"http://alice@proxy.corp.example:8080"_s},
                     {u"timeoutMs"_s, 5000},
                     {u"concurrency"_s, 64},
                     {u"language"_s, u"en"_s}}));
    QCOMPARE(report.value(u"environment"_s).toObject(),
             QJsonObject({{u"hostname"_s, u"CC01"_s},
                          {u"os"_s, u"Windows Server 2022"_s},
                          {u"systemProxy"_s, u"none"_s},
                          {u"clockSkewSeconds"_s, QJsonValue::Null}}));
    QCOMPARE(report.value(u"targets"_s).toArray().size(), 4);
}

void JsonReportTest::summary()
{
    const QJsonObject summary = parse(JsonReport::render(mixedRun())).value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"verdict"_s).toString(), u"fail"_s);
    QCOMPARE(summary.value(u"counts"_s).toObject(), countsJson(1, 1, 1, 1, 0));
    const QJsonObject expected{
        {u"common"_s, QJsonObject{{u"verdict"_s, u"pass"_s}, {u"counts"_s, countsJson(1, 0, 0, 0, 0)}}},
        {u"certificates"_s, QJsonObject{{u"verdict"_s, u"fail"_s}, {u"counts"_s, countsJson(0, 0, 1, 0, 0)}}},
        {u"gateway"_s, QJsonObject{{u"verdict"_s, u"warn"_s}, {u"counts"_s, countsJson(0, 1, 0, 0, 0)}}},
        // The console passed, the Customer ID host was not run: a required target unchecked warns.
        {u"daas"_s, QJsonObject{{u"verdict"_s, u"warn"_s}, {u"counts"_s, countsJson(1, 0, 0, 1, 0)}}},
    };
    QCOMPARE(summary.value(u"byService"_s).toObject(), expected);
}

void JsonReportTest::targets()
{
    const QJsonArray targets = parse(JsonReport::render(mixedRun())).value(u"targets"_s).toArray();
    QCOMPARE(targets.size(), 4);

    const QJsonObject console = targets.at(0).toObject();
    QCOMPARE(console.value(u"id"_s).toString(), u"https://citrix.citrixcloud.jp:443"_s);
    QCOMPARE(console.value(u"host"_s).toString(), u"citrix.citrixcloud.jp"_s);
    QCOMPARE(console.value(u"port"_s), QJsonValue(443));
    QCOMPARE(console.value(u"scheme"_s).toString(), u"https"_s);
    QCOMPARE(console.value(u"pattern"_s).toString(), u"https://citrix.citrixcloud.jp"_s);
    QCOMPARE(console.value(u"patterns"_s).toArray(),
             QJsonArray({u"https://citrix.citrixcloud.jp"_s, u"https://*.citrixcloud.jp"_s}));
    QCOMPARE(console.value(u"entries"_s).toArray(),
             QJsonArray({u"console-signin"_s, u"common-citrixcloud"_s}));
    QCOMPARE(console.value(u"services"_s).toArray(), QJsonArray({u"common"_s, u"daas"_s}));
    QCOMPARE(console.value(u"required"_s), QJsonValue(true));
    QCOMPARE(console.value(u"confidence"_s).toString(), u"documented"_s);
    QCOMPARE(console.value(u"hostConfidence"_s).toString(), u"inferred"_s);
    QCOMPARE(console.value(u"verdict"_s).toString(), u"pass"_s);
    QCOMPARE(console.value(u"durationMs"_s), QJsonValue(321));
    QCOMPARE(console.value(u"reason"_s).toString(), QString());
    QCOMPARE(stepNames(console), QStringList({u"dns:pass"_s, u"tcp:pass"_s, u"tls:pass"_s,
                                              u"certificate:pass"_s, u"http:pass"_s}));
    const QJsonObject dns = console.value(u"steps"_s).toArray().at(0).toObject();
    QCOMPARE(dns.value(u"durationMs"_s), QJsonValue(12));
    QCOMPARE(dns.value(u"details"_s).toObject(),
             QJsonObject({{u"addresses"_s, QJsonArray{u"203.0.113.7"_s}}, {u"source"_s, u"system"_s}}));
    QCOMPARE(console.value(u"findings"_s).toArray(), QJsonArray());

    const QJsonObject crl = targets.at(1).toObject();
    QCOMPARE(crl.value(u"id"_s).toString(), u"http://crl3.digicert.com:80"_s);
    QCOMPARE(crl.value(u"scheme"_s).toString(), u"http"_s);
    QCOMPARE(crl.value(u"port"_s), QJsonValue(80));
    QCOMPARE(crl.value(u"confidence"_s).toString(), u"inferred"_s);
    QCOMPARE(crl.value(u"verdict"_s).toString(), u"fail"_s);
    QCOMPARE(stepNames(crl), QStringList({u"dns:pass"_s, u"tcp:fail"_s, u"http:not_run"_s}));
    QCOMPARE(crl.value(u"steps"_s).toArray().at(2).toObject().value(u"details"_s).toObject(),
             QJsonObject({{u"blockedBy"_s, u"tcp"_s}}));
    QCOMPARE(crl.value(u"findings"_s).toArray(),
             QJsonArray({QJsonObject{{u"code"_s, u"TCP_TIMEOUT"_s},
                                     {u"severity"_s, u"fail"_s},
                                     {u"message"_s, kTcpTimeoutMessage},
                                     {u"remediation"_s, kTcpTimeoutFix},
                                     {u"links"_s, QJsonArray{kCtx223828}}}}));

    const QJsonObject customer = targets.at(2).toObject();
    QCOMPARE(customer.value(u"host"_s).toString(), u"{customerId}.xendesktop.jp"_s);
    QCOMPARE(customer.value(u"verdict"_s).toString(), u"not_run"_s);
    QCOMPARE(customer.value(u"reason"_s).toString(), kNotRunReason);
    QCOMPARE(stepNames(customer), QStringList({u"dns:not_run"_s, u"tcp:not_run"_s, u"tls:not_run"_s,
                                               u"certificate:not_run"_s, u"http:not_run"_s}));

    const QJsonObject udp = targets.at(3).toObject();
    QCOMPARE(udp.value(u"scheme"_s).toString(), u"udp"_s);
    QCOMPARE(udp.value(u"required"_s), QJsonValue(false));
    QCOMPARE(udp.value(u"verdict"_s).toString(), u"warn"_s);
    const QJsonObject finding = udp.value(u"findings"_s).toArray().at(0).toObject();
    QCOMPARE(finding.value(u"code"_s).toString(), u"UDP_BLOCKED"_s);
    QCOMPARE(finding.value(u"severity"_s).toString(), u"warn"_s);
    QCOMPARE(finding.value(u"links"_s).toArray(), QJsonArray());
}

void JsonReportTest::proxyPasswordIsRedacted()
{
    const QByteArray json = JsonReport::render(mixedRun());
    QVERIFY(!json.contains(kSecret.toUtf8()));
    QCOMPARE(parse(json).value(u"settings"_s).toObject().value(u"proxy"_s).toString(),
             u"http://alice@proxy.corp.example:8080"_s);
}

void JsonReportTest::clockSkew()
{
    RunResult run = mixedRun();
    QCOMPARE(parse(JsonReport::render(run)).value(u"environment"_s).toObject().value(u"clockSkewSeconds"_s),
             QJsonValue(QJsonValue::Null));
    run.environment.clockSkewSeconds = -12.5;
    const QByteArray json = JsonReport::render(run);
    QCOMPARE(parse(json).value(u"environment"_s).toObject().value(u"clockSkewSeconds"_s), QJsonValue(-12.5));
    const QString errors = cctest::ReportSchema::validate(json);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
}

void JsonReportTest::customerIdGiven()
{
    // The fixture's Customer ID host is the unexpanded template; with an ID given, RunPlan
    // expands it, and that is the target a report then describes.
    const Catalog catalog = cctest::testCatalog(
        {cctest::testService(u"daas"_s)},
        {cctest::testEntry(u"daas-connector-xendesktop"_s, {u"daas"_s}, u"https://*.xendesktop.jp"_s,
                           {u"{customerId}.xendesktop.jp"_s})});
    RunSettings settings;
    settings.customerId = u"acme42"_s;
    const RunPlan plan = RunPlan::build(catalog, settings);
    QCOMPARE(plan.targets.size(), 1);
    QCOMPARE(plan.targets.first().host, u"acme42.xendesktop.jp"_s);
    QVERIFY(!plan.targets.first().needsCustomerId);

    RunResult run = mixedRun();
    run.settings.customerId = settings.customerId;
    const auto customer = std::find_if(run.targets.begin(), run.targets.end(), [](const TargetResult& t) {
        return t.target.host.contains(u"{customerId}"_s);
    });
    QVERIFY(customer != run.targets.end());
    customer->target = plan.targets.first();
    const QJsonObject report = parse(JsonReport::render(run));
    const QJsonObject reportedSettings = report.value(u"settings"_s).toObject();
    QCOMPARE(reportedSettings.value(u"customerIdGiven"_s), QJsonValue(true));
    // The settings say only that an ID was given, never which.
    QVERIFY(!QJsonDocument(reportedSettings).toJson().contains("acme42"));
    // But the expanded host names it: the ID is in every report that lists targets. Masking it
    // for reports that leave the site is --redact's job (issue 10, defect 5).
    bool expandedHostReported = false;
    for (const QJsonValue& target : report.value(u"targets"_s).toArray())
        expandedHostReported |= target.toObject().value(u"host"_s).toString() == u"acme42.xendesktop.jp"_s;
    QVERIFY(expandedHostReported);
}

void JsonReportTest::schemaRejectsBrokenReports_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");

    const QJsonObject report = parse(JsonReport::render(mixedRun()));
    QJsonObject noSummary = report;
    noSummary.remove(u"summary"_s);
    QTest::newRow("no summary") << QJsonDocument(noSummary).toJson() << u"'summary' is a required property"_s;

    QJsonObject badVerdict = report;
    QJsonArray targets = badVerdict.value(u"targets"_s).toArray();
    QJsonObject first = targets.at(0).toObject();
    first.insert(u"verdict"_s, u"passed"_s);
    targets.replace(0, first);
    badVerdict.insert(u"targets"_s, targets);
    QTest::newRow("unknown verdict") << QJsonDocument(badVerdict).toJson() << u"$.targets[0].verdict"_s;

    QJsonObject localTime = report;
    localTime.insert(u"startedAt"_s, u"2026-11-25T15:00:00+09:00"_s);
    QTest::newRow("timestamp not in UTC") << QJsonDocument(localTime).toJson() << u"$.startedAt"_s;

    QJsonObject version2 = report;
    version2.insert(u"schemaVersion"_s, 2);
    QTest::newRow("schemaVersion 2") << QJsonDocument(version2).toJson() << u"$.schemaVersion"_s;
}

void JsonReportTest::schemaRejectsBrokenReports()
{
    // The validation above cannot pass vacuously: the same validator refuses broken reports.
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const QString errors = cctest::ReportSchema::validate(json);
    QVERIFY2(errors.contains(problem), qPrintable(u"expected \""_s + problem + u"\", got: "_s + errors));
}

void JsonReportTest::textReportNamesProblems()
{
    const QString text = TextReport::render(mixedRun());

    QVERIFY2(
        text.startsWith(u"CloudCheck 0.1.0 - Citrix Cloud Japan catalog 2026.11.0 (2026-11-25)\n"
                        u"Profile: connector   Proxy: http://alice@proxy.corp.example:8080   Timeout: 5000 ms"
                        u"   Started: 2026-11-25T06:00:00Z\n"_s),
        qPrintable(text));
    QVERIFY(!text.contains(kSecret));

    // Each target once, under the first service that needs it; failures with code, Fix and links.
    const QStringList expectedBlocks{
        // The run-level summary comes first: most severe first, each with its fix.
        u"\nWhat to fix first:\n  1. TCP_TIMEOUT Port blocked (packets dropped): "_s + kTcpTimeoutMessage +
            u"\n     Fix: "_s + kTcpTimeoutFix +
            u" (usually owned by the network team)\n  2. UDP_BLOCKED UDP 443 blocked (EDT): "_s +
            kUdpMessage + u"\n     Fix: "_s + kUdpFix + u" (usually owned by the network team)\n"_s,
        u"\n== Common addresses: PASSED (1 passed, 0 warnings, 0 failed, 0 not checked)\n"
        u"  [PASSED] https://citrix.citrixcloud.jp:443  Required, 321 ms\n"
        u"      Also needed by: Citrix DaaS\n"
        u"      Path: Direct: no proxy is set on this machine\n"
        u"      Evidence: documented pattern, representative host chosen by CloudCheck\n"_s,
        u"\n== Certificate validation: FAILED (0 passed, 0 warnings, 1 failed, 0 not checked)\n"
        u"  [FAILED] http://crl3.digicert.com:80  Required, 5003 ms\n"
        u"      Path: Direct: no proxy is set on this machine\n"
        u"      Evidence: pattern inferred by CloudCheck, representative host chosen by CloudCheck\n"
        u"      TCP_TIMEOUT Port blocked (packets dropped): "_s +
            kTcpTimeoutMessage + u"\n        Fix: "_s + kTcpTimeoutFix + u"\n        See: "_s + kCtx223828 +
            u"\n"_s,
        u"\n== Citrix Gateway service: WARNING (0 passed, 1 warnings, 0 failed, 0 not checked)\n"
        u"  [WARNING] udp://global.g.nssvc.net:443  Recommended, 5010 ms\n"
        u"      Path: Direct: no proxy is set on this machine\n"
        u"      Evidence: pattern inferred by CloudCheck, representative host chosen by CloudCheck\n"
        u"      UDP_BLOCKED UDP 443 blocked (EDT): "_s +
            kUdpMessage + u"\n        Fix: "_s + kUdpFix + u"\n"_s,
        u"\n== Citrix DaaS: WARNING (1 passed, 0 warnings, 0 failed, 1 not checked)\n"
        u"  [NOT CHECKED] https://{customerId}.xendesktop.jp:443  Required\n"
        u"      Path: Direct: no proxy is set on this machine\n"
        u"      Evidence: documented pattern, representative host chosen by CloudCheck\n"
        u"      "_s +
            kNotRunReason + u"\n"_s,
    };
    qsizetype from = 0;
    for (const QString& block : expectedBlocks) {
        const qsizetype at = text.indexOf(block, from);
        QVERIFY2(at >= 0, qPrintable(u"missing or out of order:\n"_s + block + u"\nin:\n"_s + text));
        from = at + block.size();
    }
    QCOMPARE(text.count(u"https://citrix.citrixcloud.jp:443"_s), 1);
    QCOMPARE(text.count(u"Fix: "_s), 4); // twice in the summary, twice under the targets
    QVERIFY2(
        text.endsWith(
            u"\nResult: FAILED - 1 passed, 1 warnings, 1 failed, 1 not checked (4 targets in 2345 ms)\n"_s),
        qPrintable(text));
    QVERIFY(!text.contains(u"\x1b["_s)); // no colour unless asked
}

void JsonReportTest::textReportPassedRun()
{
    RunResult run = baseRun();
    run.services = {u"common"_s};
    run.targets = {passedConsole()};
    run.targets[0].target.services = {u"common"_s};
    const QString text = TextReport::render(run);
    QVERIFY2(text.contains(u"\n== Common addresses: PASSED (1 passed, 0 warnings, 0 failed, 0 not checked)\n"
                           u"  [PASSED] https://citrix.citrixcloud.jp:443  Required, 321 ms\n"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"\nResult: PASSED - 1 passed, 0 warnings, 0 failed, 0 not checked"_s),
             qPrintable(text));
    QVERIFY(!text.contains(u"FAILED"_s));
    QVERIFY(!text.contains(u"Fix:"_s));

    // Problems only: the passed target disappears, the verdict stays.
    const QString brief = TextReport::render(run, TextReport::Options{false, false});
    QVERIFY(!brief.contains(u"[PASSED]"_s));
    QVERIFY(brief.contains(u"Result: PASSED"_s));
}

void JsonReportTest::allowlistText()
{
    const QString text =
        QString::fromUtf8(AllowlistWriter::render(allowlistRun(), AllowlistWriter::Format::Text));
    const QString expected =
        u"# Addresses to allow outbound for Citrix Cloud Japan (catalog 2026.11.0, 2026-11-25).\n"
        u"# Allow the wildcard domains themselves: single hosts break region failover.\n"
        u"# Exclude them from SSL decryption (CTX221535).\n"
        u"https://citrix.citrixcloud.jp\tTCP/443\trequired\tpass\n"
        u"https://*.citrixcloud.jp\tTCP/443\trequired\tpass\n"
        u"http://*.digicert.com\tTCP/80\trequired\tfail\n"
        u"https://*.xendesktop.jp\tTCP/443\trequired\tnot_run\n"
        u"udp://*.nssvc.net\tUDP/443\trecommended\twarn\n"
        u"https://*.nssvc.net\tTCP/443\trequired\tpass\n"
        u"https://*.nssvc.net\tTCP/8443\trequired\tpass\n"
        u"=HYPERLINK(\"http://evil.example\",\"x\")\tTCP/443\trecommended\tpass\n"
        u"@SUM(1+1)\tTCP/443\trecommended\tpass\n"_s;
    QCOMPARE(text, expected);
}

void JsonReportTest::allowlistCsv()
{
    const QString csv =
        QString::fromUtf8(AllowlistWriter::render(allowlistRun(), AllowlistWriter::Format::Csv));
    // One row per pattern, protocol and port: crl3 and crl4 share "http://*.digicert.com" (the worse
    // verdict wins); "https://*.nssvc.net" on 443 and 8443 are two rows. Every text field is quoted,
    // quotes are doubled, and a leading = + - @ is neutralised with an apostrophe.
    const QString expected =
        u"pattern,protocol,port,level,status,services\r\n"
        u"\"https://citrix.citrixcloud.jp\",\"TCP\",443,\"required\",\"pass\",\"common daas\"\r\n"
        u"\"https://*.citrixcloud.jp\",\"TCP\",443,\"required\",\"pass\",\"common daas\"\r\n"
        u"\"http://*.digicert.com\",\"TCP\",80,\"required\",\"fail\",\"certificates\"\r\n"
        u"\"https://*.xendesktop.jp\",\"TCP\",443,\"required\",\"not_run\",\"daas\"\r\n"
        u"\"udp://*.nssvc.net\",\"UDP\",443,\"recommended\",\"warn\",\"gateway\"\r\n"
        u"\"https://*.nssvc.net\",\"TCP\",443,\"required\",\"pass\",\"gateway\"\r\n"
        u"\"https://*.nssvc.net\",\"TCP\",8443,\"required\",\"pass\",\"gateway\"\r\n"
        u"\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\"TCP\",443,\"recommended\","
        u"\"pass\",\"daas\"\r\n"
        u"\"'@SUM(1+1)\",\"TCP\",443,\"recommended\",\"pass\",\"daas\"\r\n"_s;
    QCOMPARE(csv, expected);
}

void JsonReportTest::allowlistPac()
{
    RunResult run = allowlistRun();
    run.targets.removeLast(); // the hostile patterns have their own test
    const QString pac = QString::fromUtf8(AllowlistWriter::render(run, AllowlistWriter::Format::Pac));
    // Hosts of the TCP patterns, once each; UDP has no place in a PAC file.
    const QString expected = u"// CloudCheck: Citrix Cloud Japan addresses (catalog 2026.11.0). Replace\n"
                             u"// \"PROXY proxy.example:8080\" with your site's default rule.\n"
                             u"function FindProxyForURL(url, host) {\n"
                             u"    if (shExpMatch(host, \"citrix.citrixcloud.jp\")) return \"DIRECT\";\n"
                             u"    if (shExpMatch(host, \"*.citrixcloud.jp\")) return \"DIRECT\";\n"
                             u"    if (shExpMatch(host, \"*.digicert.com\")) return \"DIRECT\";\n"
                             u"    if (shExpMatch(host, \"*.xendesktop.jp\")) return \"DIRECT\";\n"
                             u"    if (shExpMatch(host, \"*.nssvc.net\")) return \"DIRECT\";\n"
                             u"    return \"PROXY proxy.example:8080\";\n"
                             u"}\n"_s;
    QCOMPARE(pac, expected);
}

void JsonReportTest::allowlistPacSurvivesHostilePatterns()
{
    // Patterns come from an editable catalog. Whatever they hold, each rule stays one line with
    // one closed JavaScript string: no quote, backslash or line break gets inside it.
    RunResult run = baseRun();
    TargetResult hostile;
    hostile.target = target(u"https"_s, Scheme::Https, u"a.example"_s, 443,
                            {u"https://a.example\"); alert(1); (\""_s, u"https://b.example\\"_s,
                             u"https://c.example\n}\nfunction x() {"_s},
                            {u"x"_s}, {u"daas"_s}, true, Confidence::Inferred);
    run.targets = {hostile};
    const QString pac = QString::fromUtf8(AllowlistWriter::render(run, AllowlistWriter::Format::Pac));
    const QStringList lines = pac.split(u'\n');
    const qsizetype open = lines.indexOf(u"function FindProxyForURL(url, host) {"_s);
    QVERIFY2(open >= 0, qPrintable(pac));
    static const QRegularExpression rule(
        u"^    if \\(shExpMatch\\(host, \"[^\"\\\\\\r\\n]*\"\\)\\) return \"DIRECT\";$"_s);
    QCOMPARE(lines.mid(open + 1).size(), 3 + 3); // three rules, the default, "}", and the final ""
    for (qsizetype i = open + 1; i < open + 4; ++i)
        QVERIFY2(rule.match(lines.at(i)).hasMatch(), qPrintable(u"broken rule: "_s + lines.at(i)));
    QCOMPARE(lines.at(open + 4), u"    return \"PROXY proxy.example:8080\";"_s);
    QCOMPARE(lines.at(open + 5), u"}"_s);
}

void JsonReportTest::writerRefusesMissingDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"missing/report.json"_s);
    const QString error = ReportWriter::write(mixedRun(), path);
    QVERIFY2(error.startsWith(u"cannot write \""_s + path + u"\": "_s), qPrintable(error));
    QCOMPARE(entriesOf(dir.path()), QStringList()); // nothing left behind, not even a temporary file
}

void JsonReportTest::writerReplacesExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RunResult run = mixedRun();

    const QString jsonPath = dir.filePath(u"report.json"_s);
    // The old file is longer than the new report: a replacement, not an overwrite in place.
    QVERIFY(writeFile(jsonPath, QByteArray(512 * 1024, 'x')));
    QCOMPARE(ReportWriter::write(run, jsonPath), QString());
    const QByteArray json = readAll(jsonPath);
    QVERIFY(!json.contains(QByteArray(16, 'x')));
    QCOMPARE(json, JsonReport::render(run));
    QCOMPARE(parse(json).value(u"schemaVersion"_s), QJsonValue(1));

    const QString textPath = dir.filePath(u"report.txt"_s);
    QVERIFY(writeFile(textPath, "old text report\n"));
    QCOMPARE(ReportWriter::write(run, textPath), QString());
    QCOMPARE(QString::fromUtf8(readAll(textPath)), TextReport::render(run));

    QCOMPARE(entriesOf(dir.path()), QStringList({u"report.json"_s, u"report.txt"_s}));
}

void JsonReportTest::writerKeepsOldFileOnFailure()
{
    // A write that fails half-way (here: the file size limit) must leave the previous report whole
    // and no temporary file behind. RLIMIT_FSIZE holds for root too, unlike permissions.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"report.json"_s);
    const QByteArray previous = "{\"previous\": true}\n";
    QVERIFY(writeFile(path, previous));

    struct rlimit saved
    {
    };
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = saved;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const QString error = ReportWriter::writeBytes(QByteArray(256 * 1024, 'y'), path);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);

    QVERIFY2(error.startsWith(u"cannot write \""_s + path + u"\": "_s), qPrintable(error));
    QCOMPARE(readAll(path), previous);
    QCOMPARE(entriesOf(dir.path()), QStringList{u"report.json"_s});
}

void JsonReportTest::writerRefusesUnknownExtension()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"report.pdf"_s);
    const QString error = ReportWriter::write(mixedRun(), path);
    QVERIFY2(error.contains(u"use .json, .txt or .html"_s), qPrintable(error));
    QCOMPARE(entriesOf(dir.path()), QStringList());
}

QTEST_GUILESS_MAIN(JsonReportTest)
#include "tst_jsonreport.moc"
