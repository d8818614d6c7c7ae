#pragma once

#include <QHostAddress>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <optional>

namespace cloudcheck {

// The addresses a proxy setting sends direct: a `no_proxy` variable (curl's rules: suffixes with or
// without a leading dot, `host:port`, IP literals and CIDR blocks, `*` for everything) or a Windows
// bypass list (`;`-separated globs such as `*.corp.example` and `10.*`, and `<local>` for names
// without a dot).
class BypassList
{
public:
    static BypassList fromNoProxy(const QString& value);
    static BypassList fromWindows(const QString& value);

    // The entry, as written, that sends host:port direct; nullopt when the proxy applies.
    std::optional<QString> match(const QString& host, quint16 port) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    struct Rule
    {
        enum class Kind
        {
            Everything,
            Suffix, // the name and every name below it
            Subnet, // an address or CIDR block
            Glob,   // Windows wildcard, whole-name match
            Local   // Windows <local>: a name without a dot
        };
        Kind kind = Kind::Suffix;
        QString text;
        QString name;
        QPair<QHostAddress, int> subnet;
        QRegularExpression glob;
        std::optional<quint16> port;
    };

    QList<Rule> m_rules;
};

} // namespace cloudcheck
