#include "RouteResolver.h"

#include "BypassList.h"

#include <QNetworkProxyFactory>
#include <QProcessEnvironment>

namespace cloudcheck {

namespace {

constexpr quint16 kEnvironmentDefaultPort = 1080; // curl's default, which scripts on the machine see
constexpr quint16 kWindowsDefaultPort = 80;       // what WinHTTP assumes for "host" without a port

QString firstNonEmpty(const RouteResolver::Environment& environment, const QStringList& names,
                      QString* chosen)
{
    for (const QString& name : names) {
        const QString value = environment.value(name).trimmed();
        if (!value.isEmpty()) {
            *chosen = name;
            return value;
        }
    }
    return {};
}

// "http://[user[:password]@]host[:port][/]" or "host[:port]". Credentials are dropped here, so they
// can never reach a route, a report or a log.
Route proxyFromText(const QString& text, Route::Source source, const QString& origin, quint16 defaultPort)
{
    const QString withScheme = text.contains(QStringLiteral("://")) ? text : QStringLiteral("http://") + text;
    const QUrl url(withScheme, QUrl::TolerantMode);
    Route route = Route::viaProxy(source, url.host(), quint16(url.port(defaultPort)), origin);
    if (!url.isValid() || url.host().isEmpty()) {
        route.proxyHost.clear();
        route.problem = QStringLiteral("unparsable");
    } else if (url.scheme() != u"http") {
        route.problem = QStringLiteral("unsupported_scheme:") + url.scheme();
    }
    return route;
}

// WinHTTP's proxy list: "host:port", "http=host:port;https=host:port", several separated by ';' or
// spaces; the first that applies to the URL's scheme wins.
std::optional<QString> windowsProxyFor(const QString& list, const QString& scheme)
{
    static const QRegularExpression separators(QStringLiteral("[;\\s]+"));
    std::optional<QString> generic;
    for (const QString& entry : list.split(separators, Qt::SkipEmptyParts)) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals < 0) {
            if (!generic)
                generic = entry;
        } else if (entry.left(equals).compare(scheme, Qt::CaseInsensitive) == 0) {
            return entry.mid(equals + 1);
        }
    }
    return generic;
}

} // namespace

RouteResolver::RouteResolver(ProxySetting setting, Profile profile)
    : RouteResolver(
          std::move(setting), profile, processEnvironment(), platform::PlatformProxy::create(),
          [](const QUrl& url) { return QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url)); })
{}

RouteResolver::RouteResolver(ProxySetting setting, Profile profile, Environment environment,
                             std::shared_ptr<const platform::PlatformProxy> platform, SystemQuery systemQuery)
    : m_setting(std::move(setting)), m_profile(profile), m_environment(std::move(environment)),
      m_platform(std::move(platform)), m_systemQuery(std::move(systemQuery))
{}

RouteResolver::Environment RouteResolver::processEnvironment()
{
    Environment environment;
    const QProcessEnvironment process = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy",
                             "ALL_PROXY", "no_proxy", "NO_PROXY"}) {
        const QString key = QLatin1String(name);
        if (process.contains(key))
            environment.insert(key, process.value(key));
    }
    return environment;
}

