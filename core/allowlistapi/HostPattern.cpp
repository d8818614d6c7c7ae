#include "HostPattern.h"

#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace cloudcheck {

namespace {

// Spellings of the Customer ID placeholder: Citrix's API (`CUSTOMER_ID`), its documentation
// (`[customerid]`, `<CUSTOMER_ID>`) and the catalog (`{customerId}`).
const QStringList kPlaceholders{u"customer_id"_s,  u"<customer_id>"_s, u"[customerid]"_s,
                                u"{customerid}"_s, u"<customerid>"_s,  u"[customer_id]"_s};
const QString kTemplate = u"{customerid}"_s;

bool isLabel(const QString& label)
{
    if (label == u"*" || label == kTemplate)
        return true;
    if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
        return false;
    for (const QChar c : label) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

} // namespace

HostPattern::HostPattern(QString text) : m_text(std::move(text))
{
    // A `*` label is one or more labels; everything else is literal.
    QStringList parts;
    for (const QString& label : m_text.split(u'.'))
        parts << (label == u"*" ? u"[^.]+(?:\\.[^.]+)*"_s : QRegularExpression::escape(label));
    m_matcher.setPattern(QRegularExpression::anchoredPattern(parts.join(u"\\."_s)));
}

std::optional<HostPattern> HostPattern::parse(QString text, const QString& customerId)
{
    text = text.trimmed().toLower();
    if (text.isEmpty() || text.size() > 253 + 16 || text.contains(u' '))
        return std::nullopt;
    if (text.contains(u"://"_s)) {
        // A URL stands for its host; the catalog's placeholder is not a valid URL host, so it is
        // cut out by hand before QUrl sees it.
        const qsizetype start = text.indexOf(u"://"_s) + 3;
        qsizetype end = text.size();
        for (const QChar stop : {u'/', u':', u'?', u'#'}) {
            const qsizetype at = text.indexOf(stop, start);
            if (at >= 0 && at < end)
                end = at;
        }
        const QString path = text.mid(end);
        // A link to a page (documentation, a download) is not an address to allow.
        if (!path.isEmpty() && !path.startsWith(u':') && path != u"/" && path != u"/*")
            return std::nullopt;
        text = text.mid(start, end - start);
    } else if (text.endsWith(u'/')) {
        text.chop(1);
    }
    if (text.endsWith(u'.'))
        text.chop(1);
    QStringList labels = text.split(u'.');
    if (labels.size() < 2)
        return std::nullopt;
    for (QString& label : labels) {
        if (kPlaceholders.contains(label) || (!customerId.isEmpty() && label == customerId.toLower()))
            label = kTemplate;
        if (!isLabel(label))
            return std::nullopt;
    }
    // The last label is a top-level domain: letters only, so "10.0.0.1" is no host name.
    const QString& tld = labels.constLast();
    if (tld == u"*" || tld == kTemplate ||
        std::any_of(tld.begin(), tld.end(), [](QChar c) { return !c.isLetter(); }))
        return std::nullopt;
    return HostPattern(labels.join(u'.'));
}

bool HostPattern::isCoveredBy(const HostPattern& wider) const
{
    return m_text == wider.m_text || (wider.isWildcard() && wider.m_matcher.match(m_text).hasMatch());
}

} // namespace cloudcheck
