#include "HostOverride.h"

namespace cloudcheck {

namespace {

std::optional<quint16> parsePort(const QString& text)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value == 0 || value > 65535)
        return std::nullopt;
    return quint16(value);
}

std::optional<QHostAddress> parseAddress(QString text)
{
    if (text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    QHostAddress address;
    if (text.isEmpty() || !address.setAddress(text))
        return std::nullopt;
    return address;
}

// Splits "a:b:[v6::addr]:c" on colons outside brackets.
QStringList splitOutsideBrackets(const QString& text)
{
    QStringList parts;
    QString current;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'[')
            ++depth;
        else if (c == u']')
            --depth;
        if (c == u':' && depth == 0) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

} // namespace

std::variant<HostOverride, QString> HostOverride::parseResolve(const QString& text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return tr("--resolve expects HOST:ADDRESS, got \"%1\"").arg(text);
    HostOverride result;
    result.host = text.left(colon).trimmed().toLower();
    QString rest = text.mid(colon + 1);
    // curl style HOST:PORT:ADDR, recognised by a numeric second field followed by another colon,
    // unless the rest is a bare IPv6 address by itself ("2001:db8::1" is not port 2001).
    const qsizetype second = rest.indexOf(u':');
    if (second > 0 && !rest.startsWith(u'[') && !parseAddress(rest)) {
        if (const auto port = parsePort(rest.left(second)); port && parseAddress(rest.mid(second + 1))) {
            result.port = port;
            rest = rest.mid(second + 1);
        }
    }
    const auto address = parseAddress(rest);
    if (!address)
        return tr("--resolve: \"%1\" is not an IP address (in \"%2\")").arg(rest, text);
    result.address = *address;
    return result;
}

std::variant<HostOverride, QString> HostOverride::parseConnectTo(const QString& text)
{
    const QStringList parts = splitOutsideBrackets(text);
    if (parts.size() != 4 || parts.at(0).isEmpty())
        return tr("--connect-to expects HOST:PORT:ADDRESS:PORT, got \"%1\"").arg(text);
    HostOverride result;
    result.host = parts.at(0).trimmed().toLower();
    result.port = parsePort(parts.at(1));
    const auto address = parseAddress(parts.at(2));
    result.connectPort = parsePort(parts.at(3));
    if (!result.port || !result.connectPort)
        return tr("--connect-to: ports must be numbers from 1 to 65535 (in \"%1\")").arg(text);
    if (!address)
        return tr("--connect-to: \"%1\" is not an IP address (in \"%2\")").arg(parts.at(2), text);
    result.address = *address;
    return result;
}

} // namespace cloudcheck
