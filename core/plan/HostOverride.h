#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <optional>
#include <variant>

namespace cloudcheck {

// Pins a host name (optionally only for one port) to an address, and optionally redirects the
// connection to another port. This is how tests and lab runs aim the real catalog at servers on
// loopback, and how a user checks a host before its DNS record changes.
struct HostOverride
{
    Q_DECLARE_TR_FUNCTIONS(HostOverride)

public:
    QString host;
    std::optional<quint16> port;
    QHostAddress address;
    std::optional<quint16> connectPort;

    bool matches(const QString& name, quint16 targetPort) const
    {
        return host.compare(name, Qt::CaseInsensitive) == 0 && (!port || *port == targetPort);
    }

    // --resolve HOST:ADDR (curl's HOST:PORT:ADDR is accepted too). IPv6 may be bracketed.
    static std::variant<HostOverride, QString> parseResolve(const QString& text);
    // --connect-to HOST:PORT:ADDR:PORT2
    static std::variant<HostOverride, QString> parseConnectTo(const QString& text);
};

} // namespace cloudcheck
