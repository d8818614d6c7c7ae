// Every readiness rule (core/readiness) against the Linux fake host (CLOUDCHECK_FAKE_HOST's
// format): a healthy Cloud Connector passes each rule, and each broken setting fails exactly its
// rule with its code. The same rules run against the real WinAPI under wine in
// tests/windows/WindowsLayerTest.cpp.
#include "FakeHostBuilder.h"
#include "platform/RegistryConnectorInstallation.h"
#include "platform/RegistryOsFacts.h"
#include "platform/fake/FakeHost.h"
#include "readiness/CipherSuitePolicyRule.h"
#include "readiness/ConnectorVersionRule.h"
#include "readiness/DigiCertTrustRule.h"
#include "readiness/DotNetStrongCryptoRule.h"
#include "readiness/FipsPolicyRule.h"
#include "readiness/HostReadiness.h"
#include "readiness/IeEscRule.h"
#include "readiness/OsSupportRule.h"
#include "readiness/Tls12ClientRule.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace cloudcheck;
using namespace cloudcheck::readiness;
using cctest::FakeHostBuilder;

Q_DECLARE_METATYPE(FakeHostBuilder)

namespace {

QString key(const char* text)
{
    return QString::fromLatin1(text);
}

std::vector<RuleResult> evaluate(const FakeHostBuilder& builder, HostRole role = HostRole::Connector)
{
    QString error;
    const auto fake = platform::FakeHost::parse(builder.json(), &error);
    if (!fake)
        qFatal("fake host refused: %s", qPrintable(error));
    return HostReadiness::evaluate(platform::FakeHost::platform(fake), role);
}

const RuleResult* findRule(const std::vector<RuleResult>& results, const QString& id)
{
    for (const RuleResult& result : results) {
        if (QString::fromStdString(result.check) == id)
            return &result;
    }
    return nullptr;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return u"pass"_s;
    case Outcome::Warn:
        return u"warn"_s;
    case Outcome::Fail:
        return u"fail"_s;
    case Outcome::NotRun:
        return u"not_run"_s;
    }
    return {};
}

const QString kCurrentVersion = key(platform::RegistryOsFacts::kCurrentVersionKey);
const QString kInstall = key(platform::RegistryConnectorInstallation::kInstallKey);
const QString kAgent = key(platform::RegistryConnectorInstallation::kAgentFoundationKey);

} // namespace

class HostReadinessTest : public QObject
{
    Q_OBJECT

private slots:
    void healthyConnectorPassesEveryRule();
    void brokenSetting_data();
    void brokenSetting();
    void vdaRunsTheTlsRulesOnly();
    void fakeRefusesBadDescriptions_data();
    void fakeRefusesBadDescriptions();
    void parseVersion();
};

void HostReadinessTest::healthyConnectorPassesEveryRule()
{
    const auto results = evaluate(FakeHostBuilder::healthyConnector());
    QCOMPARE(results.size(), size_t(11));
    for (const RuleResult& result : results) {
        QVERIFY2(result.outcome == Outcome::Pass,
                 qPrintable(QString::fromStdString(result.check) + u": "_s + outcomeName(result.outcome) +
                            u" "_s + QString::fromStdString(result.reason)));
        QVERIFY(result.code.empty());
    }
}