Route RouteResolver::resolve(Scheme scheme, const QString& host, quint16 port) const
{
    if (scheme == Scheme::Udp)
        return Route::direct(Route::Source::NotProxiable);
    QUrl url;
    url.setScheme(scheme == Scheme::Http ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return resolve(url);
}

Route RouteResolver::resolve(const QUrl& url) const
{
    switch (m_setting.mode) {
    case ProxySetting::Mode::None:
        return Route::direct(Route::Source::Disabled);
    case ProxySetting::Mode::Manual:
        return Route::viaProxy(Route::Source::Manual, m_setting.url.host(), quint16(m_setting.url.port()),
                               QStringLiteral("--proxy"));
    case ProxySetting::Mode::Pac: {
        // PAC evaluation arrives with proxy authentication; until then say so rather than go direct.
        Route route = Route::viaProxy(Route::Source::Manual, {}, 0, QStringLiteral("pac"));
        route.problem = QStringLiteral("pac_not_supported");
        return route;
    }
    case ProxySetting::Mode::System:
        break;
    }
    return resolveSystem(url);
}

Route RouteResolver::resolveSystem(const QUrl& url) const
{
    if (auto route = fromEnvironment(url))
        return *route;
    if (m_platform)
        return fromWindows(url);
    return fromQt(url);
}

std::optional<Route> RouteResolver::fromEnvironment(const QUrl& url) const
{
    const bool https = url.scheme() == u"https";
    QString variable;
    const QString value =
        firstNonEmpty(m_environment,
                      https ? QStringList{QStringLiteral("https_proxy"), QStringLiteral("HTTPS_PROXY"),
                                          QStringLiteral("all_proxy"), QStringLiteral("ALL_PROXY")}
                            : QStringList{QStringLiteral("http_proxy"), QStringLiteral("HTTP_PROXY"),
                                          QStringLiteral("all_proxy"), QStringLiteral("ALL_PROXY")},
                      &variable);
    if (value.isEmpty())
        return std::nullopt;
    QString bypassVariable;
    const QString noProxy = firstNonEmpty(
        m_environment, {QStringLiteral("no_proxy"), QStringLiteral("NO_PROXY")}, &bypassVariable);
    if (const auto rule = BypassList::fromNoProxy(noProxy).match(url.host(), quint16(url.port()))) {
        Route route = Route::direct(Route::Source::Environment, bypassVariable);
        route.bypassRule = *rule;
        return route;
    }
    return proxyFromText(value, Route::Source::Environment, variable, kEnvironmentDefaultPort);
}

Route RouteResolver::fromWindows(const QUrl& url) const
{
    // A VDA's services, like the Cloud Connector's, run as the machine and see WinHTTP's proxy.
    const bool connector = m_profile != Profile::Browser;
    const platform::ProxyConfig config = connector ? m_platform->winHttpDefault() : m_platform->currentUser();
    const Route::Source source = connector ? Route::Source::WinHttp : Route::Source::InternetSettings;
    const QString origin = connector ? QStringLiteral("netsh winhttp") : QStringLiteral("Internet Settings");
    if (!config.readable) {
        Route route = Route::direct(source, origin);
        route.problem = QStringLiteral("unreadable:") + QString::fromStdString(config.error);
        return route;
    }
    const auto proxy = windowsProxyFor(QString::fromStdString(config.proxy), url.scheme());
    if (!proxy) {
        if (!config.autoConfigUrl.empty() || config.autoDetect) {
            Route route = Route::viaProxy(source, {}, 0, origin);
            route.problem = QStringLiteral("pac_not_supported");
            return route;
        }
        return Route::direct(source, origin);
    }
    if (const auto rule = BypassList::fromWindows(QString::fromStdString(config.bypass))
                              .match(url.host(), quint16(url.port()))) {
        Route route = Route::direct(source, origin);
        route.bypassRule = *rule;
        return route;
    }
    return proxyFromText(*proxy, source, origin, kWindowsDefaultPort);
}

Route RouteResolver::fromQt(const QUrl& url) const
{
    if (!m_systemQuery)
        return Route::direct(Route::Source::Unconfigured);
    for (const QNetworkProxy& proxy : m_systemQuery(url)) {
        if (proxy.type() == QNetworkProxy::HttpProxy || proxy.type() == QNetworkProxy::HttpCachingProxy)
            return Route::viaProxy(Route::Source::SystemSettings, proxy.hostName(), proxy.port(),
                                   QStringLiteral("system proxy settings"));
        if (proxy.type() == QNetworkProxy::Socks5Proxy) {
            Route route = Route::viaProxy(Route::Source::SystemSettings, proxy.hostName(), proxy.port(),
                                          QStringLiteral("system proxy settings"));
            route.problem = QStringLiteral("unsupported_scheme:socks5");
            return route;
        }
        if (proxy.type() == QNetworkProxy::NoProxy)
            break;
    }
    return Route::direct(Route::Source::Unconfigured);
}

QString RouteResolver::describeSystemProxy() const
{
    const Route route = resolveSystem(QUrl(QStringLiteral("https://citrix.citrixcloud.jp/")));
    if (!route.isProxied())
        return QStringLiteral("none");
    if (route.proxyHost.isEmpty())
        return route.problem;
    return QStringLiteral("http://") + route.proxyAuthority();
}

} // namespace cloudcheck
