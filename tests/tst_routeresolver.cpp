#include "platform/PlatformProxy.h"
#include "route/BypassList.h"
#include "route/RouteResolver.h"

#include <QJsonDocument>
#include <QTest>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

// Windows' two proxy settings as data, so the rules are tested on Linux.
class FakePlatformProxy final : public platform::PlatformProxy
{
public:
    platform::ProxyConfig machine;
    platform::ProxyConfig user;
    platform::ProxyConfig winHttpDefault() const override { return machine; }
    platform::ProxyConfig currentUser() const override { return user; }
};

ProxySetting mode(const QString& text)
{
    return std::get<ProxySetting>(ProxySetting::parse(text));
}

// A desktop query that must not be consulted: the environment or Windows decides first.
RouteResolver::SystemQuery forbiddenQuery()
{
    return [](const QUrl& url) -> QList<QNetworkProxy> {
        qFatal("the system query was consulted for %s", qPrintable(url.toString()));
    };
}

RouteResolver::SystemQuery desktopProxy(const QString& host, quint16 port)
{
    return [host, port](const QUrl&) {
        return QList<QNetworkProxy>{QNetworkProxy(QNetworkProxy::HttpProxy, host, port)};
    };
}

} // namespace

class RouteResolverTest : public QObject
{
    Q_OBJECT

private slots:
    void noProxyMatching_data();
    void noProxyMatching();
    void windowsBypassMatching_data();
    void windowsBypassMatching();
    void environmentPrecedence_data();
    void environmentPrecedence();
    void credentialsInTheEnvironmentNeverReachTheRoute();
    void desktopSettingsAfterTheEnvironment();
    void windowsProfilesReadTheirOwnSetting();
    void windowsSchemeSpecificEntries();
    void unusableProxiesAreReportedNotBypassed();
    void internetSettingsScriptIsEvaluatedForTheBrowser();
    void explicitModes();
    void udpIsNeverProxied();
    void routeJsonRoundTrip();
    void pacAnswersBecomeRoutes_data();
    void pacAnswersBecomeRoutes();
    void pacIsTheConnectorsAlternate();
    void compareDirectFindsTheOtherPath();
};

void RouteResolverTest::noProxyMatching_data()
{
    QTest::addColumn<QString>("noProxy");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("matched"); // empty: the proxy applies

    QTest::newRow("suffix matches the name")
        << u"corp.example"_s << u"corp.example"_s << 443 << u"corp.example"_s;
    QTest::newRow("suffix matches below")
        << u"corp.example"_s << u"a.b.corp.example"_s << 443 << u"corp.example"_s;
    QTest::newRow("suffix is not a substring")
        << u"corp.example"_s << u"evilcorp.example"_s << 443 << QString();
    QTest::newRow("leading dot matches below")
        << u".corp.example"_s << u"x.corp.example"_s << 443 << u".corp.example"_s;
    QTest::newRow("leading dot matches the name")
        << u".corp.example"_s << u"corp.example"_s << 443 << u".corp.example"_s;
    QTest::newRow("star-dot like a dot")
        << u"*.corp.example"_s << u"x.corp.example"_s << 443 << u"*.corp.example"_s;
    QTest::newRow("case and trailing dot")
        << u"Corp.Example"_s << u"X.CORP.example."_s << 443 << u"Corp.Example"_s;
    QTest::newRow("star alone") << u"*"_s << u"citrix.citrixcloud.jp"_s << 443 << u"*"_s;
    QTest::newRow("port must match") << u"corp.example:8443"_s << u"corp.example"_s << 443 << QString();
    QTest::newRow("port matches") << u"corp.example:443"_s << u"corp.example"_s << 443
                                  << u"corp.example:443"_s;
    QTest::newRow("list with spaces")
        << u"localhost, .internal ,corp.example"_s << u"a.internal"_s << 80 << u".internal"_s;
    QTest::newRow("ipv4 literal") << u"127.0.0.1"_s << u"127.0.0.1"_s << 443 << u"127.0.0.1"_s;
    QTest::newRow("ipv4 literal other") << u"127.0.0.1"_s << u"127.0.0.2"_s << 443 << QString();
    QTest::newRow("cidr") << u"10.0.0.0/8"_s << u"10.20.30.40"_s << 443 << u"10.0.0.0/8"_s;
    QTest::newRow("cidr is not a name suffix") << u"10.0.0.0/8"_s << u"x.10.0.0.0"_s << 443 << QString();
    QTest::newRow("ipv6 bracketed with port") << u"[::1]:443"_s << u"::1"_s << 443 << u"[::1]:443"_s;
    QTest::newRow("ipv6 bare") << u"::1"_s << u"::1"_s << 443 << u"::1"_s;
    QTest::newRow("names never match addresses") << u"localhost"_s << u"127.0.0.1"_s << 443 << QString();
    QTest::newRow("empty") << QString() << u"corp.example"_s << 443 << QString();
}

