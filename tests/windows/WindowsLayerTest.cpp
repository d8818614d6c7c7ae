// The Windows layer against real WinAPI calls, under wine (run-wine-test.sh) or on Windows: write
// registry fixtures, read them back through the layer (WinRegistry, WinCertificateStore,
// WinDomainRole, WinHttpProxy), and check each readiness rule's result. Exit 1 on any mismatch.
//
// Run it only in a throwaway WINEPREFIX or a throwaway VM: it changes machine-wide settings.
// What cannot be staged here is tested through the Linux fake (tests/tst_hostreadiness.cpp):
// missing roots (wine's Root store is the host's CA bundle) and the domain role (wine's
// DsRoleGetPrimaryDomainInformation always answers "standalone workstation").

#include "platform/HostPlatform.h"
#include "platform/RegistryConnectorInstallation.h"
#include "platform/RegistryOsFacts.h"
#include "platform/windows/WinCertificateStore.h"
#include "platform/windows/WinRegistry.h"
#include "readiness/CipherSuitePolicyRule.h"
#include "readiness/ConnectorRegionRule.h"
#include "readiness/ConnectorVersionRule.h"
#include "readiness/DigiCertTrustRule.h"
#include "readiness/DomainRoleRule.h"
#include "readiness/DotNetStrongCryptoRule.h"
#include "readiness/FipsPolicyRule.h"
#include "readiness/HostReadiness.h"
#include "readiness/IeEscRule.h"
#include "readiness/OsSupportRule.h"
#include "readiness/Tls12ClientRule.h"
#include "readiness/WinHttpProxyRule.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>
#include <windows.h>
#include <winhttp.h>

using namespace cloudcheck;
using namespace cloudcheck::readiness;

namespace {

int g_failures = 0;
int g_checks = 0;

void check(bool ok, const std::string& what, const std::string& detail = {})
{
    ++g_checks;
    if (!ok)
        ++g_failures;
    std::printf("%s %s%s%s\n", ok ? "ok  " : "FAIL", what.c_str(), detail.empty() ? "" : ": ",
                detail.c_str());
}

const char* outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return "pass";
    case Outcome::Warn:
        return "warn";
    case Outcome::Fail:
        return "fail";
    case Outcome::NotRun:
        return "not_run";
    }
    return "?";
}

void expectRule(const RuleResult& result, Outcome outcome, const std::string& code,
                const std::string& scenario)
{
    std::string facts;
    for (const auto& [name, value] : result.facts)
        facts += name + "=" + value + "; ";
    check(result.outcome == outcome && result.code == code, scenario + " " + result.check,
          std::string("got ") + outcomeName(result.outcome) + " " + result.code + ", expected " +
              outcomeName(outcome) + " " + code + " (" + facts + result.reason + ")");
}

std::wstring wide(const std::string& text)
{
    return std::wstring(text.begin(), text.end()); // fixtures are ASCII
}

HKEY createKey(HKEY root, const std::string& key)
{
    HKEY handle = nullptr;
    const LSTATUS status = RegCreateKeyExW(root, wide(key).c_str(), 0, nullptr, 0,
                                           KEY_ALL_ACCESS | KEY_WOW64_64KEY, nullptr, &handle, nullptr);
    if (status != ERROR_SUCCESS) {
        std::printf("FAIL cannot create %s: %ld\n", key.c_str(), long(status));
        std::exit(1);
    }
    return handle;
}

void setDword(const std::string& key, const char* name, DWORD value, HKEY root = HKEY_LOCAL_MACHINE)
{
    HKEY handle = createKey(root, key);
    RegSetValueExW(handle, wide(name).c_str(), 0, REG_DWORD, reinterpret_cast<const BYTE*>(&value),
                   sizeof(value));
    RegCloseKey(handle);
}

void setString(const std::string& key, const char* name, const std::string& value)
{
    HKEY handle = createKey(HKEY_LOCAL_MACHINE, key);
    const std::wstring text = wide(value);
    RegSetValueExW(handle, wide(name).c_str(), 0, REG_SZ, reinterpret_cast<const BYTE*>(text.c_str()),
                   DWORD((text.size() + 1) * sizeof(wchar_t)));
    RegCloseKey(handle);
}

