#include "HostHtml.h"

#include "FindingHtml.h"
#include "ReportWords.h"
#include "diagnosis/HostDiagnosis.h"
#include "support/UntrustedText.h"

namespace cloudcheck {

namespace {

QString esc(const QString& text)
{
    return FindingHtml::escape(UntrustedText::forDisplay(text, 4096));
}

QString sourceLine(const HostResult& host)
{
    return QStringLiteral("<p class=\"muted\">%1</p>\n")
        .arg(esc(HostHtml::tr("Read from %1. These are this machine's own settings, not addresses.")
                     .arg(HostDiagnosis::sourceText(host))));
}

QString findingHtml(const Finding& finding, Language language)
{
    QString html = QStringLiteral("<div class=\"finding\">\n<p>%1 <b>%2</b> <code>%3</code><br/>%4</p>\n")
                       .arg(FindingHtml::verdictBadge(finding.severity),
                            FindingHtml::escape(ReportWords::findingTitle(finding.code)),
                            FindingHtml::escape(findingCodeName(finding.code)), esc(finding.message));
    html += QStringLiteral("<p class=\"fix\"><span class=\"label\">%1</span> %2</p>\n")
                .arg(FindingHtml::escape(HostHtml::tr("Fix:")), esc(finding.remediation));
    if (!finding.links.isEmpty())
        html += QStringLiteral("<p><span class=\"label\">%1</span> %2</p>\n")
                    .arg(FindingHtml::escape(HostHtml::tr("Read more:")),
                         FindingHtml::links(finding.links, language));
    html += QStringLiteral("</div>\n");
    return html;
}

} // namespace

QString HostHtml::readText(const HostCheck& check)
{
    QStringList read;
    for (auto it = check.details.begin(); it != check.details.end(); ++it) {
        const QString value = it.value().toString();
        if (!value.isEmpty())
            read << it.key() + QStringLiteral(" = ") + value;
    }
    return read.join(QStringLiteral("; "));
}

QString HostHtml::render(const HostResult& host, Language language, int headingLevel)
{
    const QString h = QString::number(headingLevel);
    QString html = QStringLiteral("<h%1>%2 %3</h%1>\n")
                       .arg(h, FindingHtml::escape(HostDiagnosis::groupLabel()),
                            FindingHtml::verdictBadge(host.verdict));
    if (!host.ran()) {
        html += QStringLiteral("<p>%1</p>\n").arg(esc(host.reason));
        return html;
    }
    html += sourceLine(host);
    html +=
        QStringLiteral("<table class=\"steps\">\n<thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead>\n"
                       "<tbody>\n")
            .arg(FindingHtml::escape(tr("Check")), FindingHtml::escape(tr("Result")),
                 FindingHtml::escape(tr("What was read")));
    for (const HostCheck& check : host.checks) {
        QString cell = esc(readText(check));
        if (!check.reason.isEmpty())
            cell = esc(check.reason) + QStringLiteral("<br/>") + cell;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                    .arg(FindingHtml::escape(HostDiagnosis::checkLabel(check.id)),
                         FindingHtml::verdictBadge(check.verdict), cell);
    }
    html += QStringLiteral("</tbody>\n</table>\n");
    for (const HostCheck& check : host.checks) {
        for (const Finding& finding : check.findings)
            html += findingHtml(finding, language);
    }
    return html;
}

QString HostHtml::renderCheck(const HostResult& host, const HostCheck& check, Language language)
{
    QString html = QStringLiteral("<h3>%1 %2</h3>\n")
                       .arg(FindingHtml::verdictBadge(check.verdict),
                            FindingHtml::escape(HostDiagnosis::checkLabel(check.id)));
    html += sourceLine(host);
    if (!check.reason.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(check.reason));
    if (!check.details.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>\n<table cellspacing=\"0\" cellpadding=\"2\">\n")
                    .arg(FindingHtml::escape(tr("What was read")));
        for (auto it = check.details.begin(); it != check.details.end(); ++it) {
            const QString value = it.value().toString();
            if (!value.isEmpty())
                html += QStringLiteral("<tr><td><code>%1</code></td><td>%2</td></tr>\n")
                            .arg(esc(it.key()), esc(value));
        }
        html += QStringLiteral("</table>\n");
    }
    for (const Finding& finding : check.findings)
        html += findingHtml(finding, language);
    return html;
}

} // namespace cloudcheck
