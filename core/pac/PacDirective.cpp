#include "PacDirective.h"

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace cloudcheck {

namespace {

// "host:port", "host", "[v6]:port" or "[v6]". nullopt when it is none of these (a bare IPv6
// address is ambiguous: the last group could be the port).
std::optional<std::pair<QString, quint16>> splitAddress(const QString& address)
{
    QString host = address;
    QString port;
    if (address.startsWith(u'[')) {
        const qsizetype close = address.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        host = address.mid(1, close - 1);
        const QString rest = address.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return std::nullopt;
            port = rest.mid(1);
        }
        if (!host.contains(u':'))
            return std::nullopt;
    } else {
        const qsizetype colons = address.count(u':');
        if (colons > 1)
            return std::nullopt;
        if (colons == 1) {
            const qsizetype colon = address.indexOf(u':');
            host = address.left(colon);
            port = address.mid(colon + 1);
        }
    }
    if (host.isEmpty())
        return std::nullopt;
    if (port.isNull())
        return std::pair{host, PacDirective::kDefaultProxyPort};
    bool ok = false;
    const uint number = port.toUInt(&ok);
    if (!ok || number == 0 || number > 65535)
        return std::nullopt;
    return std::pair{host, quint16(number)};
}

} // namespace

PacDirective PacDirective::parse(const QString& returned)
{
    PacDirective directive;
    const QStringList parts = returned.split(u';');
    for (const QString& part : parts) {
        const QString text = part.simplified();
        if (text.isEmpty())
            continue; // "PROXY a:1;" and "PROXY a:1;; DIRECT" are common and harmless
        const qsizetype space = text.indexOf(u' ');
        const QString keyword = (space < 0 ? text : text.left(space)).toUpper();
        const QString argument = space < 0 ? QString() : text.mid(space + 1);

        Entry entry;
        entry.text = text;
        if (keyword == u"DIRECT") {
            entry.kind = Kind::Direct;
        } else if ((keyword == u"PROXY" || keyword == u"HTTP") && !argument.contains(u' ')) {
            if (const auto address = splitAddress(argument)) {
                entry.kind = Kind::Proxy;
                entry.host = address->first;
                entry.port = address->second;
            } else {
                entry.kind = Kind::Unsupported;
                entry.keyword = keyword;
            }
        } else {
            entry.kind = Kind::Unsupported;
            entry.keyword = keyword;
        }
        directive.m_entries.append(entry);
    }
    // Firefox (and the PAC convention since Netscape) reads an empty answer as DIRECT; so does
    // CloudCheck, so a script that returns "" for internal names is not reported as broken.
    if (directive.m_entries.isEmpty())
        directive.m_entries.append(Entry{Kind::Direct, {}, 0, {}, {}});
    return directive;
}

bool PacDirective::hasUsableEntry() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry& entry) { return entry.kind != Kind::Unsupported; });
}

} // namespace cloudcheck
