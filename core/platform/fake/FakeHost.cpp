#include "FakeHost.h"

#include "platform/RegistryConnectorInstallation.h"
#include "platform/RegistryOsFacts.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cloudcheck::platform {

namespace {

QString keyName(RegistryHive hive, const std::string& key)
{
    return QString::fromStdString(RegistryReader::fullPath(hive, key)).toLower();
}

ProxyConfig proxyFrom(const QJsonObject& json, const char* what)
{
    ProxyConfig config;
    if (json.isEmpty()) {
        config.error = std::string("the fake host has no ") + what;
        return config;
    }
    config.readable = true;
    config.proxy = json.value(QStringLiteral("proxy")).toString().toStdString();
    config.bypass = json.value(QStringLiteral("bypass")).toString().toStdString();
    config.autoConfigUrl = json.value(QStringLiteral("autoConfigUrl")).toString().toStdString();
    config.autoDetect = json.value(QStringLiteral("autoDetect")).toBool();
    return config;
}

} // namespace

std::shared_ptr<const FakeHost> FakeHost::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return nullptr;
    }
    auto fake = parse(file.read(1 << 20), error);
    if (!fake)
        *error = path + QStringLiteral(": ") + *error;
    return fake;
}

std::shared_ptr<const FakeHost> FakeHost::parse(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            QStringLiteral("not JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return nullptr;
    }
    if (!document.isObject()) {
        *error = QStringLiteral("not a JSON object");
        return nullptr;
    }
    const QJsonObject root = document.object();
    auto fake = std::make_shared<FakeHost>();
    const QJsonObject registry = root.value(QStringLiteral("registry")).toObject();
    for (auto it = registry.begin(); it != registry.end(); ++it) {
        const QString key = it.key().toLower();
        if (!key.startsWith(QStringLiteral("hklm\\")) && !key.startsWith(QStringLiteral("hkcu\\"))) {
            *error = QStringLiteral("registry key \"%1\" does not start with HKLM\\ or HKCU\\").arg(it.key());
            return nullptr;
        }
        QJsonObject values;
        const QJsonObject given = it.value().toObject();
        for (auto value = given.begin(); value != given.end(); ++value)
            values.insert(value.key().toLower(), value.value());
        fake->m_keys.insert(key, values);
    }
    if (root.contains(QStringLiteral("certificates"))) {
        fake->m_hasCertificates = true;
        const QJsonObject stores = root.value(QStringLiteral("certificates")).toObject();
        for (auto it = stores.begin(); it != stores.end(); ++it) {
            QStringList names;
            for (const QJsonValue& name : it.value().toArray())
                names << name.toString();
            fake->m_stores.insert(it.key().toLower(), names);
        }
    }
    if (root.contains(QStringLiteral("domainRole"))) {
        const int role = root.value(QStringLiteral("domainRole")).toInt(-1);
        if (role < 0 || role > 5) {
            *error = QStringLiteral("domainRole must be 0 to 5 (Win32_ComputerSystem.DomainRole)");
            return nullptr;
        }
        fake->m_domainRole = DomainRole(role);
    }
    fake->m_winHttpProxy = root.value(QStringLiteral("winHttpProxy")).toObject();
    fake->m_userProxy = root.value(QStringLiteral("userProxy")).toObject();
    return fake;
}

HostPlatform FakeHost::platform(const std::shared_ptr<const FakeHost>& fake)
{
    HostPlatform host;
    host.registry = fake;
    host.certificates = fake;
    host.proxy = fake;
    // The readers hold a reference to the fake; their deleters keep it alive as long as they are.
    host.os =
        std::shared_ptr<const OsFacts>(new RegistryOsFacts(*fake, [fake] { return fake->domainRole(); }),
                                       [fake](const OsFacts* facts) { delete facts; });
    host.connector = std::shared_ptr<const ConnectorInstallation>(
        new RegistryConnectorInstallation(*fake),
        [fake](const ConnectorInstallation* facts) { delete facts; });
    return host;
}

RegistryValue FakeHost::read(RegistryHive hive, const std::string& key, const std::string& name) const
{
    RegistryValue result;
    const auto found = m_keys.constFind(keyName(hive, key));
    if (found == m_keys.cend())
        return result;
    const QJsonValue value = found->value(QString::fromStdString(name).toLower());
    if (value.isDouble()) {
        result.kind = RegistryValue::Kind::Dword;
        result.dword = std::uint32_t(value.toInteger());
    } else if (value.isString()) {
        result.kind = RegistryValue::Kind::String;
        result.strings.push_back(value.toString().toStdString());
    } else if (value.isArray()) {
        result.kind = RegistryValue::Kind::MultiString;
        for (const QJsonValue& item : value.toArray())
            result.strings.push_back(item.toString().toStdString());
    } else if (value.isObject()) {
        result.kind = RegistryValue::Kind::Unreadable;
        result.error = value.toObject().value(QStringLiteral("error")).toString().toStdString();
    }
    return result;
}

CertificatePresence FakeHost::find(CertificateStoreName store, const std::string& commonName) const
{
    if (!m_hasCertificates)
        return CertificatePresence::Unreadable;
    const QString name = QString::fromStdString(commonName);
    const QString storeName =
        store == CertificateStoreName::Root ? QStringLiteral("root") : QStringLiteral("ca");
    return m_stores.value(storeName).contains(name, Qt::CaseInsensitive) ? CertificatePresence::Present
                                                                         : CertificatePresence::Absent;
}

ProxyConfig FakeHost::winHttpDefault() const
{
    return proxyFrom(m_winHttpProxy, "winHttpProxy");
}

ProxyConfig FakeHost::currentUser() const
{
    return proxyFrom(m_userProxy, "userProxy");
}

} // namespace cloudcheck::platform
