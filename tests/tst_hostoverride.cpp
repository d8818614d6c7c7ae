// Unit tests of HostOverride (--resolve, --connect-to) and ProxySetting (--proxy): parsing, the
// errors, and that a proxy password never reaches an error text or a report.
#include "plan/HostOverride.h"
#include "plan/ProxySetting.h"

#include <QTest>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

constexpr int kNoPort = 0; // "no port" in the data tables

} // namespace

class HostOverrideTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseResolve_data();
    void parseResolve();
    void parseResolveErrors_data();
    void parseResolveErrors();
    void parseConnectTo_data();
    void parseConnectTo();
    void parseConnectToErrors_data();
    void parseConnectToErrors();
    void matches();
    void proxyParse_data();
    void proxyParse();
    void proxyParseErrors_data();
    void proxyParseErrors();
    void proxyDisplayNeverShowsPassword_data();
    void proxyDisplayNeverShowsPassword();
};

void HostOverrideTest::parseResolve_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("address");

    QTest::newRow("HOST:ADDR") << u"citrix.citrixcloud.jp:127.0.0.1"_s << u"citrix.citrixcloud.jp"_s
                               << kNoPort << u"127.0.0.1"_s;
    QTest::newRow("host is lower-cased")
        << u"Citrix.CitrixCloud.JP:192.0.2.7"_s << u"citrix.citrixcloud.jp"_s << kNoPort << u"192.0.2.7"_s;
    QTest::newRow("curl HOST:PORT:ADDR")
        << u"api.citrixcloud.jp:443:127.0.0.1"_s << u"api.citrixcloud.jp"_s << 443 << u"127.0.0.1"_s;
    QTest::newRow("curl HOST:PORT:ADDR port 80")
        << u"crl3.digicert.com:80:198.51.100.4"_s << u"crl3.digicert.com"_s << 80 << u"198.51.100.4"_s;
    QTest::newRow("bracketed IPv6") << u"api.citrixcloud.jp:[::1]"_s << u"api.citrixcloud.jp"_s << kNoPort
                                    << u"::1"_s;
    QTest::newRow("bracketed IPv6 with port")
        << u"api.citrixcloud.jp:443:[2001:db8::7]"_s << u"api.citrixcloud.jp"_s << 443 << u"2001:db8::7"_s;
    QTest::newRow("bare IPv6 loopback")
        << u"api.citrixcloud.jp:::1"_s << u"api.citrixcloud.jp"_s << kNoPort << u"::1"_s;
    // A bare IPv6 address whose first group is all digits is an address, not PORT:ADDR.
    QTest::newRow("bare IPv6 documentation address")
        << u"api.citrixcloud.jp:2001:db8::1"_s << u"api.citrixcloud.jp"_s << kNoPort << u"2001:db8::1"_s;
    QTest::newRow("bare full IPv6") << u"api.citrixcloud.jp:2001:db8:0:0:0:0:0:2"_s << u"api.citrixcloud.jp"_s
                                    << kNoPort << u"2001:db8::2"_s;
    QTest::newRow("bare IPv6 with port")
        << u"api.citrixcloud.jp:443:::1"_s << u"api.citrixcloud.jp"_s << 443 << u"::1"_s;
}

void HostOverrideTest::parseResolve()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, address);

    const auto parsed = HostOverride::parseResolve(text);
    const QString* error = std::get_if<QString>(&parsed);
    QVERIFY2(!error, qPrintable(error ? *error : QString()));
    const HostOverride& result = std::get<HostOverride>(parsed);
    QCOMPARE(result.host, host);
    QCOMPARE(result.port.value_or(kNoPort), port);
    QCOMPARE(result.address, QHostAddress(address));
    QVERIFY(!result.connectPort.has_value()); // --resolve never moves the port
}

