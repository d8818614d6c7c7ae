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

QUrl RouteResolver::urlFor(Scheme scheme, const QString& host, quint16 port)
{
    QUrl url;
    url.setScheme(scheme == Scheme::Http ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QString RouteResolver::pacKey(const QUrl& url)
{
    // Scheme and host: a revocation URL (http://crl3.digicert.com/x.crl) takes the answer given for
    // the catalog's address on the same host. PAC scripts that route by path are rare enough.
    return url.scheme().toLower() + QStringLiteral("://") + url.host().toLower();
}

void RouteResolver::setPacAnswers(QHash<QString, PacAnswer> answers)
{
    m_pacAnswers = std::move(answers);
}

void RouteResolver::setPacFailure(QString reason)
{
    m_pacFailure = std::move(reason);
}

Route RouteResolver::resolve(Scheme scheme, const QString& host, quint16 port) const
{
    if (scheme == Scheme::Udp)
        return Route::direct(Route::Source::NotProxiable);
    return resolve(urlFor(scheme, host, port));
}

std::optional<Route> RouteResolver::alternate(Scheme scheme, const QString& host, quint16 port) const
{
    if (scheme == Scheme::Udp || m_setting.mode != ProxySetting::Mode::Pac || m_profile == Profile::Browser)
        return std::nullopt;
    return fromPac(urlFor(scheme, host, port));
}

std::optional<Route> RouteResolver::otherPath(Scheme scheme, const QString& host, quint16 port,
                                              const Route& taken) const
{
    if (scheme == Scheme::Udp)
        return std::nullopt;
    if (taken.isProxied())
        return Route::direct(Route::Source::Disabled, QStringLiteral("--compare-direct"));
    const QUrl url = urlFor(scheme, host, port);
    if (m_setting.mode == ProxySetting::Mode::Pac) {
        Route pac = fromPac(url);
        return pac.isProxied() ? std::optional(pac) : std::nullopt;
    }
    // What a browser here would take: the system settings read for the browser profile (on
    // Windows the user's Internet Settings rather than WinHTTP), whatever --proxy said.
    RouteResolver browser(ProxySetting{}, Profile::Browser, m_environment, m_platform, m_systemQuery);
    // The same Internet Settings script this run evaluated, if it did (browser profile).
    browser.m_pacAnswers = m_pacAnswers;
    browser.m_pacFailure = m_pacFailure;
    Route route = browser.resolve(url);
    // A path that cannot be taken (a script not evaluated, SOCKS) is no other path to try.
    return route.isProxied() && route.problem.isEmpty() ? std::optional(route) : std::nullopt;
}

std::optional<QUrl> RouteResolver::systemPacUrl() const
{
    if (m_setting.mode != ProxySetting::Mode::System || !m_platform || m_profile != Profile::Browser)
        return std::nullopt;
    // A proxy variable decides before the Windows settings (resolveSystem).
    for (const QString& name :
         {QStringLiteral("https_proxy"), QStringLiteral("HTTPS_PROXY"), QStringLiteral("http_proxy"),
          QStringLiteral("HTTP_PROXY"), QStringLiteral("all_proxy"), QStringLiteral("ALL_PROXY")}) {
        if (!m_environment.value(name).isEmpty())
            return std::nullopt;
    }
    const platform::ProxyConfig config = m_platform->currentUser();
    if (!config.readable || config.autoConfigUrl.empty())
        return std::nullopt;
    return QUrl(QString::fromStdString(config.autoConfigUrl));
}

Route RouteResolver::fromPac(const QUrl& url, const QString& givenOrigin) const
{
    const QString origin = !givenOrigin.isEmpty()
                               ? givenOrigin
                               : QStringLiteral("pac:") + m_setting.url.toString(QUrl::RemoveUserInfo);
    Route failed = Route::viaProxy(Route::Source::Pac, {}, 0, origin);
    if (!m_pacFailure.isEmpty()) {
        failed.problem = QStringLiteral("pac_failed:") + m_pacFailure;
        return failed;
    }
    const auto answer = m_pacAnswers.constFind(pacKey(url));
    if (answer == m_pacAnswers.cend()) {
        failed.problem = QStringLiteral("pac_failed:not_evaluated");
        return failed;
    }
    failed.pacReturned = answer->returned;
    if (!answer->ok()) {
        failed.problem = QStringLiteral("pac_failed:") + answer->error;
        return failed;
    }
    QList<Route::Fallback> usable;
    QStringList unsupported;
    for (const PacDirective::Entry& entry : answer->directive.entries()) {
        if (entry.kind == PacDirective::Kind::Direct)
            usable.append(Route::Fallback{});
        else if (entry.kind == PacDirective::Kind::Proxy)
            usable.append(Route::Fallback{entry.host, entry.port});
        else
            unsupported << entry.text;
    }
    if (usable.isEmpty()) {
        // Only SOCKS (or unknown) entries: neither this tool nor the Cloud Connector can use them.
        failed.problem = QStringLiteral("pac_unsupported:") + unsupported.join(QStringLiteral("; "));
        return failed;
    }
    const Route::Fallback& first = usable.first();
    Route route = first.proxyHost.isEmpty()
                      ? Route::direct(Route::Source::Pac, origin)
                      : Route::viaProxy(Route::Source::Pac, first.proxyHost, first.proxyPort, origin);
    route.pacReturned = answer->returned;
    route.fallbacks = usable.mid(1);
    return route;
}

Route RouteResolver::resolve(const QUrl& url) const
{
    switch (m_setting.mode) {
    case ProxySetting::Mode::None:
        return Route::direct(Route::Source::Disabled);
    case ProxySetting::Mode::Manual:
        return Route::viaProxy(Route::Source::Manual, m_setting.url.host(), quint16(m_setting.url.port()),
                               QStringLiteral("--proxy"));
    case ProxySetting::Mode::Pac:
        // The Cloud Connector cannot use a PAC script: it takes its own WinHTTP path, which is
        // what connector and vda check; the PAC's answer is their alternate (alternate()).
        if (m_profile == Profile::Browser)
            return fromPac(url);
        return resolveSystem(url);
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
    // Internet Settings with a script: WinINet asks the script first, as a browser here would, and
    // so does the run (ProbeRunner fetches and evaluates it). Automatic detection alone (WPAD) is
    // never followed: it would send queries off this machine.
    if (!connector && !config.autoConfigUrl.empty()) {
        return fromPac(
            url, QStringLiteral("Internet Settings (AutoConfigURL %1)")
                     .arg(QUrl(QString::fromStdString(config.autoConfigUrl)).toString(QUrl::RemoveUserInfo)));
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
