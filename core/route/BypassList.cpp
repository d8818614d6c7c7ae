#include "BypassList.h"

namespace cloudcheck {

namespace {

QString normalizedName(QString name)
{
    name = name.trimmed().toLower();
    while (name.endsWith(u'.'))
        name.chop(1);
    return name;
}

// "host", "host:port", "[v6]:port", "v6" (several colons means a bare IPv6 literal).
std::pair<QString, std::optional<quint16>> splitPort(const QString& entry)
{
    if (entry.startsWith(u'[')) {
        const qsizetype close = entry.indexOf(u']');
        if (close < 0)
            return {entry, std::nullopt};
        const QString host = entry.mid(1, close - 1);
        if (entry.mid(close + 1).startsWith(u':')) {
            bool ok = false;
            const uint port = entry.mid(close + 2).toUInt(&ok);
            if (ok && port > 0 && port <= 65535)
                return {host, quint16(port)};
        }
        return {host, std::nullopt};
    }
    if (entry.count(u':') == 1) {
        bool ok = false;
        const uint port = entry.section(u':', 1).toUInt(&ok);
        if (ok && port > 0 && port <= 65535)
            return {entry.section(u':', 0, 0), quint16(port)};
    }
    return {entry, std::nullopt};
}

} // namespace

BypassList BypassList::fromNoProxy(const QString& value)
{
    BypassList list;
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    for (const QString& raw : value.split(separators, Qt::SkipEmptyParts)) {
        Rule rule;
        rule.text = raw;
        if (raw == u"*") {
            rule.kind = Rule::Kind::Everything;
            list.m_rules << rule;
            continue;
        }
        auto [host, port] = splitPort(raw);
        rule.port = port;
        if (const auto subnet = QHostAddress::parseSubnet(host);
            subnet.first.protocol() != QAbstractSocket::UnknownNetworkLayerProtocol) {
            rule.kind = Rule::Kind::Subnet;
            rule.subnet = subnet;
        } else if (QHostAddress address(host); !address.isNull()) {
            rule.kind = Rule::Kind::Subnet;
            rule.subnet = {address, address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        } else {
            // ".corp.example" and "*.corp.example" mean the same as "corp.example", as in curl.
            QString name = normalizedName(host);
            if (name.startsWith(QStringLiteral("*.")))
                name = name.mid(2);
            while (name.startsWith(u'.'))
                name = name.mid(1);
            if (name.isEmpty())
                continue;
            rule.kind = Rule::Kind::Suffix;
            rule.name = name;
        }
        list.m_rules << rule;
    }
    return list;
}

BypassList BypassList::fromWindows(const QString& value)
{
    BypassList list;
    static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
    for (const QString& raw : value.split(separators, Qt::SkipEmptyParts)) {
        Rule rule;
        rule.text = raw;
        if (raw.compare(QStringLiteral("<local>"), Qt::CaseInsensitive) == 0) {
            rule.kind = Rule::Kind::Local;
        } else if (raw == u"*") {
            rule.kind = Rule::Kind::Everything;
        } else {
            // Windows matches the whole name against the pattern, so "corp.example" is that name only.
            QString pattern = normalizedName(raw);
            for (const QString& scheme : {QStringLiteral("http://"), QStringLiteral("https://")}) {
                if (pattern.startsWith(scheme))
                    pattern = pattern.mid(scheme.size());
            }
            rule.kind = Rule::Kind::Glob;
            rule.glob = QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                                               pattern, QRegularExpression::DefaultWildcardConversion),
                                           QRegularExpression::CaseInsensitiveOption);
        }
        list.m_rules << rule;
    }
    return list;
}

std::optional<QString> BypassList::match(const QString& host, quint16 port) const
{
    const QString name = normalizedName(host);
    const QHostAddress address(name.startsWith(u'[') ? name.mid(1, name.size() - 2) : name);
    for (const Rule& rule : m_rules) {
        if (rule.port && *rule.port != port)
            continue;
        bool matched = false;
        switch (rule.kind) {
        case Rule::Kind::Everything:
            matched = true;
            break;
        case Rule::Kind::Suffix:
            matched = name == rule.name || name.endsWith(u'.' + rule.name);
            break;
        case Rule::Kind::Subnet:
            matched = !address.isNull() && address.isInSubnet(rule.subnet);
            break;
        case Rule::Kind::Glob:
            matched = rule.glob.match(name).hasMatch();
            break;
        case Rule::Kind::Local:
            matched = address.isNull() && !name.contains(u'.');
            break;
        }
        if (matched)
            return rule.text;
    }
    return std::nullopt;
}

} // namespace cloudcheck