void HostReadinessTest::brokenSetting_data()
{
    QTest::addColumn<FakeHostBuilder>("host");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fact"); // name=value the rule must report

    const auto healthy = FakeHostBuilder::healthyConnector;
    const QString tls = key(Tls12ClientRule::kKey);
    QTest::newRow("TLS 1.2 Enabled=0") << healthy().value(tls, u"Enabled"_s, 0) << u"tls12_client"_s
                                       << u"fail"_s << u"HOST_TLS12_DISABLED"_s << u"Enabled=0"_s;
    QTest::newRow("TLS 1.2 DisabledByDefault=1")
        << healthy().value(tls, u"DisabledByDefault"_s, 1) << u"tls12_client"_s << u"fail"_s
        << u"HOST_TLS12_DISABLED"_s << u"DisabledByDefault=1"_s;
    QTest::newRow("TLS 1.2 values absent: the default")
        << healthy().remove(tls, u"Enabled"_s) << u"tls12_client"_s << u"pass"_s << QString()
        << u"Enabled=(not set)"_s;
    QTest::newRow("TLS 1.2 unreadable")
        << healthy().value(tls, u"Enabled"_s, QJsonObject{{u"error"_s, u"access denied"_s}})
        << u"tls12_client"_s << u"not_run"_s << QString() << QString();

    const QString ciphers = key(CipherSuitePolicyRule::kKey);
    QTest::newRow("cipher policy without the four suites")
        << healthy().value(ciphers, u"Functions"_s,
                           u"TLS_RSA_WITH_AES_256_GCM_SHA384,TLS_RSA_WITH_AES_128_GCM_SHA256"_s)
        << u"cipher_suites"_s << u"fail"_s << u"HOST_CIPHERS_MISSING"_s << u"accepted=(none)"_s;
    QTest::newRow("cipher policy with one suite (REG_MULTI_SZ, P384 name)")
        << healthy().value(
               ciphers, u"Functions"_s,
               QJsonArray{u"TLS_AES_256_GCM_SHA384"_s, u"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256_P256"_s})
        << u"cipher_suites"_s << u"pass"_s << QString()
        << u"accepted=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"_s;
    QTest::newRow("ECDSA suites are not the RSA ones")
        << healthy().value(ciphers, u"Functions"_s, u"TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"_s)
        << u"cipher_suites"_s << u"fail"_s << u"HOST_CIPHERS_MISSING"_s << QString();

    QTest::newRow(".NET SchUseStrongCrypto=0 (64-bit)")
        << healthy().value(key(DotNetStrongCryptoRule::kKey64), u"SchUseStrongCrypto"_s, 0)
        << u"dotnet_strong_crypto"_s << u"fail"_s << u"HOST_DOTNET_WEAK_CRYPTO"_s << QString();
    QTest::newRow(".NET SystemDefaultTlsVersions=0 (32-bit)")
        << healthy().value(key(DotNetStrongCryptoRule::kKey32), u"SystemDefaultTlsVersions"_s, 0)
        << u"dotnet_strong_crypto"_s << u"fail"_s << u"HOST_DOTNET_WEAK_CRYPTO"_s
        << u"weak=HKLM\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319 SystemDefaultTlsVersions"_s;

    QTest::newRow("FIPS on") << healthy().value(key(FipsPolicyRule::kKey), u"Enabled"_s, 1) << u"fips"_s
                             << u"fail"_s << u"HOST_FIPS"_s << u"Enabled=1"_s;
    QTest::newRow("IE ESC on") << healthy().value(key(IeEscRule::kKey), u"IsInstalled"_s, 1) << u"ie_esc"_s
                               << u"warn"_s << u"HOST_IE_ESC"_s << u"IsInstalled=1"_s;

    QTest::newRow("Server Core") << healthy().value(kCurrentVersion, u"InstallationType"_s, u"Server Core"_s)
                                 << u"os_support"_s << u"fail"_s << u"HOST_UNSUPPORTED_OS"_s
                                 << u"problems=server_core"_s;
    QTest::newRow("a client edition")
        << healthy()
               .value(key(platform::RegistryOsFacts::kProductOptionsKey), u"ProductType"_s, u"WinNT"_s)
               .value(kCurrentVersion, u"InstallationType"_s, u"Client"_s)
        << u"os_support"_s << u"fail"_s << u"HOST_UNSUPPORTED_OS"_s << u"problems=not_server"_s;
    QTest::newRow("Windows Server 2012 R2")
        << healthy().value(kCurrentVersion, u"CurrentBuildNumber"_s, u"9600"_s) << u"os_support"_s
        << u"fail"_s << u"HOST_UNSUPPORTED_OS"_s << u"problems=old_build"_s;
    QTest::newRow(".NET 4.6.2") << healthy().value(key(OsSupportRule::kDotNetKey), u"Release"_s, 394802)
                                << u"os_support"_s << u"fail"_s << u"HOST_UNSUPPORTED_OS"_s
                                << u"problems=old_dotnet"_s;

    QTest::newRow("domain controller") << healthy().field(u"domainRole"_s, 5) << u"domain_role"_s << u"fail"_s
                                       << u"HOST_DOMAIN_ROLE"_s << u"problem=domain_controller"_s;
    QTest::newRow("workgroup server") << healthy().field(u"domainRole"_s, 2) << u"domain_role"_s << u"fail"_s
                                      << u"HOST_DOMAIN_ROLE"_s << u"problem=not_joined"_s;
    QTest::newRow("domain role unknown")
        << healthy().without(u"domainRole"_s) << u"domain_role"_s << u"not_run"_s << QString() << QString();

    const QJsonObject onlyG4{
        {u"Root"_s, QJsonArray{u"DigiCert Trusted Root G4"_s}},
        {u"CA"_s, QJsonArray{u"DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1"_s}}};
    QTest::newRow("G2 root missing, auto-update off")
        << healthy()
               .field(u"certificates"_s, onlyG4)
               .value(key(DigiCertTrustRule::kAutoUpdateKey), u"DisableRootAutoUpdate"_s, 1)
        << u"digicert_trust"_s << u"fail"_s << u"HOST_ROOTS_MISSING"_s
        << u"missingRoots=DigiCert Global Root G2"_s;
    QTest::newRow("G2 root missing, auto-update on")
        << healthy().field(u"certificates"_s, onlyG4) << u"digicert_trust"_s << u"warn"_s
        << u"HOST_ROOTS_MISSING"_s << u"DigiCert Global Root G2=missing"_s;
    QTest::newRow("code-signing intermediate missing")
        << healthy().field(u"certificates"_s,
                           QJsonObject{{u"Root"_s, QJsonArray{u"DigiCert Global Root G2"_s,
                                                              u"DigiCert Trusted Root G4"_s}}})
        << u"digicert_trust"_s << u"warn"_s << u"HOST_ROOTS_MISSING"_s
        << u"missingIntermediates=DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1"_s;
    QTest::newRow("stores unreadable") << healthy().without(u"certificates"_s) << u"digicert_trust"_s
                                       << u"not_run"_s << QString() << QString();

    QTest::newRow("WinHTTP direct, user through a proxy")
        << healthy().field(u"winHttpProxy"_s, QJsonObject{{u"proxy"_s, QString()}}) << u"winhttp_proxy"_s
        << u"warn"_s << u"HOST_WINHTTP_MISMATCH"_s << u"problem=different_proxy"_s;
    QTest::newRow("user PAC script")
        << healthy().field(u"userProxy"_s,
                           QJsonObject{{u"proxy"_s, u"proxy.corp.example:8080"_s},
                                       {u"autoConfigUrl"_s, u"http://wpad.corp.example/proxy.pac"_s}})
        << u"winhttp_proxy"_s << u"warn"_s << u"HOST_WINHTTP_MISMATCH"_s << u"problem=user_pac"_s;
    QTest::newRow("same proxy, other spelling")
        << healthy().field(u"userProxy"_s, QJsonObject{{u"proxy"_s, u" PROXY.corp.example:8080; "_s}})
        << u"winhttp_proxy"_s << u"pass"_s << QString() << QString();

    QTest::newRow("Connector 6.100") << healthy().value(kInstall, u"ProductVersionBase"_s, u"6.100.0"_s)
                                     << u"connector_version"_s << u"fail"_s << u"HOST_CONNECTOR_OUTDATED"_s
                                     << u"version=6.100.0"_s;
    QTest::newRow("Connector 6.141.0 (fixed)")
        << healthy().value(kInstall, u"ProductVersionBase"_s, u"6.141.0"_s) << u"connector_version"_s
        << u"pass"_s << QString() << QString();
    QTest::newRow("Connector 6.145 (not named as fixed)")
        << healthy().value(kInstall, u"ProductVersionBase"_s, u"6.145.0"_s) << u"connector_version"_s
        << u"warn"_s << u"HOST_CONNECTOR_OUTDATED"_s << QString();
    QTest::newRow("no Connector")
        << healthy().remove(kInstall, u"ProductVersionBase"_s).remove(kAgent, u"ServiceAddressFormat"_s)
        << u"connector_version"_s << u"not_run"_s << QString() << QString();

    QTest::newRow("Connector registered to the US")
        << healthy().value(kAgent, u"ServiceAddressFormat"_s, u"https://service-us.citrixworkspaceapi.net/"_s)
        << u"connector_region"_s << u"warn"_s << u"HOST_CONNECTOR_WRONG_REGION"_s
        << u"host=service-us.citrixworkspaceapi.net"_s;
    QTest::newRow("a look-alike domain is not Japan")
        << healthy().value(kAgent, u"ServiceAddressFormat"_s, u"https://service.notcitrixcloud.jp/"_s)
        << u"connector_region"_s << u"warn"_s << u"HOST_CONNECTOR_WRONG_REGION"_s << QString();
}