void RouteResolverTest::noProxyMatching()
{
    QFETCH(QString, noProxy);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, matched);
    const auto result = BypassList::fromNoProxy(noProxy).match(host, quint16(port));
    QCOMPARE(result.value_or(QString()), matched);
}

void RouteResolverTest::windowsBypassMatching_data()
{
    QTest::addColumn<QString>("bypass");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("matched");

    QTest::newRow("local: no dot") << u"<local>"_s << u"intranet"_s << u"<local>"_s;
    QTest::newRow("local: dotted name") << u"<local>"_s << u"citrix.citrixcloud.jp"_s << QString();
    QTest::newRow("glob suffix") << u"*.corp.example;<local>"_s << u"a.corp.example"_s << u"*.corp.example"_s;
    QTest::newRow("glob does not match the bare name")
        << u"*.corp.example"_s << u"corp.example"_s << QString();
    QTest::newRow("exact name only") << u"corp.example"_s << u"a.corp.example"_s << QString();
    QTest::newRow("address glob") << u"10.*"_s << u"10.1.2.3"_s << u"10.*"_s;
    QTest::newRow("case") << u"*.CORP.example"_s << u"x.corp.EXAMPLE"_s << u"*.CORP.example"_s;
}

void RouteResolverTest::windowsBypassMatching()
{
    QFETCH(QString, bypass);
    QFETCH(QString, host);
    QFETCH(QString, matched);
    QCOMPARE(BypassList::fromWindows(bypass).match(host, 443).value_or(QString()), matched);
}

void RouteResolverTest::environmentPrecedence_data()
{
    QTest::addColumn<QStringList>("variables"); // name=value pairs
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("proxy"); // empty: direct
    QTest::addColumn<QString>("origin");

    QTest::newRow("https_proxy for https")
        << QStringList{u"https_proxy=http://p1:3128"_s, u"http_proxy=http://p2:3128"_s}
        << u"https://a.example/"_s << u"p1:3128"_s << u"https_proxy"_s;
    QTest::newRow("http_proxy for http")
        << QStringList{u"https_proxy=http://p1:3128"_s, u"http_proxy=http://p2:3128"_s}
        << u"http://a.example/"_s << u"p2:3128"_s << u"http_proxy"_s;
    QTest::newRow("lower case first")
        << QStringList{u"HTTPS_PROXY=http://upper:1"_s, u"https_proxy=http://lower:2"_s}
        << u"https://a.example/"_s << u"lower:2"_s << u"https_proxy"_s;
    QTest::newRow("upper case alone") << QStringList{u"HTTPS_PROXY=http://upper:1"_s}
                                      << u"https://a.example/"_s << u"upper:1"_s << u"HTTPS_PROXY"_s;
    QTest::newRow("all_proxy last") << QStringList{u"all_proxy=http://all:9"_s} << u"https://a.example/"_s
                                    << u"all:9"_s << u"all_proxy"_s;
    QTest::newRow("no scheme, curl's default port")
        << QStringList{u"https_proxy=bare.example"_s} << u"https://a.example/"_s << u"bare.example:1080"_s
        << u"https_proxy"_s;
    QTest::newRow("NO_PROXY upper case")
        << QStringList{u"https_proxy=http://p1:3128"_s, u"NO_PROXY=a.example"_s} << u"https://a.example/"_s
        << QString() << u"NO_PROXY"_s;
    QTest::newRow("empty variable is unset") << QStringList{u"https_proxy="_s, u"HTTPS_PROXY=http://u:1"_s}
                                             << u"https://a.example/"_s << u"u:1"_s << u"HTTPS_PROXY"_s;
}

void RouteResolverTest::environmentPrecedence()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, url);
    QFETCH(QString, proxy);
    QFETCH(QString, origin);
    RouteResolver::Environment environment;
    for (const QString& pair : variables)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    const RouteResolver resolver(mode(u"system"_s), Profile::Connector, environment, nullptr,
                                 forbiddenQuery());
    const Route route = resolver.resolve(QUrl(url));
    QCOMPARE(route.source, Route::Source::Environment);
    QCOMPARE(route.proxyAuthority(), proxy);
    QCOMPARE(route.isProxied(), !proxy.isEmpty());
    QCOMPARE(route.origin, origin);
}