void HostOverrideTest::parseResolveErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no colon") << u"citrix.citrixcloud.jp"_s << u"expects HOST:ADDRESS"_s;
    QTest::newRow("empty host") << u":127.0.0.1"_s << u"expects HOST:ADDRESS"_s;
    QTest::newRow("empty address") << u"citrix.citrixcloud.jp:"_s << u"is not an IP address"_s;
    QTest::newRow("a name, not an address")
        << u"citrix.citrixcloud.jp:localhost"_s << u"\"localhost\" is not an IP address"_s;
    QTest::newRow("bad IPv4") << u"citrix.citrixcloud.jp:999.1.1.1"_s << u"is not an IP address"_s;
    QTest::newRow("port 0") << u"citrix.citrixcloud.jp:0:127.0.0.1"_s << u"is not an IP address"_s;
    QTest::newRow("port 70000") << u"citrix.citrixcloud.jp:70000:127.0.0.1"_s << u"is not an IP address"_s;
    QTest::newRow("port without address") << u"citrix.citrixcloud.jp:443:"_s << u"is not an IP address"_s;
    QTest::newRow("unclosed bracket") << u"citrix.citrixcloud.jp:[::1"_s << u"is not an IP address"_s;
}

void HostOverrideTest::parseResolveErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const auto parsed = HostOverride::parseResolve(text);
    const QString* error = std::get_if<QString>(&parsed);
    QVERIFY(error);
    QVERIFY2(error->startsWith(u"--resolve"_s), qPrintable(*error));
    QVERIFY2(error->contains(problem), qPrintable(*error));
    QVERIFY2(error->contains(u'"' + text + u'"'), qPrintable(*error)); // names the input
}

void HostOverrideTest::parseConnectTo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("connectPort");
    QTest::newRow("IPv4") << u"api.citrixcloud.jp:443:127.0.0.1:8443"_s << u"api.citrixcloud.jp"_s << 443
                          << u"127.0.0.1"_s << 8443;
    QTest::newRow("case folded") << u"API.CitrixCloud.jp:80:10.0.0.1:8080"_s << u"api.citrixcloud.jp"_s << 80
                                 << u"10.0.0.1"_s << 8080;
    QTest::newRow("bracketed IPv6") << u"api.citrixcloud.jp:443:[::1]:9443"_s << u"api.citrixcloud.jp"_s
                                    << 443 << u"::1"_s << 9443;
    QTest::newRow("same port") << u"api.citrixcloud.jp:443:192.0.2.1:443"_s << u"api.citrixcloud.jp"_s << 443
                               << u"192.0.2.1"_s << 443;
}

void HostOverrideTest::parseConnectTo()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, address);
    QFETCH(int, connectPort);
    const auto parsed = HostOverride::parseConnectTo(text);
    const QString* error = std::get_if<QString>(&parsed);
    QVERIFY2(!error, qPrintable(error ? *error : QString()));
    const HostOverride& result = std::get<HostOverride>(parsed);
    QCOMPARE(result.host, host);
    QCOMPARE(result.port.value_or(kNoPort), port);
    QCOMPARE(result.address, QHostAddress(address));
    QCOMPARE(result.connectPort.value_or(kNoPort), connectPort);
}

void HostOverrideTest::parseConnectToErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("three fields") << u"api.citrixcloud.jp:443:127.0.0.1"_s
                                  << u"expects HOST:PORT:ADDRESS:PORT"_s;
    QTest::newRow("five fields") << u"api.citrixcloud.jp:443:127.0.0.1:8443:1"_s
                                 << u"expects HOST:PORT:ADDRESS:PORT"_s;
    QTest::newRow("bare IPv6") << u"api.citrixcloud.jp:443:::1:8443"_s << u"expects HOST:PORT:ADDRESS:PORT"_s;
    QTest::newRow("empty host") << u":443:127.0.0.1:8443"_s << u"expects HOST:PORT:ADDRESS:PORT"_s;
    QTest::newRow("port 0") << u"api.citrixcloud.jp:0:127.0.0.1:8443"_s << u"ports must be numbers"_s;
    QTest::newRow("connect port 70000")
        << u"api.citrixcloud.jp:443:127.0.0.1:70000"_s << u"ports must be numbers"_s;
    QTest::newRow("port not a number")
        << u"api.citrixcloud.jp:https:127.0.0.1:8443"_s << u"ports must be numbers"_s;
    QTest::newRow("bad address") << u"api.citrixcloud.jp:443:proxy.local:8443"_s
                                 << u"\"proxy.local\" is not an IP address"_s;
}