void HostReadinessTest::brokenSetting()
{
    QFETCH(FakeHostBuilder, host);
    QFETCH(QString, rule);
    QFETCH(QString, outcome);
    QFETCH(QString, code);
    QFETCH(QString, fact);

    const auto results = evaluate(host);
    const RuleResult* result = findRule(results, rule);
    QVERIFY2(result, qPrintable(rule));
    QCOMPARE(outcomeName(result->outcome), outcome);
    QCOMPARE(QString::fromStdString(result->code), code);
    if (!fact.isEmpty()) {
        const QString name = fact.section(u'=', 0, 0);
        QCOMPARE(QString::fromStdString(result->fact(name.toStdString())), fact.section(u'=', 1));
    }
    // One broken setting breaks one rule: every other rule still passes (without a Connector, its
    // region cannot be judged either).
    const bool noConnector = rule == u"connector_version"_s && outcome == u"not_run"_s;
    for (const RuleResult& other : results) {
        const QString id = QString::fromStdString(other.check);
        if (id == rule)
            continue;
        if (noConnector && id == u"connector_region"_s)
            QCOMPARE(outcomeName(other.outcome), u"not_run"_s);
        else
            QVERIFY2(other.outcome == Outcome::Pass, other.check.c_str());
    }
}

void HostReadinessTest::vdaRunsTheTlsRulesOnly()
{
    // A VDA needs no code-signing intermediate, and Connector-only rules do not run.
    const auto results = evaluate(
        FakeHostBuilder::healthyConnector()
            .field(u"certificates"_s, QJsonObject{{u"Root"_s, QJsonArray{u"DigiCert Global Root G2"_s,
                                                                         u"DigiCert Trusted Root G4"_s}}})
            .field(u"domainRole"_s, 5),
        HostRole::Vda);
    QStringList ids;
    for (const RuleResult& result : results) {
        ids << QString::fromStdString(result.check);
        QVERIFY2(result.outcome == Outcome::Pass, result.check.c_str());
    }
    QCOMPARE(ids, (QStringList{u"tls12_client"_s, u"cipher_suites"_s, u"dotnet_strong_crypto"_s,
                               u"digicert_trust"_s}));
}