void RouteResolverTest::credentialsInTheEnvironmentNeverReachTheRoute()
{
    const RouteResolver resolver(mode(u"system"_s), Profile::Connector,
                                 {{u"https_proxy"_s, u"http://alice:s3cret@proxy.corp:8080"_s}}, nullptr,
                                 forbiddenQuery());
    const Route route = resolver.resolve(QUrl(u"https://a.example/"_s));
    QCOMPARE(route.proxyAuthority(), u"proxy.corp:8080"_s);
    const QByteArray json = QJsonDocument(route.toJson()).toJson();
    QVERIFY2(!json.contains("s3cret") && !json.contains("alice"), json.constData());
    QCOMPARE(resolver.describeSystemProxy(), u"http://proxy.corp:8080"_s);
}

void RouteResolverTest::desktopSettingsAfterTheEnvironment()
{
    const RouteResolver desktop(mode(u"system"_s), Profile::Connector, {}, nullptr,
                                desktopProxy(u"desk"_s, 8080));
    const Route route = desktop.resolve(QUrl(u"https://a.example/"_s));
    QCOMPARE(route.source, Route::Source::SystemSettings);
    QCOMPARE(route.proxyAuthority(), u"desk:8080"_s);

    const RouteResolver nothing(mode(u"system"_s), Profile::Connector, {}, nullptr,
                                [](const QUrl&) { return QList<QNetworkProxy>{QNetworkProxy::NoProxy}; });
    const Route direct = nothing.resolve(QUrl(u"https://a.example/"_s));
    QVERIFY(!direct.isProxied());
    QCOMPARE(direct.source, Route::Source::Unconfigured);
    QCOMPARE(nothing.describeSystemProxy(), u"none"_s);

    // The environment wins over the desktop.
    const RouteResolver both(mode(u"system"_s), Profile::Connector, {{u"https_proxy"_s, u"http://env:1"_s}},
                             nullptr, desktopProxy(u"desk"_s, 8080));
    QCOMPARE(both.resolve(QUrl(u"https://a.example/"_s)).proxyAuthority(), u"env:1"_s);
}

void RouteResolverTest::windowsProfilesReadTheirOwnSetting()
{
    auto windows = std::make_shared<FakePlatformProxy>();
    windows->machine = {true, "winhttp.corp:8080", "<local>;*.corp", "", false, ""};
    windows->user = {true, "ie.corp:3128", "", "", false, ""};

    const RouteResolver connector(mode(u"system"_s), Profile::Connector, {}, windows, forbiddenQuery());
    const Route fromWinHttp = connector.resolve(QUrl(u"https://citrix.citrixcloud.jp/"_s));
    QCOMPARE(fromWinHttp.source, Route::Source::WinHttp);
    QCOMPARE(fromWinHttp.proxyAuthority(), u"winhttp.corp:8080"_s);
    const Route bypassed = connector.resolve(QUrl(u"https://x.corp/"_s));
    QVERIFY(!bypassed.isProxied());
    QCOMPARE(bypassed.bypassRule, u"*.corp"_s);

    const RouteResolver browser(mode(u"system"_s), Profile::Browser, {}, windows, forbiddenQuery());
    const Route fromUser = browser.resolve(QUrl(u"https://citrix.citrixcloud.jp/"_s));
    QCOMPARE(fromUser.source, Route::Source::InternetSettings);
    QCOMPARE(fromUser.proxyAuthority(), u"ie.corp:3128"_s);

    // A session host's services run as the machine too: WinHTTP, like the connector.
    const RouteResolver vda(mode(u"system"_s), Profile::Vda, {}, windows, forbiddenQuery());
    QCOMPARE(vda.resolve(QUrl(u"https://global-all.g.nssvc.net/"_s)).source, Route::Source::WinHttp);

    // A machine with no WinHTTP proxy is direct for the connector, whatever the user's setting.
    windows->machine = {true, "", "", "", false, ""};
    const Route direct = connector.resolve(QUrl(u"https://citrix.citrixcloud.jp/"_s));
    QVERIFY(!direct.isProxied());
    QCOMPARE(direct.source, Route::Source::WinHttp);
}