void setMultiString(const std::string& key, const char* name, const std::vector<std::string>& values)
{
    HKEY handle = createKey(HKEY_LOCAL_MACHINE, key);
    std::wstring data;
    for (const std::string& value : values)
        data += wide(value) + L'\0';
    data += L'\0';
    RegSetValueExW(handle, wide(name).c_str(), 0, REG_MULTI_SZ, reinterpret_cast<const BYTE*>(data.data()),
                   DWORD(data.size() * sizeof(wchar_t)));
    RegCloseKey(handle);
}

void deleteValue(const std::string& key, const char* name)
{
    HKEY handle = createKey(HKEY_LOCAL_MACHINE, key);
    RegDeleteValueW(handle, wide(name).c_str());
    RegCloseKey(handle);
}

// The machine's WinHTTP proxy, set the way `netsh winhttp set proxy` does.
void setWinHttpProxy(const std::string& proxy, const std::string& bypass)
{
    std::wstring proxyText = wide(proxy);
    std::wstring bypassText = wide(bypass);
    WINHTTP_PROXY_INFO info{};
    info.dwAccessType = proxy.empty() ? WINHTTP_ACCESS_TYPE_NO_PROXY : WINHTTP_ACCESS_TYPE_NAMED_PROXY;
    info.lpszProxy = proxy.empty() ? nullptr : proxyText.data();
    info.lpszProxyBypass = proxy.empty() ? nullptr : bypassText.data();
    check(WinHttpSetDefaultProxyConfiguration(&info) != FALSE,
          "WinHttpSetDefaultProxyConfiguration " + proxy);
}

// The user's Internet Settings as the binary DefaultConnectionSettings value, the one form wine's
// WinHttpGetIEProxyConfigForCurrentUser reads. Flags: 1 direct, 2 named proxy, 4 PAC script.
// Never 8 (auto-detect): WPAD would send queries off the machine.
void setUserProxy(const std::string& proxy, const std::string& bypass, const std::string& pacUrl)
{
    std::vector<BYTE> blob;
    const auto putDword = [&blob](DWORD value) {
        const BYTE* bytes = reinterpret_cast<const BYTE*>(&value);
        blob.insert(blob.end(), bytes, bytes + sizeof(value));
    };
    const auto putText = [&](const std::string& text) {
        putDword(DWORD(text.size()));
        blob.insert(blob.end(), text.begin(), text.end());
    };
    putDword(0x46); // the Internet Settings magic
    putDword(1);    // change counter
    putDword(1 | (proxy.empty() ? 0 : 2) | (pacUrl.empty() ? 0 : 4));
    putText(proxy);
    putText(bypass);
    putText(pacUrl);
    putDword(0);
    blob.resize(blob.size() + 28, 0);
    HKEY handle = createKey(HKEY_CURRENT_USER,
                            "Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings\\Connections");
    RegSetValueExW(handle, L"DefaultConnectionSettings", 0, REG_BINARY, blob.data(), DWORD(blob.size()));
    RegCloseKey(handle);
}

void stageBrokenHost()
{
    setDword(Tls12ClientRule::kKey, "Enabled", 0);
    setDword(Tls12ClientRule::kKey, "DisabledByDefault", 1);
    setString(CipherSuitePolicyRule::kKey, "Functions",
              "TLS_RSA_WITH_AES_256_GCM_SHA384,TLS_RSA_WITH_AES_128_CBC_SHA256");
    setDword(DotNetStrongCryptoRule::kKey64, "SchUseStrongCrypto", 0);
    setDword(DotNetStrongCryptoRule::kKey32, "SystemDefaultTlsVersions", 0);
    setDword(FipsPolicyRule::kKey, "Enabled", 1);
    setDword(IeEscRule::kKey, "IsInstalled", 1);
    setString(platform::RegistryOsFacts::kCurrentVersionKey, "InstallationType", "Server Core");
    setString(platform::RegistryOsFacts::kCurrentVersionKey, "CurrentBuildNumber", "20348");
    setString(platform::RegistryOsFacts::kProductOptionsKey, "ProductType", "ServerNT");
    setDword(OsSupportRule::kDotNetKey, "Release", 528449);
    setDword(DigiCertTrustRule::kAutoUpdateKey, "DisableRootAutoUpdate", 1);
    setWinHttpProxy("proxy.invalid:3128", "<local>");
    setUserProxy("", "", "");
    setString(platform::RegistryConnectorInstallation::kInstallKey, "ProductVersionBase", "6.100.0");
    setString(platform::RegistryConnectorInstallation::kAgentFoundationKey, "ServiceAddressFormat",
              "https://service-us.citrixworkspaceapi.net/");
}

