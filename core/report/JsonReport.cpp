#include "JsonReport.h"

#include "diagnosis/HostDiagnosis.h"
#include "diagnosis/RunDiagnosis.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cloudcheck {

namespace {

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject countsJson(const VerdictCounts& counts)
{
    return {{QStringLiteral("pass"), counts.pass},
            {QStringLiteral("warn"), counts.warn},
            {QStringLiteral("fail"), counts.fail},
            {QStringLiteral("not_run"), counts.notRun},
            {QStringLiteral("error"), counts.error}};
}

QJsonArray findingsJson(const QList<Finding>& list)
{
    QJsonArray findings;
    for (const Finding& finding : list) {
        findings.append(QJsonObject{{QStringLiteral("code"), findingCodeName(finding.code)},
                                    {QStringLiteral("severity"), verdictName(finding.severity)},
                                    {QStringLiteral("message"), finding.message},
                                    {QStringLiteral("remediation"), finding.remediation},
                                    {QStringLiteral("links"), QJsonArray::fromStringList(finding.links)}});
    }
    return findings;
}

QJsonObject hostJson(const HostResult& host)
{
    QJsonArray checks;
    for (const HostCheck& check : host.checks) {
        checks.append(QJsonObject{{QStringLiteral("id"), check.id},
                                  {QStringLiteral("label"), HostDiagnosis::checkLabel(check.id)},
                                  {QStringLiteral("verdict"), verdictName(check.verdict)},
                                  {QStringLiteral("details"), check.details},
                                  {QStringLiteral("reason"), check.reason},
                                  {QStringLiteral("findings"), findingsJson(check.findings)}});
    }
    QJsonObject json{{QStringLiteral("verdict"), verdictName(host.verdict)},
                     {QStringLiteral("source"), hostSourceName(host.source)},
                     {QStringLiteral("role"), host.role},
                     {QStringLiteral("reason"), host.reason},
                     {QStringLiteral("checks"), checks}};
    if (host.source == HostResult::Source::Fake)
        json.insert(QStringLiteral("fakeFile"), host.fakePath);
    return json;
}

QJsonObject targetJson(const TargetResult& result)
{
    const Target& target = result.target;
    QJsonArray steps;
    for (const StepResult& step : result.steps) {
        steps.append(QJsonObject{{QStringLiteral("step"), stepName(step.step)},
                                 {QStringLiteral("verdict"), verdictName(step.verdict)},
                                 {QStringLiteral("durationMs"), step.durationMs},
                                 {QStringLiteral("details"), step.details}});
    }
    const QJsonArray findings = findingsJson(result.findings);
    QJsonObject json{{QStringLiteral("id"), target.id},
                     {QStringLiteral("host"), target.host},
                     {QStringLiteral("port"), target.port},
                     {QStringLiteral("scheme"), schemeName(target.scheme)},
                     {QStringLiteral("pattern"), target.patterns.value(0)},
                     {QStringLiteral("patterns"), QJsonArray::fromStringList(target.patterns)},
                     {QStringLiteral("entries"), QJsonArray::fromStringList(target.entryIds)},
                     {QStringLiteral("services"), QJsonArray::fromStringList(target.services)},
                     {QStringLiteral("required"), target.required},
                     {QStringLiteral("confidence"), confidenceName(target.confidence)},
                     {QStringLiteral("route"), result.route.toJson()},
                     {QStringLiteral("hostConfidence"), confidenceName(target.hostConfidence)},
                     {QStringLiteral("verdict"), verdictName(result.verdict)},
                     {QStringLiteral("durationMs"), result.durationMs},
                     {QStringLiteral("reason"), result.reason},
                     {QStringLiteral("steps"), steps},
                     {QStringLiteral("findings"), findings}};
    if (const auto& alternate = result.alternate) {
        QStringList codes;
        for (const Finding& finding : alternate->findings)
            codes << findingCodeName(finding.code);
        json.insert(QStringLiteral("alternatePath"),
                    QJsonObject{{QStringLiteral("purpose"),
                                 alternate->purpose == AlternatePath::Purpose::PacForConnector
                                     ? QStringLiteral("pac_for_connector")
                                     : QStringLiteral("compare_direct")},
                                {QStringLiteral("route"), alternate->route.toJson()},
                                {QStringLiteral("verdict"), verdictName(alternate->verdict)},
                                {QStringLiteral("findings"), QJsonArray::fromStringList(codes)},
                                {QStringLiteral("note"), alternate->note}});
    }
    if (const auto& held = result.heldTunnel) {
        QJsonObject tunnel{
            {QStringLiteral("outcome"), held->kind == HeldTunnel::Kind::Held  ? QStringLiteral("held")
                                        : held->kind == HeldTunnel::Kind::Cut ? QStringLiteral("cut")
                                                                              : QStringLiteral("failed")},
            {QStringLiteral("requestedSeconds"), held->requestedSeconds},
            {QStringLiteral("heldMs"), held->heldMs}};
        if (!held->proxy.isEmpty())
            tunnel.insert(QStringLiteral("proxy"), held->proxy);
        if (!held->error.isEmpty())
            tunnel.insert(QStringLiteral("error"), held->error);
        json.insert(QStringLiteral("heldTunnel"), tunnel);
    }
    return json;
}

} // namespace

