#include "FindingHtml.h"

#include "StatusIcons.h"

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

QString FindingHtml::verdictBadge(Verdict verdict)
{
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
        .arg(verdictColor(verdict), StatusIcons::verdictLabel(verdict).toHtmlEscaped());
}

QString FindingHtml::link(const QString& link)
{
    const QUrl url(link, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return link.toHtmlEscaped();
    QString label = link;
    // A support article is best known by its number (CTX221535).
    if (const QString last = url.path().section(u'/', -1); last.startsWith(QStringLiteral("CTX")))
        label = last;
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), label.toHtmlEscaped());
}

QString FindingHtml::links(const QStringList& links)
{
    QStringList anchors;
    for (const QString& each : links)
        anchors << link(each);
    return anchors.join(QStringLiteral(" &middot; "));
}

} // namespace cloudcheck