void RouteResolverTest::windowsSchemeSpecificEntries()
{
    auto windows = std::make_shared<FakePlatformProxy>();
    windows->machine = {true, "http=plain.corp:80;https=secure.corp:8443", "", "", false, ""};
    const RouteResolver resolver(mode(u"system"_s), Profile::Connector, {}, windows, forbiddenQuery());
    QCOMPARE(resolver.resolve(QUrl(u"https://a.example/"_s)).proxyAuthority(), u"secure.corp:8443"_s);
    QCOMPARE(resolver.resolve(QUrl(u"http://crl3.digicert.com/"_s)).proxyAuthority(), u"plain.corp:80"_s);

    windows->machine = {true, "http=plain.corp", "", "", false, ""};
    const Route https = resolver.resolve(QUrl(u"https://a.example/"_s));
    QVERIFY2(!https.isProxied(), "an http-only WinHTTP proxy does not carry https");
    QCOMPARE(resolver.resolve(QUrl(u"http://a.example/"_s)).proxyAuthority(), u"plain.corp:80"_s);
}

void RouteResolverTest::unusableProxiesAreReportedNotBypassed()
{
    // Automatic detection alone (WPAD) is never followed, and never silently direct either.
    auto windows = std::make_shared<FakePlatformProxy>();
    windows->user = {true, "", "", "", true, ""};
    const RouteResolver wpad(mode(u"system"_s), Profile::Browser, {}, windows, forbiddenQuery());
    QVERIFY(!wpad.systemPacUrl());
    const Route route = wpad.resolve(QUrl(u"https://a.example/"_s));
    QVERIFY(route.isProxied());
    QCOMPARE(route.problem, u"pac_not_supported"_s);

    const RouteResolver socks(mode(u"system"_s), Profile::Connector,
                              {{u"https_proxy"_s, u"socks5://s:1080"_s}}, nullptr, forbiddenQuery());
    const Route viaSocks = socks.resolve(QUrl(u"https://a.example/"_s));
    QVERIFY(viaSocks.isProxied());
    QCOMPARE(viaSocks.problem, u"unsupported_scheme:socks5"_s);
}

void RouteResolverTest::internetSettingsScriptIsEvaluatedForTheBrowser()
{
    auto windows = std::make_shared<FakePlatformProxy>();
    windows->machine = {true, "winhttp.corp:8080", "", "", false, ""};
    windows->user = {true, "ie.corp:3128", "", "http://pac.corp/proxy.pac", false, ""};
    const QUrl address(u"https://a.example/"_s);

    // The browser profile's routes come from the script the user's Internet Settings name.
    RouteResolver browser(mode(u"system"_s), Profile::Browser, {}, windows, forbiddenQuery());
    QCOMPARE(browser.systemPacUrl(), QUrl(u"http://pac.corp/proxy.pac"_s));
    const Route before = browser.resolve(address);
    QCOMPARE(before.source, Route::Source::Pac);
    QCOMPARE(before.problem, u"pac_failed:not_evaluated"_s); // never the static entry behind it
    QCOMPARE(before.origin, u"Internet Settings (AutoConfigURL http://pac.corp/proxy.pac)"_s);

    PacAnswer answer;
    answer.returned = u"PROXY pac-chosen.corp:8080; DIRECT"_s;
    answer.directive = PacDirective::parse(answer.returned);
    browser.setPacAnswers({{RouteResolver::pacKey(address), answer}});
    const Route after = browser.resolve(address);
    QVERIFY(after.problem.isEmpty());
    QCOMPARE(after.proxyAuthority(), u"pac-chosen.corp:8080"_s);
    QCOMPARE(after.pacReturned, answer.returned);
    QCOMPARE(after.fallbacks.size(), 1);
    // --compare-direct's other path for a direct address is the same script's answer.
    QCOMPARE(browser.otherPath(Scheme::Https, u"a.example"_s, 443, Route::direct(Route::Source::Pac))
                 ->proxyAuthority(),
             u"pac-chosen.corp:8080"_s);

    browser.setPacFailure(u"http_status: 404"_s);
    QCOMPARE(browser.resolve(address).problem, u"pac_failed:http_status: 404"_s);

    // The Cloud Connector (WinHTTP) never reads the user's script; a proxy variable decides first.
    const RouteResolver connector(mode(u"system"_s), Profile::Connector, {}, windows, forbiddenQuery());
    QVERIFY(!connector.systemPacUrl());
    QCOMPARE(connector.resolve(address).proxyAuthority(), u"winhttp.corp:8080"_s);
    // Its --compare-direct path is not a script nobody evaluated.
    QVERIFY(!connector.otherPath(Scheme::Https, u"a.example"_s, 443, Route::direct(Route::Source::WinHttp)));
    const RouteResolver variable(mode(u"system"_s), Profile::Browser, {{u"https_proxy"_s, u"http://env:1"_s}},
                                 windows, forbiddenQuery());
    QVERIFY(!variable.systemPacUrl());
    QCOMPARE(variable.resolve(address).proxyAuthority(), u"env:1"_s);
    // --proxy none or a manual proxy: no script either.
    QVERIFY(!RouteResolver(mode(u"none"_s), Profile::Browser, {}, windows, forbiddenQuery()).systemPacUrl());
}