QJsonObject JsonReport::toJson(const RunResult& run)
{
    const RunSummary summary = run.summary();
    QJsonObject byService;
    for (auto it = summary.byService.cbegin(); it != summary.byService.cend(); ++it) {
        byService.insert(it.key(), QJsonObject{{QStringLiteral("verdict"), verdictName(it->verdict)},
                                               {QStringLiteral("counts"), countsJson(it->counts)}});
    }
    QJsonArray targets;
    for (const TargetResult& target : run.targets)
        targets.append(targetJson(target));
    QJsonArray topProblems;
    for (const RunInsight& insight : RunDiagnosis::insights(run)) {
        QJsonObject problem{{QStringLiteral("code"), findingCodeName(insight.code)},
                            {QStringLiteral("severity"), verdictName(insight.severity)},
                            {QStringLiteral("message"), insight.message},
                            {QStringLiteral("remediation"), insight.remediation},
                            {QStringLiteral("links"), QJsonArray::fromStringList(insight.links)},
                            {QStringLiteral("targets"), QJsonArray::fromStringList(insight.targetIds)}};
        // A problem of this machine's settings names host.checks[].id instead of targets.
        if (!insight.hostCheckIds.isEmpty())
            problem.insert(QStringLiteral("hostChecks"), QJsonArray::fromStringList(insight.hostCheckIds));
        topProblems.append(problem);
    }

    const RunSettings& settings = run.settings;
    return {
        {QStringLiteral("schemaVersion"), kSchemaVersion},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("CloudCheck")},
                                             {QStringLiteral("version"), run.toolVersion}}},
        {QStringLiteral("catalog"), QJsonObject{{QStringLiteral("name"), run.catalog.name},
                                                {QStringLiteral("version"), run.catalog.version},
                                                {QStringLiteral("date"), run.catalog.date},
                                                {QStringLiteral("source"), run.catalog.source}}},
        {QStringLiteral("startedAt"), isoUtc(run.startedAt)},
        {QStringLiteral("finishedAt"), isoUtc(run.finishedAt)},
        {QStringLiteral("durationMs"), qMax<qint64>(0, run.durationMs())},
        {QStringLiteral("cancelled"), run.cancelled},
        {QStringLiteral("settings"),
         QJsonObject{{QStringLiteral("services"), QJsonArray::fromStringList(run.services)},
                     {QStringLiteral("customerIdGiven"), !settings.customerId.isEmpty()},
                     {QStringLiteral("profile"), profileName(settings.profile)},
                     {QStringLiteral("proxy"), settings.proxy.display()},
                     {QStringLiteral("timeoutMs"), settings.timeoutMs},
                     {QStringLiteral("concurrency"), settings.concurrency},
                     {QStringLiteral("language"), languageCode(settings.language)}}},
        {QStringLiteral("environment"),
         QJsonObject{{QStringLiteral("hostname"), run.environment.hostname},
                     {QStringLiteral("os"), run.environment.os},
                     {QStringLiteral("systemProxy"), run.environment.systemProxy},
                     {QStringLiteral("clockSkewSeconds"), run.environment.clockSkewSeconds
                                                              ? QJsonValue(*run.environment.clockSkewSeconds)
                                                              : QJsonValue(QJsonValue::Null)}}},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("verdict"), verdictName(summary.verdict)},
                                                {QStringLiteral("counts"), countsJson(summary.counts)},
                                                {QStringLiteral("host"), verdictName(summary.host)},
                                                {QStringLiteral("byService"), byService},
                                                {QStringLiteral("topProblems"), topProblems}}},
        {QStringLiteral("host"), hostJson(run.host)},
        {QStringLiteral("targets"), targets},
    };
}

QByteArray JsonReport::render(const RunResult& run)
{
    return QJsonDocument(toJson(run)).toJson(QJsonDocument::Indented);
}

} // namespace cloudcheck
