#include "HtmlReport.h"

#include "EvidenceText.h"
#include "FindingHtml.h"
#include "HostHtml.h"
#include "ReportWords.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/RunDiagnosis.h"
#include "result/StepFacts.h"
#include "support/UntrustedText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace cloudcheck {

namespace {

// Untrusted text (network, certificates, proxies, catalog files) made visible, then escaped.
QString esc(const QString& text)
{
    return FindingHtml::escape(UntrustedText::forDisplay(text, 4096));
}

const char* verdictClass(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return "pass";
    case Verdict::Warn:
        return "warn";
    case Verdict::Fail:
        return "fail";
    case Verdict::NotRun:
        return "notrun";
    case Verdict::Error:
        return "error";
    }
    return "notrun";
}

// Small inline icons: a shape per verdict as well as a colour, so the meaning survives
// black-and-white printing and colour blindness.
QString icon(Verdict verdict)
{
    QString shape;
    switch (verdict) {
    case Verdict::Pass:
        shape = QStringLiteral("<circle cx=\"8\" cy=\"8\" r=\"7\"/><path d=\"M4.5 8.5l2.3 2.3 4.7-5\" "
                               "fill=\"none\" stroke=\"#fff\" stroke-width=\"2\"/>");
        break;
    case Verdict::Warn:
        shape = QStringLiteral("<path d=\"M8 1l7 13H1z\"/><path d=\"M8 6v4M8 11.5v1\" stroke=\"#fff\" "
                               "stroke-width=\"1.8\"/>");
        break;
    case Verdict::Fail:
    case Verdict::Error:
        shape = QStringLiteral("<circle cx=\"8\" cy=\"8\" r=\"7\"/><path d=\"M5 5l6 6M11 5l-6 6\" "
                               "stroke=\"#fff\" stroke-width=\"2\"/>");
        break;
    case Verdict::NotRun:
        shape = QStringLiteral("<circle cx=\"8\" cy=\"8\" r=\"6\" fill=\"none\" stroke-width=\"2\" "
                               "stroke=\"currentColor\"/><path d=\"M5 8h6\" stroke=\"currentColor\" "
                               "stroke-width=\"2\"/>");
        break;
    }
    return QStringLiteral("<svg class=\"icon %1\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\" "
                          "width=\"16\" height=\"16\" aria-hidden=\"true\">%2</svg>")
        .arg(QLatin1String(verdictClass(verdict)), shape);
}

QString badge(Verdict verdict)
{
    return QStringLiteral("<span class=\"badge %1\">%2%3</span>")
        .arg(QLatin1String(verdictClass(verdict)), icon(verdict),
             FindingHtml::escape(ReportWords::verdictLabel(verdict)));
}

QString w(const QString& ownWords)
{
    return FindingHtml::escape(ownWords);
}

const char* kStyle = R"CSS(
:root { color-scheme: light dark; --fg: #202124; --bg: #ffffff; --muted: #5f6368; --line: #dadce0;
  --pass: #1e7e34; --warn: #a05a00; --fail: #c5221f; --notrun: #5f6368; --box: #f8f9fa;
  --passbg: #e6f4ea; --warnbg: #fef7e0; --failbg: #fce8e6; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8eaed; --bg: #202124; --muted: #9aa0a6; --line: #3c4043; --pass: #81c995;
    --warn: #fdd663; --fail: #f28b82; --notrun: #9aa0a6; --box: #292a2d;
    --passbg: #1e3a28; --warnbg: #3d3314; --failbg: #46201e; }
}
body { font-family: "Segoe UI", "Yu Gothic UI", "Meiryo", "Noto Sans CJK JP", "Noto Sans", sans-serif;
  color: var(--fg); background: var(--bg); margin: 0 auto; max-width: 60em; padding: 1.5em;
  line-height: 1.5; font-size: 14px; }