void RouteResolverTest::explicitModes()
{
    const RouteResolver::Environment environment{{u"https_proxy"_s, u"http://env:1"_s}};
    const RouteResolver none(mode(u"none"_s), Profile::Connector, environment, nullptr, forbiddenQuery());
    const Route direct = none.resolve(QUrl(u"https://a.example/"_s));
    QVERIFY(!direct.isProxied());
    QCOMPARE(direct.source, Route::Source::Disabled);
    // The environment still describes the machine, whatever --proxy says.
    QCOMPARE(none.describeSystemProxy(), u"http://env:1"_s);

    const RouteResolver manual(mode(u"http://proxy.corp:3128"_s), Profile::Connector, environment, nullptr,
                               forbiddenQuery());
    const Route viaManual = manual.resolve(QUrl(u"https://a.example/"_s));
    QCOMPARE(viaManual.source, Route::Source::Manual);
    QCOMPARE(viaManual.proxyAuthority(), u"proxy.corp:3128"_s);
    QVERIFY(viaManual.problem.isEmpty());
}

void RouteResolverTest::udpIsNeverProxied()
{
    const RouteResolver manual(mode(u"http://proxy.corp:3128"_s), Profile::Connector, {}, nullptr,
                               forbiddenQuery());
    const Route route = manual.resolve(Scheme::Udp, u"global.g.nssvc.net"_s, 443);
    QVERIFY(!route.isProxied());
    QCOMPARE(route.source, Route::Source::NotProxiable);
}

void RouteResolverTest::routeJsonRoundTrip()
{
    Route route = Route::viaProxy(Route::Source::Environment, u"::1"_s, 3128, u"https_proxy"_s);
    QCOMPARE(route.proxyAuthority(), u"[::1]:3128"_s);
    QCOMPARE(Route::fromJson(route.toJson()), route);
    Route bypassed = Route::direct(Route::Source::Environment, u"no_proxy"_s);
    bypassed.bypassRule = u".corp"_s;
    QCOMPARE(Route::fromJson(bypassed.toJson()), bypassed);
    QVERIFY(!Route::fromJson(QJsonObject{{u"kind"_s, u"sideways"_s}}).has_value());
}

namespace {

RouteResolver pacResolver(Profile profile, const QString& returned, const QString& error = {})
{
    RouteResolver resolver(mode(u"pac:http://127.0.0.1:8081/site.pac"_s), profile, {}, nullptr,
                           desktopProxy(u"desk"_s, 8080));
    PacAnswer answer;
    answer.returned = returned;
    answer.directive = PacDirective::parse(returned);
    answer.error = error;
    resolver.setPacAnswers({{RouteResolver::pacKey(QUrl(u"https://a.example/"_s)), answer}});
    return resolver;
}

} // namespace

void RouteResolverTest::pacAnswersBecomeRoutes_data()
{
    QTest::addColumn<QString>("returned");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QStringList>("fallbacks");
    QTest::addColumn<QString>("problem");

    QTest::newRow("one proxy") << u"PROXY p1:3128"_s << QString() << u"p1:3128"_s << QStringList{}
                               << QString();
    QTest::newRow("failover in order") << u"PROXY p1:3128; PROXY p2:8080; DIRECT"_s << QString()
                                       << u"p1:3128"_s << QStringList{u"p2:8080"_s, u"DIRECT"_s} << QString();
    QTest::newRow("direct first") << u"DIRECT; PROXY p1:3128"_s << QString() << QString()
                                  << QStringList{u"p1:3128"_s} << QString();
    // SOCKS is skipped for a usable entry after it, and reported when nothing else is left.
    QTest::newRow("socks then proxy")
        << u"SOCKS5 s:1080; PROXY p1:3128"_s << QString() << u"p1:3128"_s << QStringList{} << QString();
    QTest::newRow("socks only") << u"SOCKS5 s:1080"_s << QString() << QString() << QStringList{}
                                << u"pac_unsupported:SOCKS5 s:1080"_s;
    QTest::newRow("script failed") << QString() << u"timeout"_s << QString() << QStringList{}
                                   << u"pac_failed:timeout"_s;
}

