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

} // namespace

QString HostHtml::render(const HostResult& host, Language language, int headingLevel)
{
    const QString h = QString::number(headingLevel);
    QString html = QStringLiteral("<h%1>%2 %3</h%1>\n")
                       .arg(h, FindingHtml::escape(tr("This machine (host checks)")),
                            FindingHtml::verdictBadge(host.verdict));
    if (!host.ran()) {
        html += QStringLiteral("<p>%1</p>\n").arg(esc(host.reason));
        return html;
    }
    html += QStringLiteral("<p class=\"muted\">%1</p>\n")
                .arg(esc(tr("Read from %1. These are this machine's own settings, not addresses.")
                             .arg(HostDiagnosis::sourceText(host))));
    html +=
        QStringLiteral("<table class=\"steps\">\n<thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead>\n"
                       "<tbody>\n")
            .arg(FindingHtml::escape(tr("Check")), FindingHtml::escape(tr("Result")),
                 FindingHtml::escape(tr("What was read")));
    for (const HostCheck& check : host.checks) {
        QStringList read;
        for (auto it = check.details.begin(); it != check.details.end(); ++it) {
            const QString value = it.value().toString();
            if (!value.isEmpty())
                read << it.key() + QStringLiteral(" = ") + value;
        }
        QString cell = esc(read.join(QStringLiteral("; ")));
        if (!check.reason.isEmpty())
            cell = esc(check.reason) + QStringLiteral("<br/>") + cell;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                    .arg(FindingHtml::escape(HostDiagnosis::checkLabel(check.id)),
                         FindingHtml::verdictBadge(check.verdict), cell);
    }
    html += QStringLiteral("</tbody>\n</table>\n");
    for (const HostCheck& check : host.checks) {
        for (const Finding& finding : check.findings) {
            html += QStringLiteral("<div class=\"finding\">\n<p>%1 <b>%2</b> <code>%3</code><br/>%4</p>\n")
                        .arg(FindingHtml::verdictBadge(finding.severity),
                             FindingHtml::escape(ReportWords::findingTitle(finding.code)),
                             FindingHtml::escape(findingCodeName(finding.code)), esc(finding.message));
            html += QStringLiteral("<p class=\"fix\"><span class=\"label\">%1</span> %2</p>\n")
                        .arg(FindingHtml::escape(tr("Fix:")), esc(finding.remediation));
            if (!finding.links.isEmpty())
                html += QStringLiteral("<p><span class=\"label\">%1</span> %2</p>\n")
                            .arg(FindingHtml::escape(tr("Read more:")),
                                 FindingHtml::links(finding.links, language));
            html += QStringLiteral("</div>\n");
        }
    }
    return html;
}

} // namespace cloudcheck
