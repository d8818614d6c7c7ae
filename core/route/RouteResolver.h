#pragma once

#include "Route.h"
#include "catalog/EndpointTypes.h"
#include "pac/PacAnswer.h"
#include "plan/ProxySetting.h"
#include "platform/PlatformProxy.h"

#include <QHash>
#include <QNetworkProxy>
#include <QUrl>
#include <functional>
#include <memory>

namespace cloudcheck {

// Decides the route of every URL a run touches, from the --proxy setting and the machine's own
// settings, and says which setting decided it.
//
// `system` is read in this order: the environment (https_proxy/http_proxy/all_proxy and no_proxy,
// lower case before upper case, as curl does); then on Windows the WinHTTP default proxy for the
// connector and vda profiles or the user's Internet Settings for the browser; elsewhere Qt's
// systemProxyForQuery, whose answer may differ per URL.
//
// Not thread-safe by design: on Linux Qt's system query goes through libproxy, which races when
// called from two threads. One resolver lives on the run's worker thread and answers every query.
class RouteResolver
{
public:
    using Environment = QHash<QString, QString>;
    using SystemQuery = std::function<QList<QNetworkProxy>(const QUrl&)>;

    RouteResolver(ProxySetting setting, Profile profile);
    // Tests inject the environment, the Windows settings and the desktop query.
    RouteResolver(ProxySetting setting, Profile profile, Environment environment,
                  std::shared_ptr<const platform::PlatformProxy> platform, SystemQuery systemQuery);

    Route resolve(const QUrl& url) const;
    Route resolve(Scheme scheme, const QString& host, quint16 port) const;
    // The path this profile does not take but another user on this machine would: for
    // `--proxy pac:` under connector and vda, the PAC's answer (the Connector takes its own
    // WinHTTP path instead). nullopt when there is none.
    std::optional<Route> alternate(Scheme scheme, const QString& host, quint16 port) const;

    // --compare-direct: the other path for an address that took `taken`: direct after a proxy, or
    // after direct the proxy a browser on this machine would use (system settings, or the PAC).
    // nullopt when there is no such proxy.
    std::optional<Route> otherPath(Scheme scheme, const QString& host, quint16 port,
                                   const Route& taken) const;

    // `system` on Windows for the browser profile: the PAC script the user's Internet Settings name
    // (AutoConfigURL), which the run fetches and evaluates as for `--proxy pac:URL`; nullopt when
    // the routes do not depend on one (another mode, a proxy variable, no such setting).
    std::optional<QUrl> systemPacUrl() const;
    // PAC mode: the script's answer per URL (pacKey), or why there is none for any URL.
    void setPacAnswers(QHash<QString, PacAnswer> answers);
    void setPacFailure(QString reason);
    static QUrl urlFor(Scheme scheme, const QString& host, quint16 port);
    static QString pacKey(const QUrl& url);
    // The system proxy for Citrix Cloud's https addresses, whatever --proxy says: "none" or
    // "http://host:port" (never credentials), for the report's environment section.
    QString describeSystemProxy() const;

    static Environment processEnvironment();

private:
    Route resolveSystem(const QUrl& url) const;
    std::optional<Route> fromEnvironment(const QUrl& url) const;
    Route fromWindows(const QUrl& url) const;
    Route fromQt(const QUrl& url) const;
    Route fromPac(const QUrl& url, const QString& origin = {}) const;

    ProxySetting m_setting;
    Profile m_profile;
    Environment m_environment;
    std::shared_ptr<const platform::PlatformProxy> m_platform;
    SystemQuery m_systemQuery;
    QHash<QString, PacAnswer> m_pacAnswers;
    QString m_pacFailure;
};

} // namespace cloudcheck
