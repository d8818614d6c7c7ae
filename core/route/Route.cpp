#include "Route.h"

#include "support/EnumNames.h"

namespace cloudcheck {

namespace {
constexpr EnumNames<Route::Kind, 2> kKindNames({{
    {Route::Kind::Direct, "direct"},
    {Route::Kind::HttpProxy, "proxy"},
}});
constexpr EnumNames<Route::Source, 8> kSourceNames({{
    {Route::Source::Disabled, "disabled"},
    {Route::Source::Unconfigured, "unconfigured"},
    {Route::Source::Environment, "environment"},
    {Route::Source::SystemSettings, "system_settings"},
    {Route::Source::WinHttp, "winhttp"},
    {Route::Source::InternetSettings, "internet_settings"},
    {Route::Source::Manual, "manual"},
    {Route::Source::NotProxiable, "not_proxiable"},
}});
} // namespace

QString routeKindName(Route::Kind kind)
{
    return kKindNames.name(kind);
}

QString routeSourceName(Route::Source source)
{
    return kSourceNames.name(source);
}

QString Route::proxyAuthority() const
{
    if (proxyHost.isEmpty())
        return {};
    const QString host = proxyHost.contains(u':') ? u'[' + proxyHost + u']' : proxyHost;
    return host + u':' + QString::number(proxyPort);
}

Route Route::direct(Source source, QString origin)
{
    Route route;
    route.source = source;
    route.origin = std::move(origin);
    return route;
}

Route Route::viaProxy(Source source, QString host, quint16 port, QString origin)
{
    Route route;
    route.kind = Kind::HttpProxy;
    route.source = source;
    route.proxyHost = std::move(host);
    route.proxyPort = port;
    route.origin = std::move(origin);
    return route;
}

QJsonObject Route::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), routeKindName(kind)},
                     {QStringLiteral("source"), routeSourceName(source)}};
    if (isProxied())
        json.insert(QStringLiteral("proxy"), proxyAuthority());
    if (!origin.isEmpty())
        json.insert(QStringLiteral("origin"), origin);
    if (!bypassRule.isEmpty())
        json.insert(QStringLiteral("bypassRule"), bypassRule);
    if (!problem.isEmpty())
        json.insert(QStringLiteral("problem"), problem);
    return json;
}

std::optional<Route> Route::fromJson(const QJsonObject& json)
{
    const auto kind = kKindNames.fromName(json.value(QStringLiteral("kind")).toString());
    const auto source = kSourceNames.fromName(json.value(QStringLiteral("source")).toString());
    if (!kind || !source)
        return std::nullopt;
    Route route;
    route.kind = *kind;
    route.source = *source;
    route.origin = json.value(QStringLiteral("origin")).toString();
    route.bypassRule = json.value(QStringLiteral("bypassRule")).toString();
    route.problem = json.value(QStringLiteral("problem")).toString();
    if (route.isProxied() && json.contains(QStringLiteral("proxy"))) {
        const QString authority = json.value(QStringLiteral("proxy")).toString();
        const qsizetype colon = authority.lastIndexOf(u':');
        if (colon <= 0)
            return std::nullopt;
        QString host = authority.left(colon);
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        route.proxyHost = host;
        route.proxyPort = quint16(authority.mid(colon + 1).toUInt());
    }
    return route;
}

} // namespace cloudcheck
