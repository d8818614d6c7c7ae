#include "Route.h"

#include "support/EnumNames.h"

#include <QJsonArray>

namespace cloudcheck {

namespace {
constexpr EnumNames<Route::Kind, 2> kKindNames({{
    {Route::Kind::Direct, "direct"},
    {Route::Kind::HttpProxy, "proxy"},
}});
constexpr EnumNames<Route::Source, 9> kSourceNames({{
    {Route::Source::Disabled, "disabled"},
    {Route::Source::Unconfigured, "unconfigured"},
    {Route::Source::Environment, "environment"},
    {Route::Source::SystemSettings, "system_settings"},
    {Route::Source::WinHttp, "winhttp"},
    {Route::Source::InternetSettings, "internet_settings"},
    {Route::Source::Manual, "manual"},
    {Route::Source::NotProxiable, "not_proxiable"},
    {Route::Source::Pac, "pac"},
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

std::optional<Route> Route::failOver(const QString& why) const
{
    if (fallbacks.isEmpty())
        return std::nullopt;
    const Fallback& next = fallbacks.first();
    Route route = next.proxyHost.isEmpty() ? direct(source, origin)
                                           : viaProxy(source, next.proxyHost, next.proxyPort, origin);
    route.pacReturned = pacReturned;
    route.fallbacks = fallbacks.mid(1);
    route.triedBefore = triedBefore;
    route.triedBefore << (isProxied() ? proxyAuthority() : QStringLiteral("DIRECT")) + QStringLiteral(" (") +
                             why + u')';
    return route;
}

QJsonObject Route::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), routeKindName(kind)},
                     {QStringLiteral("source"), routeSourceName(source)}};
    if (isProxied() && !proxyHost.isEmpty())
        json.insert(QStringLiteral("proxy"), proxyAuthority());
    if (!origin.isEmpty())
        json.insert(QStringLiteral("origin"), origin);
    if (!bypassRule.isEmpty())
        json.insert(QStringLiteral("bypassRule"), bypassRule);
    if (!problem.isEmpty())
        json.insert(QStringLiteral("problem"), problem);
    if (source == Source::Pac)
        json.insert(QStringLiteral("pacReturned"), pacReturned);
    if (!fallbacks.isEmpty()) {
        QJsonArray list;
        for (const Fallback& fallback : fallbacks) {
            list.append(fallback.proxyHost.isEmpty()
                            ? QStringLiteral("DIRECT")
                            : viaProxy(source, fallback.proxyHost, fallback.proxyPort).proxyAuthority());
        }
        json.insert(QStringLiteral("fallbacks"), list);
    }
    if (!triedBefore.isEmpty())
        json.insert(QStringLiteral("triedBefore"), QJsonArray::fromStringList(triedBefore));
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
    route.pacReturned = json.value(QStringLiteral("pacReturned")).toString();
    for (const QJsonValue& tried : json.value(QStringLiteral("triedBefore")).toArray())
        route.triedBefore << tried.toString();
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
