#include "DetailsView.h"

#include "StatusIcons.h"
#include "diagnosis/Diagnosis.h"
#include "report/EvidenceText.h"
#include "report/FindingHtml.h"
#include "report/HostHtml.h"
#include "report/ReportWords.h"
#include "result/StepFacts.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cloudcheck {

namespace {

QString esc(const QString& text)
{
    return FindingHtml::escape(text);
}

QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? DetailsView::tr("yes") : DetailsView::tr("no");
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& item : value.toArray()) {
            if (item.isObject()) {
                const QJsonObject object = item.toObject();
                if (object.contains(QStringLiteral("outcome"))) {
                    parts << DetailsView::tr("%1: %2 (%3)")
                                 .arg(object.value(fact::kAddress).toString(),
                                      ReportWords::outcome(object.value(fact::kOutcome).toString()),
                                      ReportWords::milliseconds(object.value(fact::kDurationMs).toInteger()));
                } else if (object.contains(QStringLiteral("text"))) {
                    parts << object.value(QStringLiteral("text")).toString();
                } else {
                    parts << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
                }
            } else {
                parts << valueText(item);
            }
        }
        return ReportWords::list(parts);
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

DetailsView::DetailsView(QWidget* parent) : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setOpenLinks(true);
    showPlaceholder();
}

void DetailsView::showPlaceholder()
{
    setHtml(
        QStringLiteral("<p style=\"color:#5f6368\">%1</p>")
            .arg(esc(tr("Select a service, an address or a step to see what was found and what to do."))));
}

void DetailsView::showService(const Service& service, Language language)
{
    setHtml(QStringLiteral("<h3>%1</h3><p>%2</p><p style=\"color:#5f6368\">%3</p>")
                .arg(esc(service.name.text(language)), esc(service.description.text(language)),
                     esc(tr("Select an address to see its checks, findings and fixes."))));
}

void DetailsView::showTarget(const TargetResult& result, bool finished, const StepResult* focus,
                             const CatalogInfo& catalog, Language language)
{
    setHtml(targetHtml(result, finished, focus, catalog, language));
}

void DetailsView::showHost(const HostResult& host, const HostCheck* check, Language language)
{
    setHtml(check ? HostHtml::renderCheck(host, *check, language) : HostHtml::render(host, language, 3));
}

QString DetailsView::targetHtml(const TargetResult& result, bool finished, const StepResult* focus,
                                const CatalogInfo& catalog, Language language)
{
    const Target& target = result.target;
    QString html;
    html += QStringLiteral("<h3>%1 %2:%3</h3>")
                .arg(finished ? FindingHtml::verdictBadge(result.verdict) : esc(StatusIcons::runningLabel()),
                     esc(target.host), QString::number(target.port));

    QStringList services;
    for (const QString& service : target.services)
        services << catalog.serviceName(service, language);
    html += QStringLiteral("<p>%1 &middot; %2 &middot; %3</p>")
                .arg(esc(schemeName(target.scheme).toUpper()), esc(ReportWords::required(target.required)),
                     esc(tr("Needed by: %1").arg(ReportWords::list(services))));
    QStringList purposes;
    for (const LocalizedText& purpose : target.purposes) {
        if (!purposes.contains(purpose.text(language)))
            purposes << purpose.text(language);
    }
    if (!purposes.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(purposes.join(QStringLiteral("; "))));
    if (!target.patterns.isEmpty()) {
        html += QStringLiteral("<p>%1 <code>%2</code></p>")
                    .arg(esc(tr("Documented as:")), esc(ReportWords::list(target.patterns)));
    }
    // Which part Citrix documents and which part is CloudCheck's choice, so nobody opens a port
    // on the strength of a guess.
    html +=
        QStringLiteral("<p>%1 %2</p>")
            .arg(esc(tr("Evidence:")), esc(EvidenceText::describe(target.confidence, target.hostConfidence)));
    // The path this address took: whoever reads a failure must know whether a proxy was in it.
    html += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Path:")), esc(Diagnosis::describeRoute(result.route)));
    if (result.alternate && !result.alternate->note.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Other path:")), esc(result.alternate->note));
    if (!result.reason.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(result.reason));

    if (focus) {
        html += QStringLiteral("<h4>%1 &middot; %2</h4>")
                    .arg(esc(ReportWords::stepLabel(focus->step)), FindingHtml::verdictBadge(focus->verdict));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
        if (focus->verdict != Verdict::NotRun) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(esc(tr("Time")), esc(ReportWords::milliseconds(focus->durationMs)));
        }
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(tr("Observed")), esc(ReportWords::stepFacts(*focus)));
        // Below the worded summary, the facts themselves, named as the JSON report names them, so an
        // engineer can match what the wizard shows with what a script reads.
        if (!focus->details.isEmpty()) {
            html += QStringLiteral("<tr><td colspan=\"2\"><i>%1</i></td></tr>")
                        .arg(esc(tr("Recorded facts, named as in the JSON report:")));
        }
        for (auto it = focus->details.constBegin(); it != focus->details.constEnd(); ++it) {
            if (it.key() == u"chain")
                continue;
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(esc(it.key()), esc(it.key() == fact::kError || it.key() == fact::kOutcome
                                                    ? ReportWords::outcome(it.value().toString())
                                                    : valueText(it.value())));
        }
        html += QStringLiteral("</table>");
    }

    if (!result.findings.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("What was found and what to do")));
        for (const Finding& finding : result.findings) {
            html += QStringLiteral("<p>%1 <b>%2</b> <code>%3</code><br>%4</p>")
                        .arg(FindingHtml::verdictBadge(finding.severity),
                             esc(ReportWords::findingTitle(finding.code)), esc(findingCodeName(finding.code)),
                             esc(finding.message));
            html += QStringLiteral("<p style=\"margin-left:12px\"><b>%1</b> %2</p>")
                        .arg(esc(tr("Fix:")), esc(finding.remediation));
            if (!finding.links.isEmpty()) {
                html += QStringLiteral("<p style=\"margin-left:12px\">%1 %2</p>")
                            .arg(esc(tr("Read more:")), FindingHtml::links(finding.links, language));
            }
        }
    } else if (finished && result.verdict == Verdict::Pass) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Reachable: every check passed.")));
    }

    if (!focus && !result.steps.isEmpty()) {
        html +=
            QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"2\">").arg(esc(tr("Steps")));
        for (const StepResult& step : result.steps) {
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td>%4</td></tr>")
                    .arg(esc(ReportWords::stepLabel(step.step)), FindingHtml::verdictBadge(step.verdict),
                         step.verdict == Verdict::NotRun ? QString()
                                                         : esc(ReportWords::milliseconds(step.durationMs)),
                         esc(ReportWords::stepFacts(step)));
        }
        html += QStringLiteral("</table>");
    }

    // The chain is the evidence for certificate findings (who re-signed the traffic), so it is
    // shown with the TLS and certificate steps and with the address as a whole.
    const bool chainStep = !focus || focus->step == StepKind::Tls || focus->step == StepKind::Certificate;
    if (const StepResult* tls = result.step(StepKind::Tls); tls && chainStep) {
        const QJsonArray chain = tls->details.value(QStringLiteral("chain")).toArray();
        if (!chain.isEmpty())
            html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Certificate chain as received"))) +
                    FindingHtml::chain(chain);
    }
    return html;
}

} // namespace cloudcheck
