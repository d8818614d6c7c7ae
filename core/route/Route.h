#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cloudcheck {

// How one URL is reached: directly, or through an HTTP proxy, and which setting decided it. The
// engine decides it once per target (RouteResolver); probes follow it and reports show it.
struct Route
{
    enum class Kind
    {
        Direct,
        HttpProxy
    };
    enum class Source
    {
        Disabled,         // --proxy none: direct on purpose
        Unconfigured,     // system: no proxy is set anywhere
        Environment,      // https_proxy / http_proxy / all_proxy
        SystemSettings,   // the desktop's proxy settings, through Qt
        WinHttp,          // Windows: the machine's WinHTTP proxy (netsh winhttp), the Connector's
        InternetSettings, // Windows: the user's Internet Settings, the browser's
        Manual,           // --proxy http://host:port or the wizard's field
        NotProxiable,     // UDP: an HTTP proxy cannot carry it
        Pac               // the answer of a PAC script's FindProxyForURL
    };
    // A later entry of a PAC answer, tried in order when the ones before it cannot be reached.
    struct Fallback
    {
        QString proxyHost; // empty: DIRECT
        quint16 proxyPort = 0;
        friend bool operator==(const Fallback&, const Fallback&) = default;
    };

    Kind kind = Kind::Direct;
    Source source = Source::Unconfigured;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString origin;     // the variable or setting that gave the answer ("https_proxy", "netsh winhttp")
    QString bypassRule; // the bypass entry that sent this URL direct, if one did
    // Set when a proxy applies but cannot be used ("pac_not_supported", "unsupported_scheme:socks5",
    // "unreadable:..."): the probe reports it instead of quietly going direct.
    QString problem;
    QString pacReturned;       // what FindProxyForURL returned for this URL, verbatim
    QList<Fallback> fallbacks; // PAC failover, in order
    QStringList triedBefore;   // entries already given up on: "127.0.0.1:3999 (refused)"

    bool isProxied() const { return kind == Kind::HttpProxy; }
    // "host:port", IPv6 literals bracketed.
    QString proxyAuthority() const;

    static Route direct(Source source, QString origin = {});
    static Route viaProxy(Source source, QString host, quint16 port, QString origin = {});
    // The route of the next PAC entry, carrying the rest of the list; nullopt when none is left.
    std::optional<Route> failOver(const QString& why) const;

    QJsonObject toJson() const;
    static std::optional<Route> fromJson(const QJsonObject& json);

    friend bool operator==(const Route&, const Route&) = default;
};

QString routeKindName(Route::Kind kind);
QString routeSourceName(Route::Source source);

} // namespace cloudcheck