void stageHealthyHost()
{
    setDword(Tls12ClientRule::kKey, "Enabled", 1);
    deleteValue(Tls12ClientRule::kKey, "DisabledByDefault");
    // REG_MULTI_SZ with Server 2016's curve-suffixed names, to read that form back too.
    setMultiString(
        CipherSuitePolicyRule::kKey, "Functions",
        {"TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384_P384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384_P384"});
    setDword(DotNetStrongCryptoRule::kKey64, "SchUseStrongCrypto", 1);
    deleteValue(DotNetStrongCryptoRule::kKey32, "SystemDefaultTlsVersions");
    setDword(FipsPolicyRule::kKey, "Enabled", 0);
    setDword(IeEscRule::kKey, "IsInstalled", 0);
    setString(platform::RegistryOsFacts::kCurrentVersionKey, "InstallationType", "Server");
    setString(platform::RegistryOsFacts::kCurrentVersionKey, "CurrentBuildNumber", "17763");
    setDword(DigiCertTrustRule::kAutoUpdateKey, "DisableRootAutoUpdate", 0);
    setWinHttpProxy("proxy.invalid:3128", "<local>");
    setUserProxy("proxy.invalid:3128", "<local>", "");
    setString(platform::RegistryConnectorInstallation::kInstallKey, "ProductVersionBase", "6.148.0");
    setString(platform::RegistryConnectorInstallation::kAgentFoundationKey, "ServiceAddressFormat",
              "https://service.citrixworkspacesapi.jp/");
}

} // namespace