void RouteResolverTest::pacAnswersBecomeRoutes()
{
    QFETCH(QString, returned);
    QFETCH(QString, error);
    QFETCH(QString, proxy);
    QFETCH(QStringList, fallbacks);
    QFETCH(QString, problem);

    const Route route = pacResolver(Profile::Browser, returned, error).resolve(QUrl(u"https://a.example/"_s));
    QCOMPARE(route.source, Route::Source::Pac);
    QCOMPARE(route.problem, problem);
    if (problem.isEmpty()) {
        QCOMPARE(route.proxyAuthority(), proxy);
        QCOMPARE(route.pacReturned, returned);
        QCOMPARE(route.toJson().value(u"fallbacks"_s).toVariant().toStringList(), fallbacks);
    } else {
        QVERIFY(route.isProxied()); // the proxy step runs and reports it; never a silent direct check
    }
    // Failing over walks the list and remembers what was given up.
    Route walked = route;
    for (const QString& next : fallbacks) {
        const auto over = walked.failOver(u"refused"_s);
        QVERIFY(over);
        QCOMPARE(over->isProxied() ? over->proxyAuthority() : u"DIRECT"_s, next);
        QCOMPARE(over->triedBefore.last(),
                 (walked.isProxied() ? walked.proxyAuthority() : u"DIRECT"_s) + u" (refused)"_s);
        walked = *over;
    }
    QVERIFY(!walked.failOver(u"refused"_s));
    // An address the script was not asked about is never routed by guess.
    const Route other = pacResolver(Profile::Browser, returned, error).resolve(QUrl(u"https://b.example/"_s));
    QVERIFY(other.problem.startsWith(u"pac_failed:"_s));
}

void RouteResolverTest::pacIsTheConnectorsAlternate()
{
    // The Cloud Connector cannot use a PAC: it takes its own path (here the desktop's), and the
    // PAC's answer is what a browser would take.
    const RouteResolver connector = pacResolver(Profile::Connector, u"PROXY p1:3128"_s);
    QCOMPARE(connector.resolve(QUrl(u"https://a.example/"_s)).proxyAuthority(), u"desk:8080"_s);
    const auto alternate = connector.alternate(Scheme::Https, u"a.example"_s, 443);
    QVERIFY(alternate);
    QCOMPARE(alternate->source, Route::Source::Pac);
    QCOMPARE(alternate->proxyAuthority(), u"p1:3128"_s);
    QVERIFY(!pacResolver(Profile::Browser, u"PROXY p1:3128"_s).alternate(Scheme::Https, u"a.example"_s, 443));
    QVERIFY(!connector.alternate(Scheme::Udp, u"a.example"_s, 443));
}

void RouteResolverTest::compareDirectFindsTheOtherPath()
{
    const RouteResolver none(mode(u"none"_s), Profile::Connector, {}, nullptr, desktopProxy(u"desk"_s, 8080));
    const Route direct = none.resolve(QUrl(u"https://a.example/"_s));
    const auto viaBrowserProxy = none.otherPath(Scheme::Https, u"a.example"_s, 443, direct);
    QVERIFY(viaBrowserProxy);
    QCOMPARE(viaBrowserProxy->proxyAuthority(), u"desk:8080"_s);

    const RouteResolver manual(mode(u"http://p1:3128"_s), Profile::Connector, {}, nullptr, forbiddenQuery());
    const auto back =
        manual.otherPath(Scheme::Https, u"a.example"_s, 443, manual.resolve(QUrl(u"https://a.example/"_s)));
    QVERIFY(back && !back->isProxied());

    const RouteResolver bare(mode(u"none"_s), Profile::Connector, {}, nullptr,
                             [](const QUrl&) { return QList<QNetworkProxy>{QNetworkProxy::NoProxy}; });
    QVERIFY(!bare.otherPath(Scheme::Https, u"a.example"_s, 443, direct));
}

QTEST_GUILESS_MAIN(RouteResolverTest)
#include "tst_routeresolver.moc"