void HostOverrideTest::parseConnectToErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const auto parsed = HostOverride::parseConnectTo(text);
    const QString* error = std::get_if<QString>(&parsed);
    QVERIFY(error);
    QVERIFY2(error->startsWith(u"--connect-to"_s), qPrintable(*error));
    QVERIFY2(error->contains(problem), qPrintable(*error));
    QVERIFY2(error->contains(u'"' + text + u'"'), qPrintable(*error));
}

void HostOverrideTest::matches()
{
    const auto anyPort =
        std::get<HostOverride>(HostOverride::parseResolve(u"api.citrixcloud.jp:127.0.0.1"_s));
    QVERIFY(anyPort.matches(u"api.citrixcloud.jp"_s, 443));
    QVERIFY(anyPort.matches(u"API.CITRIXCLOUD.JP"_s, 443));
    QVERIFY(anyPort.matches(u"api.citrixcloud.jp"_s, 80));
    QVERIFY(!anyPort.matches(u"citrix.citrixcloud.jp"_s, 443));
    QVERIFY(!anyPort.matches(u"api.citrixcloud.jp.evil.example"_s, 443));

    const auto port443 =
        std::get<HostOverride>(HostOverride::parseResolve(u"Api.CitrixCloud.jp:443:127.0.0.1"_s));
    QVERIFY(port443.matches(u"api.citrixcloud.jp"_s, 443));
    QVERIFY(port443.matches(u"API.citrixcloud.JP"_s, 443));
    QVERIFY(!port443.matches(u"api.citrixcloud.jp"_s, 80));

    const auto redirect =
        std::get<HostOverride>(HostOverride::parseConnectTo(u"api.citrixcloud.jp:443:127.0.0.1:8443"_s));
    QVERIFY(redirect.matches(u"api.citrixcloud.jp"_s, 443));
    QVERIFY(!redirect.matches(u"api.citrixcloud.jp"_s, 8443)); // the port it is sent to is not the match
}

void HostOverrideTest::proxyParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ProxySetting::Mode>("mode");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("display");
    QTest::newRow("system") << u"system"_s << ProxySetting::Mode::System << QString() << QString()
                            << u"system"_s;
    QTest::newRow("none") << u"none"_s << ProxySetting::Mode::None << QString() << QString() << u"none"_s;
    QTest::newRow("manual") << u"http://proxy.corp.example:8080"_s << ProxySetting::Mode::Manual
                            << u"http://proxy.corp.example:8080"_s << QString()
                            << u"http://proxy.corp.example:8080"_s;
    QTest::newRow("manual by address") << u"http://10.0.0.5:3128"_s << ProxySetting::Mode::Manual
                                       << u"http://10.0.0.5:3128"_s << QString() << u"http://10.0.0.5:3128"_s;
    // The user name is kept apart from the URL; the report shows it, never a password.
    QTest::newRow("manual with user")
        << u"http://alice@proxy.corp.example:8080"_s << ProxySetting::Mode::Manual
        << u"http://proxy.corp.example:8080"_s << u"alice"_s << u"http://alice@proxy.corp.example:8080"_s;
    QTest::newRow("pac") << u"pac:http://wpad.corp.example/proxy.pac"_s << ProxySetting::Mode::Pac
                         << u"http://wpad.corp.example/proxy.pac"_s << QString()
                         << u"pac:http://wpad.corp.example/proxy.pac"_s;
    QTest::newRow("pac from a file") << u"pac:file:///etc/proxy.pac"_s << ProxySetting::Mode::Pac
                                     << u"file:///etc/proxy.pac"_s << QString()
                                     << u"pac:file:///etc/proxy.pac"_s;
}

void HostOverrideTest::proxyParse()
{
    QFETCH(QString, text);
    QFETCH(ProxySetting::Mode, mode);
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QString, display);
    const auto parsed = ProxySetting::parse(text);
    const QString* error = std::get_if<QString>(&parsed);
    QVERIFY2(!error, qPrintable(error ? *error : QString()));
    const ProxySetting& setting = std::get<ProxySetting>(parsed);
    QCOMPARE(setting.mode, mode);
    QCOMPARE(setting.url.toString(), url);
    QCOMPARE(setting.url.userName(), QString()); // credentials never live in the URL
    QCOMPARE(setting.user, user);
    QCOMPARE(setting.display(), display);
}