h1 { font-size: 1.6em; margin: 0 0 .3em; }
h2 { font-size: 1.3em; border-bottom: 2px solid var(--line); padding-bottom: .2em; margin-top: 1.6em; }
h3 { font-size: 1.05em; margin: 1em 0 .3em; }
table { border-collapse: collapse; width: 100%; margin: .4em 0; }
th, td { text-align: left; vertical-align: top; padding: .25em .5em; border-bottom: 1px solid var(--line); }
th[scope=row] { width: 12em; color: var(--muted); font-weight: normal; }
td.num { text-align: right; white-space: nowrap; }
code { font-family: "Consolas", "Noto Sans Mono CJK JP", monospace; font-size: .92em; overflow-wrap: anywhere; }
a { color: inherit; }
.muted { color: var(--muted); }
.icon { vertical-align: -3px; margin-right: .3em; }
.icon.pass { fill: var(--pass); color: var(--pass); } .icon.warn { fill: var(--warn); color: var(--warn); }
.icon.fail, .icon.error { fill: var(--fail); color: var(--fail); } .icon.notrun { fill: none; color: var(--notrun); }
.badge { font-weight: bold; white-space: nowrap; }
.badge.pass { color: var(--pass); } .badge.warn { color: var(--warn); }
.badge.fail, .badge.error { color: var(--fail); } .badge.notrun { color: var(--notrun); }
.banner { border: 2px solid var(--line); border-radius: 6px; padding: .8em 1em; margin: 1em 0; }
.banner.pass { background: var(--passbg); border-color: var(--pass); }
.banner.warn, .banner.notrun { background: var(--warnbg); border-color: var(--warn); }
.banner.fail, .banner.error { background: var(--failbg); border-color: var(--fail); }
.banner .headline { font-size: 1.3em; font-weight: bold; }
.problem, .address { border: 1px solid var(--line); border-radius: 6px; padding: .6em .9em; margin: .7em 0;
  background: var(--box); }
.problem h3, .address h3 { margin-top: 0; }
.fix { border-left: 4px solid var(--pass); padding-left: .6em; }
.label { font-weight: bold; }
ol.problems { padding-left: 0; list-style: none; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; background: #fff; color: #000; }
  section.major { break-before: page; }
  section.first { break-before: avoid; }
  .problem, .address, tr, .banner, table.chain { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  a { text-decoration: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: .8em; overflow-wrap: anywhere; }
}
)CSS";

QString addressOf(const TargetResult& result)
{
    QString text = result.target.host + u':' + QString::number(result.target.port);
    if (result.target.scheme == Scheme::Http)
        text += QStringLiteral(" (HTTP)");
    else if (result.target.scheme == Scheme::Udp)
        text += QStringLiteral(" (UDP)");
    return text;
}

} // namespace

