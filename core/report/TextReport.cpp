#include "TextReport.h"

#include "DocLinks.h"
#include "EvidenceText.h"
#include "ReportWords.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/HostDiagnosis.h"
#include "diagnosis/RunDiagnosis.h"
#include "support/UntrustedText.h"

namespace cloudcheck {

namespace {

QString paint(const QString& text, Verdict verdict, bool color)
{
    if (!color)
        return text;
    const char* code = verdict == Verdict::Pass                                ? "32"
                       : verdict == Verdict::Warn                              ? "33"
                       : verdict == Verdict::Fail || verdict == Verdict::Error ? "31"
                                                                               : "90";
    return QStringLiteral("\x1b[") + QLatin1String(code) + u'm' + text + QStringLiteral("\x1b[0m");
}

// Everything in a text report that did not come from this program's own words (catalog names,
// hosts, and findings that quote certificates and headers) is shown through UntrustedText, so a
// terminal prints it and never obeys it. Facts are already escaped where they are read; this is
// the second, idempotent pass that keeps the report safe whatever a future fact carries.
QString safeText(const QString& text)
{
    return UntrustedText::forDisplay(text, 4096);
}

QString localizedLinks(const QStringList& links, Language language)
{
    QStringList shown;
    for (const QString& link : links)
        shown << DocLinks::localize(link, language);
    return shown.join(u' ');
}

QString countsLine(const VerdictCounts& counts)
{
    return TextReport::tr("%1 passed, %2 warnings, %3 failed, %4 not checked")
        .arg(counts.pass)
        .arg(counts.warn)
        .arg(counts.fail + counts.error)
        .arg(counts.notRun);
}

} // namespace

// One finding under an address or a host check: code, title and message, then the fix and links.
QString TextReport::findingLines(const Finding& finding, Language language, const Options& options)
{
    QString out = QStringLiteral("      ") +
                  paint(findingCodeName(finding.code), finding.severity, options.color) + u' ' +
                  ReportWords::findingTitle(finding.code) + QStringLiteral(": ") + safeText(finding.message) +
                  u'\n';
    out += QStringLiteral("        ") + tr("Fix: %1").arg(safeText(finding.remediation)) + u'\n';
    if (!finding.links.isEmpty())
        out += QStringLiteral("        ") +
               tr("See: %1").arg(safeText(localizedLinks(finding.links, language))) + u'\n';
    return out;
}

QString TextReport::hostSection(const HostResult& host, Language language, const Options& options)
{
    QString out = u'\n' +
                  paint(QStringLiteral("== %1: %2")
                            .arg(HostDiagnosis::groupLabel(), ReportWords::verdictTag(host.verdict)),
                        host.verdict, options.color) +
                  u'\n';
    if (!host.ran()) {
        out += QStringLiteral("  ") + safeText(host.reason) + u'\n';
        return out;
    }
    out += QStringLiteral("  ") + tr("Read from: %1").arg(safeText(HostDiagnosis::sourceText(host))) + u'\n';
    int passed = 0;
    for (const HostCheck& check : host.checks) {
        if (check.verdict == Verdict::Pass && !options.passedDetails) {
            ++passed;
            continue;
        }
        out += QStringLiteral("  ") +
               paint(u'[' + ReportWords::verdictTag(check.verdict) + u']', check.verdict, options.color) +
               u' ' + HostDiagnosis::checkLabel(check.id) + u'\n';
        if (!check.reason.isEmpty())
            out += QStringLiteral("      ") + safeText(check.reason) + u'\n';
        for (const Finding& finding : check.findings)
            out += findingLines(finding, language, options);
    }
    if (passed > 0)
        out += QStringLiteral("  ") + tr("%n other host check(s) passed.", nullptr, passed) + u'\n';
    return out;
}

QString TextReport::progressLine(const TargetResult& result, int done, int total)
{
    QString line = QStringLiteral("[%1/%2] %3 %4")
                       .arg(done)
                       .arg(total)
                       .arg(ReportWords::verdictTag(result.verdict), safeText(result.target.id));
    if (!result.findings.isEmpty())
        line += QStringLiteral(" (") + findingCodeName(result.findings.first().code) + u')';
    else if (result.verdict == Verdict::Pass)
        line += QStringLiteral(" %1 ms").arg(result.durationMs);
    return line;
}

QString TextReport::render(const RunResult& run, const Options& options)
{
    const Language language = run.settings.language;
    const RunSummary summary = run.summary();
    QString out;
    out += tr("CloudCheck %1 - %2 catalog %3 (%4)\n")
               .arg(run.toolVersion, safeText(run.catalog.name), safeText(run.catalog.version),
                    safeText(run.catalog.date));
    out += tr("Profile: %1   Proxy: %2   Timeout: %3 ms   Started: %4\n")
               .arg(profileName(run.settings.profile), safeText(run.settings.proxy.display()))
               .arg(run.settings.timeoutMs)
               .arg(run.startedAt.toUTC().toString(Qt::ISODate));
    if (run.cancelled)
        out += paint(tr("The run was cancelled; unfinished checks are marked NOT CHECKED.\n"), Verdict::Warn,
                     options.color);

    // The fixes first: a busy engineer reads the top of the report and may stop there.
    const QList<RunInsight> insights = RunDiagnosis::insights(run);
    if (!insights.isEmpty()) {
        out += u'\n' + tr("What to fix first:") + u'\n';
        int number = 0;
        for (const RunInsight& insight : insights) {
            out += QStringLiteral("  %1. ").arg(++number) +
                   paint(findingCodeName(insight.code), insight.severity, options.color) + u' ' +
                   ReportWords::findingTitle(insight.code) + QStringLiteral(": ") +
                   safeText(insight.message) + u'\n';
            out += QStringLiteral("     ") + tr("Fix: %1").arg(safeText(insight.remediation)) + u' ' +
                   tr("(usually owned by %1)").arg(ReportWords::findingOwner(insight.code)) + u'\n';
        }
    }

    out += hostSection(run.host, language, options);

    QStringList shown;
    for (const QString& service : run.services) {
        const RunSummary::ServiceSummary serviceSummary = summary.byService.value(service);
        out += u'\n' +
               paint(QStringLiteral("== %1: %2")
                         .arg(safeText(run.catalog.serviceName(service, language)),
                              ReportWords::verdictTag(serviceSummary.verdict)),
                     serviceSummary.verdict, options.color) +
               QStringLiteral(" (") + countsLine(serviceSummary.counts) + QStringLiteral(")\n");
        for (const TargetResult& result : run.targets) {
            if (!result.target.services.contains(service) || shown.contains(result.target.id))
                continue;
            if (!options.passedDetails && result.verdict == Verdict::Pass)
                continue;
            shown << result.target.id;
            out +=
                QStringLiteral("  ") +
                paint(u'[' + ReportWords::verdictTag(result.verdict) + u']', result.verdict, options.color) +
                u' ' + safeText(result.target.id);
            const QString level = ReportWords::required(result.target.required);
            out += QStringLiteral("  ") +
                   (result.verdict == Verdict::NotRun
                        ? level
                        : ReportWords::list({level, ReportWords::milliseconds(result.durationMs)}));
            out += u'\n';
            QStringList others;
            for (const QString& other : result.target.services) {
                if (other != service)
                    others << safeText(run.catalog.serviceName(other, language));
            }
            if (!others.isEmpty())
                out += QStringLiteral("      ") + tr("Also needed by: %1").arg(ReportWords::list(others)) +
                       u'\n';
            out +=
                QStringLiteral("      ") + tr("Path: %1").arg(Diagnosis::describeRoute(result.route)) + u'\n';
            if (const auto& held = result.heldTunnel) {
                const QString seconds = QString::number(double(held->heldMs) / 1000.0, 'f', 1);
                const QString line =
                    held->kind == HeldTunnel::Kind::Held
                        ? tr("held open through %1 for %2 s, as asked").arg(held->proxy, seconds)
                    : held->kind == HeldTunnel::Kind::Cut ? tr("cut by %1 after %2 s of %3 s")
                                                                .arg(held->proxy, seconds)
                                                                .arg(held->requestedSeconds)
                                                          : tr("not held: %1").arg(held->error);
                out += QStringLiteral("      ") + tr("Tunnel: %1").arg(line) + u'\n';
            }
            if (result.alternate && !result.alternate->note.isEmpty())
                out += QStringLiteral("      ") + tr("Other path: %1").arg(result.alternate->note) + u'\n';
            out += QStringLiteral("      ") +
                   tr("Evidence: %1")
                       .arg(EvidenceText::describe(result.target.confidence, result.target.hostConfidence)) +
                   u'\n';
            if (!result.reason.isEmpty())
                out += QStringLiteral("      ") + safeText(result.reason) + u'\n';
            for (const Finding& finding : result.findings)
                out += findingLines(finding, language, options);
        }
    }
    out += u'\n' +
           paint(tr("Result: %1").arg(ReportWords::verdictTag(summary.verdict)), summary.verdict,
                 options.color) +
           QStringLiteral(" - ") + countsLine(summary.counts) +
           tr(" (%1 targets in %2 ms)").arg(run.targets.size()).arg(run.durationMs()) + u'\n';
    return out;
}

} // namespace cloudcheck