void HostOverrideTest::proxyParseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("secret"); // must not appear in the error; empty when there is none
    QTest::newRow("password in URL") << u"http://alice:s3cr3t-Pa55@proxy.corp.example:8080"_s
                                     << u"must not contain a password"_s << u"s3cr3t-Pa55"_s;
    QTest::newRow("password, no port")
        << u"http://alice:hunter2@proxy.corp.example"_s << u"--proxy expects"_s << u"hunter2"_s;
    QTest::newRow("password, https proxy")
        << u"https://bob:Tr0ub4dor@proxy.corp.example:8443"_s << u"--proxy expects"_s << u"Tr0ub4dor"_s;
    QTest::newRow("password with @") << u"http://carol:p@ss@proxy.corp.example:8080"_s << u"--proxy"_s
                                     << u"p@ss"_s;
    QTest::newRow("password in an invalid PAC URL")
        << u"pac:http://dave:Wh1sper@wpad.corp.example/proxy pac"_s << u"pac:URL needs a valid URL"_s
        << u"Wh1sper"_s;
    QTest::newRow("no port") << u"http://proxy.corp.example"_s << u"--proxy expects system, none"_s
                             << QString();
    QTest::newRow("socks") << u"socks5://proxy.corp.example:1080"_s << u"--proxy expects"_s << QString();
    QTest::newRow("host:port without scheme")
        << u"proxy.corp.example:8080"_s << u"--proxy expects"_s << QString();
    QTest::newRow("garbage") << u"automatic please"_s << u"\"automatic please\""_s << QString();
    QTest::newRow("empty") << QString() << u"--proxy expects"_s << QString();
    QTest::newRow("pac without URL") << u"pac:"_s << u"pac:URL needs a valid URL"_s << QString();
    QTest::newRow("pac relative path") << u"pac:proxy.pac"_s << u"pac:URL needs a valid URL"_s << QString();
    QTest::newRow("System in capitals") << u"System"_s << u"--proxy expects"_s << QString();
}

void HostOverrideTest::proxyParseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QFETCH(QString, secret);
    const auto parsed = ProxySetting::parse(text);
    const QString* error = std::get_if<QString>(&parsed);
    QVERIFY(error);
    QVERIFY2(error->contains(problem), qPrintable(*error));
    if (!secret.isEmpty())
        QVERIFY2(!error->contains(secret), qPrintable(u"the error shows the password: "_s + *error));
}

void HostOverrideTest::proxyDisplayNeverShowsPassword_data()
{
    QTest::addColumn<ProxySetting::Mode>("mode");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("display");
    // Settings can be built by the wizard, not only by parse(): display() strips what it must.
    QTest::newRow("manual URL carrying a password")
        << ProxySetting::Mode::Manual << u"http://alice:s3cr3t@proxy.corp.example:8080"_s << QString()
        << u"http://alice@proxy.corp.example:8080"_s;
    QTest::newRow("manual URL with password, user set apart")
        << ProxySetting::Mode::Manual << u"http://x:s3cr3t@proxy.corp.example:8080"_s << u"alice"_s
        << u"http://alice@proxy.corp.example:8080"_s;
    QTest::newRow("PAC URL carrying credentials")
        << ProxySetting::Mode::Pac << u"http://alice:s3cr3t@wpad.corp.example/proxy.pac"_s << QString()
        << u"pac:http://wpad.corp.example/proxy.pac"_s;
}

void HostOverrideTest::proxyDisplayNeverShowsPassword()
{
    QFETCH(ProxySetting::Mode, mode);
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QString, display);
    ProxySetting setting;
    setting.mode = mode;
    setting.url = QUrl(url);
    setting.user = user;
    QCOMPARE(setting.display(), display);
    QVERIFY(!setting.display().contains(u"s3cr3t"_s));
}

QTEST_GUILESS_MAIN(HostOverrideTest)
#include "tst_hostoverride.moc"
