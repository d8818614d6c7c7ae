#pragma once

#include "platform/HostPlatform.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cloudcheck::platform {

// A Windows host described by a JSON file, so the readiness rules, the reports and the wizard's
// host group can be tested on Linux. Test-only: compiled into non-Windows builds and used only
// when the environment variable CLOUDCHECK_FAKE_HOST names a file (docs/report-format.md shows the
// format). What the file leaves out reads as Windows would answer for an untouched setting
// (registry values: missing) or, where there is no default, as unreadable (certificate stores,
// proxies, the domain role), so a rule about it is not run rather than judged on invented data.
//
//   {"registry": {"HKLM\\SYSTEM\\...\\TLS 1.2\\Client": {"Enabled": 0}},   number: REG_DWORD,
//                                                                          string: REG_SZ,
//                                                                          array: REG_MULTI_SZ,
//                                                                          {"error": "..."}: unreadable
//    "certificates": {"Root": ["DigiCert Global Root G2"], "CA": [...]},
//    "domainRole": 3,
//    "winHttpProxy": {"proxy": "proxy:8080", "bypass": "<local>"},
//    "userProxy": {"proxy": "", "bypass": "", "autoConfigUrl": "", "autoDetect": false}}
class FakeHost final : public RegistryReader, public CertificateStore, public PlatformProxy
{
public:
    static constexpr const char* kVariable = "CLOUDCHECK_FAKE_HOST";

    // nullptr with `error` set when the file cannot be read or is not such a description.
    static std::shared_ptr<const FakeHost> load(const QString& path, QString* error);
    static std::shared_ptr<const FakeHost> parse(const QByteArray& json, QString* error);
    // The fake as every interface the rules read; OS and Connector facts come from its registry
    // through the same readers Windows uses.
    static HostPlatform platform(const std::shared_ptr<const FakeHost>& fake);

    RegistryValue read(RegistryHive hive, const std::string& key, const std::string& name) const override;
    CertificatePresence find(CertificateStoreName store, const std::string& commonName) const override;
    ProxyConfig winHttpDefault() const override;
    ProxyConfig currentUser() const override;
    DomainRole domainRole() const { return m_domainRole; }

private:
    QHash<QString, QJsonObject> m_keys;   // lower-case "hklm\\..." -> values
    QHash<QString, QStringList> m_stores; // "root", "ca" -> common names
    bool m_hasCertificates = false;
    DomainRole m_domainRole = DomainRole::Unknown;
    QJsonObject m_winHttpProxy;
    QJsonObject m_userProxy;
};

} // namespace cloudcheck::platform