QString HtmlReport::defaultFileName(const RunResult& run)
{
    QString machine = run.environment.hostname;
    machine.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    machine = machine.left(63);
    if (machine.isEmpty() || machine.startsWith(u'.'))
        machine.prepend(QStringLiteral("machine"));
    const QDateTime when =
        run.startedAt.isValid() ? run.startedAt.toLocalTime() : QDateTime::currentDateTime();
    return QStringLiteral("cloudcheck-%1-%2.html")
        .arg(machine, when.toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

QByteArray HtmlReport::render(const RunResult& run)
{
    const Language language = run.settings.language;
    const QLocale locale(language == Language::Japanese ? QLocale::Japanese : QLocale::English,
                         language == Language::Japanese ? QLocale::Japan : QLocale::UnitedStates);
    const RunSummary summary = run.summary();
    const QList<RunInsight> insights = RunDiagnosis::insights(run);
    QHash<QString, const TargetResult*> byId;
    for (const TargetResult& target : run.targets)
        byId.insert(target.target.id, &target);

    QString h;
    h.reserve(4096 + int(run.targets.size()) * 2048);
    h += QStringLiteral(
             "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\" xml:lang=\"%1\">\n")
             .arg(languageCode(language));
    h += QStringLiteral("<head>\n<meta charset=\"utf-8\"/>\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                        "<meta name=\"color-scheme\" content=\"light dark\"/>\n"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'; img-src data:\"/>\n");
    h += QStringLiteral("<title>%1</title>\n")
             .arg(esc(tr("CloudCheck report: %1, %2")
                          .arg(run.environment.hostname,
                               locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat))));
    h += QStringLiteral("<style>") + QLatin1String(kStyle) + QStringLiteral("</style>\n</head>\n<body>\n");

    // --- header -----------------------------------------------------------------------------
    h += QStringLiteral("<header>\n<h1>%1</h1>\n<p class=\"muted\">%2</p>\n")
             .arg(w(tr("Citrix Cloud Japan connectivity report")),
                  w(tr("Can this machine reach every address Citrix Cloud Japan needs, and if not, what must "
                       "change?")));
    const auto row = [](const QString& label, const QString& valueHtml) {
        return QStringLiteral("<tr><th scope=\"row\">%1</th><td>%2</td></tr>\n").arg(w(label), valueHtml);
    };
    h += QStringLiteral("<table class=\"facts\">\n");
    h += row(tr("Machine"), QStringLiteral("<code>%1</code>").arg(esc(run.environment.hostname)));
    h += row(tr("Operating system"), esc(run.environment.os));
    h += row(tr("Checked as"), w(ReportWords::profileLabel(run.settings.profile)));
    h += row(tr("Proxy"), esc(ReportWords::proxyMode(run.settings.proxy, run.environment.systemProxy)));
    h += row(tr("Started"),
             w(tr("%1 (UTC %2)")
                   .arg(locale.toString(run.startedAt.toLocalTime(), QLocale::LongFormat),
                        run.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))));
    h += row(tr("Duration"), w(ReportWords::milliseconds(run.durationMs())));
    h += row(tr("Tool"), w(QStringLiteral("CloudCheck %1").arg(run.toolVersion)));
    h += row(tr("Catalog"),
             esc(tr("%1 %2 (%3)").arg(run.catalog.name, run.catalog.version, run.catalog.date)));
    h += QStringLiteral("</table>\n</header>\n");

    // --- verdict and services -----------------------------------------------------------------
    h += QStringLiteral("<section class=\"first\" id=\"verdict\">\n<div class=\"banner %1\">\n"
                        "<div class=\"headline\">%2%3</div>\n<p>%4</p>\n<p>%5</p>\n</div>\n")
             .arg(QLatin1String(verdictClass(summary.verdict)), icon(summary.verdict),
                  w(ReportWords::runHeadline(summary)),
                  w((run.cancelled ? ReportWords::cancelledSentence() + u' ' : QString()) +
                    ReportWords::runSentence(summary)),
                  w(tr("%1 addresses: %2 passed, %3 with warnings, %4 failed, %5 not checked")
                        .arg(run.targets.size())
                        .arg(summary.counts.pass)
                        .arg(summary.counts.warn)
                        .arg(summary.counts.fail + summary.counts.error)
                        .arg(summary.counts.notRun)));
    h += QStringLiteral("<h2>%1</h2>\n<table class=\"services\">\n<thead><tr><th>%2</th><th>%3</th>"
                        "<th class=\"num\">%4</th><th class=\"num\">%5</th><th class=\"num\">%6</th>"
                        "<th class=\"num\">%7</th></tr></thead>\n<tbody>\n")
             .arg(w(tr("Results by service")), w(tr("Service")), w(tr("Result")),
                  w(ReportWords::verdictLabel(Verdict::Pass)), w(ReportWords::verdictLabel(Verdict::Warn)),
                  w(ReportWords::verdictLabel(Verdict::Fail)), w(ReportWords::verdictLabel(Verdict::NotRun)));
    for (const QString& service : run.services) {
        const RunSummary::ServiceSummary s = summary.byService.value(service);
        if (s.counts.total() == 0)
            continue;
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td><td class=\"num\">%4</td>"
                            "<td class=\"num\">%5</td><td class=\"num\">%6</td></tr>\n")
                 .arg(esc(run.catalog.serviceName(service, language)), badge(s.verdict))
                 .arg(s.counts.pass)
                 .arg(s.counts.warn)
                 .arg(s.counts.fail + s.counts.error)
                 .arg(s.counts.notRun);
    }
    h += QStringLiteral("</tbody>\n</table>\n</section>\n");

    // --- what to fix first ---------------------------------------------------------------------
    h += QStringLiteral("<section id=\"fix-first\">\n<h2>%1</h2>\n").arg(w(tr("What to fix first")));
    if (insights.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n").arg(w(tr("No problems found.")));
    } else {
        h += QStringLiteral("<ol class=\"problems\">\n");
        int number = 0;
        for (const RunInsight& insight : insights) {
            QStringList addresses;
            for (const QString& id : insight.targetIds) {
                const TargetResult* target = byId.value(id);
                addresses << (target ? addressOf(*target) : id);
            }
            h += QStringLiteral("<li class=\"problem\">\n<h3>%1. %2 %3 <code>%4</code></h3>\n<p>%5</p>\n")
                     .arg(QString::number(++number), badge(insight.severity),
                          w(ReportWords::findingTitle(insight.code)), w(findingCodeName(insight.code)),
                          esc(insight.message));
            h += QStringLiteral("<p class=\"fix\"><span class=\"label\">%1</span> %2</p>\n")
                     .arg(w(tr("Fix:")), esc(insight.remediation));
            h += QStringLiteral("<p><span class=\"label\">%1</span> %2</p>\n")
                     .arg(w(tr("Usually owned by:")), w(ReportWords::findingOwner(insight.code)));
            if (!addresses.isEmpty())
                h += QStringLiteral("<p><span class=\"label\">%1</span> <code>%2</code></p>\n")
                         .arg(w(tr("Affected addresses:")), esc(ReportWords::list(addresses)));
            if (!insight.links.isEmpty())
                h += QStringLiteral("<p><span class=\"label\">%1</span> %2</p>\n")
                         .arg(w(tr("Read more:")), FindingHtml::links(insight.links, language));
            h += QStringLiteral("</li>\n");
        }
        h += QStringLiteral("</ol>\n");
    }
    h += QStringLiteral("</section>\n");

    // --- this machine ---------------------------------------------------------------------------
    h += QStringLiteral("<section id=\"host\">\n") + HostHtml::render(run.host, language, 2) +
         QStringLiteral("</section>\n");

    // --- every address -------------------------------------------------------------------------
    h += QStringLiteral("<section class=\"major\" id=\"addresses\">\n<h2>%1</h2>\n")
             .arg(w(tr("Every address")));
    QList<const TargetResult*> passed;
    for (const TargetResult& result : run.targets) {
        if (result.verdict == Verdict::Pass) {
            passed << &result;
            continue;
        }
        QStringList services;
        for (const QString& service : result.target.services)
            services << run.catalog.serviceName(service, language);
        h += QStringLiteral("<div class=\"address\" id=\"t%1\">\n<h3>%2 <code>%3</code></h3>\n")
                 .arg(QString::number(&result - run.targets.constData()), badge(result.verdict),
                      esc(addressOf(result)));
        h += QStringLiteral("<table class=\"facts\">\n");
        h += row(tr("Needed by"), esc(ReportWords::list(services)) + QStringLiteral(" (") +
                                      w(ReportWords::required(result.target.required)) + u')');
        if (!result.target.patterns.isEmpty())
            h += row(tr("Documented as"),
                     QStringLiteral("<code>%1</code>").arg(esc(ReportWords::list(result.target.patterns))));
        h += row(tr("Path"), esc(Diagnosis::describeRoute(result.route)));
        if (result.alternate && !result.alternate->note.isEmpty())
            h += row(tr("Other path"), esc(result.alternate->note));
        h += row(tr("Evidence"),
                 w(EvidenceText::describe(result.target.confidence, result.target.hostConfidence)));
        if (!result.reason.isEmpty())
            h += row(tr("Note"), esc(result.reason));
        h += QStringLiteral("</table>\n");
        for (const Finding& finding : result.findings) {
            h += QStringLiteral("<div class=\"finding\">\n<p>%1 <b>%2</b> <code>%3</code><br/>%4</p>\n")
                     .arg(badge(finding.severity), w(ReportWords::findingTitle(finding.code)),
                          w(findingCodeName(finding.code)), esc(finding.message));
            h += QStringLiteral("<p class=\"fix\"><span class=\"label\">%1</span> %2 <span "
                                "class=\"muted\">(%3)</span></p>\n")
                     .arg(w(tr("Fix:")), esc(finding.remediation),
                          w(tr("usually owned by %1").arg(ReportWords::findingOwner(finding.code))));
            if (!finding.links.isEmpty())
                h += QStringLiteral("<p><span class=\"label\">%1</span> %2</p>\n")
                         .arg(w(tr("Read more:")), FindingHtml::links(finding.links, language));
            h += QStringLiteral("</div>\n");
        }
        if (!result.steps.isEmpty()) {
            h += QStringLiteral(
                     "<table class=\"steps\">\n<thead><tr><th>%1</th><th>%2</th><th class=\"num\">%3</th>"
                     "<th>%4</th></tr></thead>\n<tbody>\n")
                     .arg(w(tr("Step")), w(tr("Result")), w(tr("Time")), w(tr("What was observed")));
            for (const StepResult& step : result.steps) {
                h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"num\">%3</td><td>%4</td></tr>\n")
                         .arg(w(ReportWords::stepLabel(step.step)), badge(step.verdict),
                              step.verdict == Verdict::NotRun ? QString()
                                                              : w(ReportWords::milliseconds(step.durationMs)),
                              esc(ReportWords::stepFacts(step)));
            }
            h += QStringLiteral("</tbody>\n</table>\n");
        }
        h += QStringLiteral("</div>\n");
    }
    if (!passed.isEmpty()) {
        h += QStringLiteral(
                 "<h3>%1</h3>\n<table class=\"passed\">\n<thead><tr><th>%2</th><th>%3</th><th>%4</th>"
                 "<th class=\"num\">%5</th></tr></thead>\n<tbody>\n")
                 .arg(w(tr("Addresses that passed")), w(tr("Address")), w(tr("Needed by")), w(tr("Path")),
                      w(tr("Time")));
        for (const TargetResult* result : std::as_const(passed)) {
            QStringList services;
            for (const QString& service : result->target.services)
                services << run.catalog.serviceName(service, language);
            h += QStringLiteral(
                     "<tr><td>%1<code>%2</code></td><td>%3</td><td>%4</td><td class=\"num\">%5</td></tr>\n")
                     .arg(icon(Verdict::Pass), esc(addressOf(*result)), esc(ReportWords::list(services)),
                          esc(Diagnosis::describeRoute(result->route)),
                          w(ReportWords::milliseconds(result->durationMs)));
        }
        h += QStringLiteral("</tbody>\n</table>\n");
    }
    h += QStringLiteral("</section>\n");

    // --- certificate chains ----------------------------------------------------------------------
    // One entry per distinct chain (by its certificates' fingerprints), listing every address that
    // presented it: a re-signing proxy shows up as one chain over many addresses.
    QList<QPair<QJsonArray, QStringList>> chains;
    QHash<QString, qsizetype> chainIndex;
    for (const TargetResult& result : run.targets) {
        const StepResult* certificate = result.step(StepKind::Certificate);
        const StepResult* tls = result.step(StepKind::Tls);
        if (!certificate || certificate->verdict == Verdict::NotRun || !tls)
            continue;
        const QJsonArray chain = tls->details.value(fact::kChain).toArray();
        if (chain.isEmpty())
            continue;
        QString key;
        for (const QJsonValue& item : chain)
            key += item.toObject().value(QStringLiteral("sha256")).toString() + u'/';
        if (!chainIndex.contains(key)) {
            chainIndex.insert(key, chains.size());
            chains.append({chain, {}});
        }
        chains[chainIndex.value(key)].second << addressOf(result);
    }
    if (!chains.isEmpty()) {
        h += QStringLiteral("<section class=\"major\" id=\"chains\">\n<h2>%1</h2>\n")
                 .arg(w(tr("Certificate chains")));
        for (const auto& [chain, addresses] : std::as_const(chains)) {
            h += QStringLiteral(
                     "<div class=\"address\">\n<p><span class=\"label\">%1</span> <code>%2</code></p>\n")
                     .arg(w(tr("Presented to:")), esc(ReportWords::list(addresses)));
            h += FindingHtml::chain(chain);
            h += QStringLiteral("</div>\n");
        }
        h += QStringLiteral("</section>\n");
    }

    // --- how to read ---------------------------------------------------------------------------
    h += QStringLiteral("<section class=\"major\" id=\"how-to-read\">\n<h2>%1</h2>\n<ul>\n")
             .arg(w(tr("How to read this report")));
    for (const QString& line :
         {tr("Each address was checked step by step from this machine: DNS lookup, the proxy when one is "
             "used, TCP "
             "connection, TLS handshake, certificate and HTTP request. A step after a failed one is not "
             "checked."),
          tr("Passed: the step or address works. Warning: it works, but something should be fixed, or it is "
             "only "
             "recommended. Failed: it does not work and the services that need it will not work fully. Not "
             "checked: the check could not run; this is never counted as passed."),
          tr("Path says whether the address was reached directly or through a proxy, and which setting "
             "decided."),
          tr("Evidence says whether Citrix documents the address or CloudCheck chose a representative host "
             "for a "
             "documented wildcard."),
          tr("Each problem has a fix and the team that usually owns it. Send this report to that team: it "
             "needs "
             "no tool to read.")})
        h += QStringLiteral("<li>%1</li>\n").arg(w(line));
    h += QStringLiteral("</ul>\n<p>%1 %2</p>\n")
             .arg(w(tr("Catalog source:")),
                  esc(tr("%1, version %2, dated %3")
                          .arg(run.catalog.name, run.catalog.version, run.catalog.date)));
    if (!run.catalog.source.isEmpty())
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(FindingHtml::link(UntrustedText::forDisplay(run.catalog.source, 512), language));
    h += QStringLiteral("</section>\n</body>\n</html>\n");
    return h.toUtf8();
}

} // namespace cloudcheck