int main()
{
    // Wine's WinHttpGetDefaultProxyConfiguration falls back to $http_proxy when nothing is set.
    _putenv("http_proxy=");
    _putenv("https_proxy=");

    const std::optional<platform::HostPlatform> found = platform::HostPlatform::windows();
    check(found.has_value(), "HostPlatform::windows() on Windows");
    if (!found)
        return 1;
    const platform::HostPlatform& host = *found;

    // The registry reader on its own: each type, and a value that is not there.
    setDword("SOFTWARE\\CloudCheckTest", "Number", 42);
    setString("SOFTWARE\\CloudCheckTest", "Text", "Server Core");
    setMultiString("SOFTWARE\\CloudCheckTest", "List", {"a", "b c"});
    const auto read = [&host](const char* name) {
        return host.registry->read(platform::RegistryHive::LocalMachine, "SOFTWARE\\CloudCheckTest", name);
    };
    check(read("Number").isDword(42), "WinRegistry REG_DWORD", read("Number").display());
    check(read("Text").display() == "Server Core", "WinRegistry REG_SZ", read("Text").display());
    check(read("List").display() == "a, b c", "WinRegistry REG_MULTI_SZ", read("List").display());
    check(read("Absent").kind == platform::RegistryValue::Kind::Missing, "WinRegistry missing value");
    check(host.registry->read(platform::RegistryHive::LocalMachine, "SOFTWARE\\CloudCheckNoSuchKey", "x")
                  .kind == platform::RegistryValue::Kind::Missing,
          "WinRegistry missing key");

    // The certificate store: wine's Root store is the host's CA bundle, which has both DigiCert
    // roots; the exact common name must match, and the code-signing intermediate is not there.
    using platform::CertificatePresence;
    using platform::CertificateStoreName;
    check(host.certificates->find(CertificateStoreName::Root, DigiCertTrustRule::kGlobalRootG2) ==
              CertificatePresence::Present,
          "WinCertificateStore finds DigiCert Global Root G2");
    check(host.certificates->find(CertificateStoreName::Root, "DigiCert Global Root") ==
              CertificatePresence::Absent,
          "WinCertificateStore matches the whole common name");
    check(host.certificates->find(CertificateStoreName::Intermediate, DigiCertTrustRule::kCodeSigningG4) ==
              CertificatePresence::Absent,
          "WinCertificateStore: the G4 code-signing intermediate is absent under wine");

    // The domain role comes from DsRoleGetPrimaryDomainInformation; wine answers, so it is known.
    const platform::DomainRole role = host.os->os().domainRole;
    check(role != platform::DomainRole::Unknown, "WinDomainRole answers", std::to_string(int(role)));
    const RuleResult domain = DomainRoleRule::evaluate(host);
    const bool member =
        role == platform::DomainRole::MemberServer || role == platform::DomainRole::MemberWorkstation;
    expectRule(domain, member ? Outcome::Pass : Outcome::Fail, member ? "" : "HOST_DOMAIN_ROLE", "real");

    // A host with every problem the registry can hold.
    stageBrokenHost();
    expectRule(Tls12ClientRule::evaluate(host), Outcome::Fail, "HOST_TLS12_DISABLED", "broken");
    expectRule(CipherSuitePolicyRule::evaluate(host), Outcome::Fail, "HOST_CIPHERS_MISSING", "broken");
    expectRule(DotNetStrongCryptoRule::evaluate(host), Outcome::Fail, "HOST_DOTNET_WEAK_CRYPTO", "broken");
    expectRule(FipsPolicyRule::evaluate(host), Outcome::Fail, "HOST_FIPS", "broken");
    expectRule(IeEscRule::evaluate(host), Outcome::Warn, "HOST_IE_ESC", "broken");
    const RuleResult os = OsSupportRule::evaluate(host);
    expectRule(os, Outcome::Fail, "HOST_UNSUPPORTED_OS", "broken");
    check(os.fact("problems") == "server_core", "broken os_support names Server Core", os.fact("problems"));
    // Both roots are in wine's store, so only the intermediate is missing: a warning.
    const RuleResult trust = DigiCertTrustRule::evaluate(host, true);
    expectRule(trust, Outcome::Warn, "HOST_ROOTS_MISSING", "broken");
    check(trust.fact("DisableRootAutoUpdate") == "1", "broken digicert_trust reads the auto-update policy");
    const RuleResult proxy = WinHttpProxyRule::evaluate(host);
    expectRule(proxy, Outcome::Warn, "HOST_WINHTTP_MISMATCH", "broken");
    check(proxy.fact("winHttpProxy") == "proxy.invalid:3128" && proxy.fact("userProxy") == "(direct)",
          "broken winhttp_proxy reads both settings",
          proxy.fact("winHttpProxy") + " / " + proxy.fact("userProxy"));
    check(proxy.fact("userAutoDetect") == "0", "the user's settings do not auto-detect (no WPAD)");
    expectRule(ConnectorVersionRule::evaluate(host), Outcome::Fail, "HOST_CONNECTOR_OUTDATED", "broken");
    expectRule(ConnectorRegionRule::evaluate(host), Outcome::Warn, "HOST_CONNECTOR_WRONG_REGION", "broken");
    const auto all = HostReadiness::evaluate(host, HostRole::Connector);
    check(all.size() == 11, "HostReadiness runs 11 rules for a Connector", std::to_string(all.size()));
    check(HostReadiness::evaluate(host, HostRole::Vda).size() == 4, "HostReadiness runs 4 rules for a VDA");

    // The same host put right: every rule passes.
    stageHealthyHost();
    expectRule(Tls12ClientRule::evaluate(host), Outcome::Pass, "", "healthy");
    const RuleResult ciphers = CipherSuitePolicyRule::evaluate(host);
    expectRule(ciphers, Outcome::Pass, "", "healthy");
    check(ciphers.fact("accepted") == "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "healthy cipher_suites names the suite", ciphers.fact("accepted"));
    expectRule(DotNetStrongCryptoRule::evaluate(host), Outcome::Pass, "", "healthy");
    expectRule(FipsPolicyRule::evaluate(host), Outcome::Pass, "", "healthy");
    expectRule(IeEscRule::evaluate(host), Outcome::Pass, "", "healthy");
    expectRule(OsSupportRule::evaluate(host), Outcome::Pass, "", "healthy");
    expectRule(WinHttpProxyRule::evaluate(host), Outcome::Pass, "", "healthy");
    expectRule(ConnectorVersionRule::evaluate(host), Outcome::Pass, "", "healthy");
    expectRule(ConnectorRegionRule::evaluate(host), Outcome::Pass, "", "healthy");
    // Auto-update on: a missing intermediate is still a warning, never a failure.
    expectRule(DigiCertTrustRule::evaluate(host, true), Outcome::Warn, "HOST_ROOTS_MISSING", "healthy");
    expectRule(DigiCertTrustRule::evaluate(host, false), Outcome::Pass, "", "healthy (VDA)");

    // TLS 1.2 with no SChannel key at all is the Windows default: on.
    RegDeleteKeyExW(HKEY_LOCAL_MACHINE, wide(Tls12ClientRule::kKey).c_str(), KEY_WOW64_64KEY, 0);
    expectRule(Tls12ClientRule::evaluate(host), Outcome::Pass, "", "no SChannel key");

    std::printf("%d checks, %d failed\n", g_checks, g_failures);
    return g_failures == 0 ? 0 : 1;
}