void HostReadinessTest::fakeRefusesBadDescriptions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("not JSON") << QByteArray("{") << u"not JSON"_s;
    QTest::newRow("an array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("no hive") << QByteArray(R"({"registry": {"SYSTEM\\X": {}}})") << u"HKLM"_s;
    QTest::newRow("domain role 9") << QByteArray(R"({"domainRole": 9})") << u"domainRole"_s;
}

void HostReadinessTest::fakeRefusesBadDescriptions()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    QString error;
    QVERIFY(!platform::FakeHost::parse(json, &error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY(!platform::FakeHost::load(u"/nonexistent/fake-host.json"_s, &error));
    QVERIFY2(error.contains(u"/nonexistent/fake-host.json"_s), qPrintable(error));
}

void HostReadinessTest::parseVersion()
{
    QCOMPARE(ConnectorVersionRule::parseVersion("6.148.0.18998"), (std::vector<int>{6, 148, 0, 18998}));
    QCOMPARE(ConnectorVersionRule::parseVersion("6.70"), (std::vector<int>{6, 70}));
    QVERIFY(ConnectorVersionRule::parseVersion("").empty());
    QVERIFY(ConnectorVersionRule::parseVersion("6..1").empty());
    QVERIFY(ConnectorVersionRule::parseVersion("v6.1").empty());
    QVERIFY(ConnectorVersionRule::parseVersion("6.1.").empty());
}

QTEST_GUILESS_MAIN(HostReadinessTest)
#include "tst_hostreadiness.moc"
