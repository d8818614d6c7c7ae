#include "FakeHostBuilder.h"

#include "diagnosis/HostDiagnosis.h"
#include "host/HostChecks.h"
#include "platform/RegistryConnectorInstallation.h"
#include "platform/RegistryOsFacts.h"
#include "platform/fake/FakeHost.h"
#include "readiness/DotNetStrongCryptoRule.h"
#include "readiness/FipsPolicyRule.h"
#include "readiness/IeEscRule.h"
#include "readiness/OsSupportRule.h"
#include "readiness/Tls12ClientRule.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cctest {

using namespace cloudcheck;

namespace {
QString hklm(const QString& key)
{
    return QStringLiteral("HKLM\\") + key;
}
} // namespace

FakeHostBuilder FakeHostBuilder::healthyConnector()
{
    FakeHostBuilder builder;
    const auto key = [](const char* text) { return QString::fromLatin1(text); };
    builder.value(key(readiness::Tls12ClientRule::kKey), QStringLiteral("Enabled"), 1)
        .value(key(readiness::DotNetStrongCryptoRule::kKey64), QStringLiteral("SchUseStrongCrypto"), 1)
        .value(key(readiness::FipsPolicyRule::kKey), QStringLiteral("Enabled"), 0)
        .value(key(readiness::IeEscRule::kKey), QStringLiteral("IsInstalled"), 0)
        .value(key(platform::RegistryOsFacts::kCurrentVersionKey), QStringLiteral("ProductName"),
               QStringLiteral("Windows Server 2022 Datacenter"))
        .value(key(platform::RegistryOsFacts::kCurrentVersionKey), QStringLiteral("InstallationType"),
               QStringLiteral("Server"))
        .value(key(platform::RegistryOsFacts::kCurrentVersionKey), QStringLiteral("CurrentBuildNumber"),
               QStringLiteral("20348"))
        .value(key(platform::RegistryOsFacts::kProductOptionsKey), QStringLiteral("ProductType"),
               QStringLiteral("ServerNT"))
        .value(key(readiness::OsSupportRule::kDotNetKey), QStringLiteral("Release"), 528449)
        .value(key(platform::RegistryConnectorInstallation::kInstallKey),
               QStringLiteral("ProductVersionBase"), QStringLiteral("6.148.0"))
        .value(key(platform::RegistryConnectorInstallation::kAgentFoundationKey),
               QStringLiteral("ServiceAddressFormat"),
               QStringLiteral("https://service.citrixworkspacesapi.jp/"));
    const QJsonObject proxy{{QStringLiteral("proxy"), QStringLiteral("proxy.corp.example:8080")},
                            {QStringLiteral("bypass"), QStringLiteral("<local>")}};
    builder.field(QStringLiteral("domainRole"), 3)
        .field(QStringLiteral("winHttpProxy"), proxy)
        .field(QStringLiteral("userProxy"), proxy)
        .field(QStringLiteral("certificates"),
               QJsonObject{
                   {QStringLiteral("Root"), QJsonArray{QStringLiteral("DigiCert Global Root G2"),
                                                       QStringLiteral("DigiCert Trusted Root G4")}},
                   {QStringLiteral("CA"),
                    QJsonArray{QStringLiteral("DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1")}}});
    return builder;
}

FakeHostBuilder& FakeHostBuilder::value(const QString& key, const QString& name, const QJsonValue& value)
{
    QJsonObject registry = m_root.value(QStringLiteral("registry")).toObject();
    QJsonObject values = registry.value(hklm(key)).toObject();
    values.insert(name, value);
    registry.insert(hklm(key), values);
    m_root.insert(QStringLiteral("registry"), registry);
    return *this;
}

FakeHostBuilder& FakeHostBuilder::remove(const QString& key, const QString& name)
{
    QJsonObject registry = m_root.value(QStringLiteral("registry")).toObject();
    QJsonObject values = registry.value(hklm(key)).toObject();
    values.remove(name);
    registry.insert(hklm(key), values);
    m_root.insert(QStringLiteral("registry"), registry);
    return *this;
}

FakeHostBuilder& FakeHostBuilder::field(const QString& name, const QJsonValue& value)
{
    m_root.insert(name, value);
    return *this;
}

FakeHostBuilder& FakeHostBuilder::without(const QString& name)
{
    m_root.remove(name);
    return *this;
}

QByteArray FakeHostBuilder::json() const
{
    return QJsonDocument(m_root).toJson();
}

bool FakeHostBuilder::write(const QString& path) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(json()) >= 0;
}

HostResult FakeHostBuilder::diagnosed(Profile profile) const
{
    QString error;
    const auto fake = platform::FakeHost::parse(json(), &error);
    if (!fake)
        qFatal("fake host refused: %s", qPrintable(error));
    HostResult host = HostChecks::run(profile, platform::FakeHost::platform(fake), HostResult::Source::Fake);
    host.fakePath = QStringLiteral("/tmp/fake-host.json");
    HostDiagnosis::apply(host);
    return host;
}

} // namespace cctest
