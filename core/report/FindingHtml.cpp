#include "FindingHtml.h"

#include "DocLinks.h"
#include "ReportWords.h"
#include "support/UntrustedText.h"

#include <QJsonObject>
#include <QUrl>

namespace cloudcheck {

namespace {

QString verdictColor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QStringLiteral("#1e7e34");
    case Verdict::Warn:
        return QStringLiteral("#a05a00");
    case Verdict::Fail:
    case Verdict::Error:
        return QStringLiteral("#c5221f");
    case Verdict::NotRun:
        return QStringLiteral("#5f6368");
    }
    return {};
}

} // namespace

QString FindingHtml::escape(const QString& text)
{
    QString out = text.toHtmlEscaped();
    // toHtmlEscaped leaves the apostrophe; attributes here are double-quoted, but escaping it too
    // keeps every fragment safe wherever it lands.
    out.replace(u'\'', QStringLiteral("&#39;"));
    return out;
}

QString FindingHtml::verdictBadge(Verdict verdict)
{
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
        .arg(verdictColor(verdict), escape(ReportWords::verdictLabel(verdict)));
}

QString FindingHtml::link(const QString& link, Language language)
{
    const QString target = DocLinks::localize(link, language);
    const QUrl url(target, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return escape(link);
    QString label = target;
    // A support article is best known by its number (CTX221535).
    if (const QString last = url.path().section(u'/', -1); last.startsWith(QStringLiteral("CTX")))
        label = last;
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(escape(url.toString(QUrl::FullyEncoded)), escape(label));
}

QString FindingHtml::links(const QStringList& links, Language language)
{
    QStringList anchors;
    for (const QString& each : links)
        anchors << link(each, language);
    return anchors.join(QStringLiteral(" \u00b7 "));
}

QString FindingHtml::chain(const QJsonArray& chain)
{
    QString html;
    int position = 0;
    for (const QJsonValue& item : chain) {
        const QJsonObject certificate = item.toObject();
        const auto row = [&](const QString& label, const QString& value) {
            return QStringLiteral("<tr><th scope=\"row\">%1</th><td><code>%2</code></td></tr>")
                .arg(escape(label), escape(UntrustedText::forDisplay(value)));
        };
        html += QStringLiteral("<p><b>%1</b></p><table class=\"chain\" cellspacing=\"0\" cellpadding=\"2\">")
                    .arg(escape(position == 0 ? tr("Server certificate")
                                              : tr("Issuer certificate %1").arg(position)));
        html += row(tr("Subject"), certificate.value(QStringLiteral("subject")).toString());
        html += row(tr("Issuer"), certificate.value(QStringLiteral("issuer")).toString());
        QStringList names;
        for (const QJsonValue& name : certificate.value(QStringLiteral("subjectAltNames")).toArray())
            names << name.toString();
        if (!names.isEmpty())
            html += row(tr("Alternative names"), names.join(QStringLiteral(" ")));
        html += row(tr("Valid from"), certificate.value(QStringLiteral("notBefore")).toString());
        html += row(tr("Valid until"), certificate.value(QStringLiteral("notAfter")).toString());
        html += row(tr("SHA-256"), certificate.value(QStringLiteral("sha256")).toString());
        html += QStringLiteral("</table>");
        ++position;
    }
    return html;
}

} // namespace cloudcheck
