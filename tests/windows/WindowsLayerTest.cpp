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
#include "platform/windows/SspiSession.h"
#include "platform/windows/WinCertificateStore.h"
#include "platform/windows/WinProcessJob.h"
#include "platform/windows/WinProcessMemory.h"
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

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

// NTLM messages (MS-NLMP 2.2.1), read and written here only to test SSPI's; CloudCheck itself
// never builds or parses one.
using Bytes = std::vector<unsigned char>;

void putLe16(Bytes& bytes, std::uint16_t value)
{
    bytes.push_back(static_cast<unsigned char>(value & 0xff));
    bytes.push_back(static_cast<unsigned char>(value >> 8));
}

void putLe32(Bytes& bytes, std::uint32_t value)
{
    putLe16(bytes, static_cast<std::uint16_t>(value & 0xffff));
    putLe16(bytes, static_cast<std::uint16_t>(value >> 16));
}

std::uint32_t readLe32(const Bytes& bytes, std::size_t at)
{
    if (at + 4 > bytes.size())
        return 0xffffffff;
    return std::uint32_t(bytes[at]) | std::uint32_t(bytes[at + 1]) << 8 | std::uint32_t(bytes[at + 2]) << 16 |
           std::uint32_t(bytes[at + 3]) << 24;
}

Bytes utf16le(const std::string& ascii)
{
    Bytes bytes;
    for (const char c : ascii)
        putLe16(bytes, static_cast<std::uint16_t>(static_cast<unsigned char>(c)));
    return bytes;
}

bool isNtlmMessage(const Bytes& token, std::uint32_t type)
{
    return token.size() >= 12 && std::memcmp(token.data(), "NTLMSSP\0", 8) == 0 && readLe32(token, 8) == type;
}

// The payload a security buffer field (length, allocated length, offset) at `at` points to.
Bytes ntlmField(const Bytes& message, std::size_t at)
{
    const std::uint32_t lengths = readLe32(message, at);
    const std::uint32_t offset = readLe32(message, at + 4);
    const std::size_t length = lengths & 0xffff;
    if (lengths == 0xffffffff || offset > message.size() || length > message.size() - offset)
        return {};
    return Bytes(message.begin() + offset, message.begin() + offset + length);
}

std::string hexPrefix(const Bytes& bytes, std::size_t count = 16)
{
    std::string text;
    char hex[4];
    for (std::size_t i = 0; i < bytes.size() && i < count; ++i) {
        std::snprintf(hex, sizeof(hex), "%02x", bytes[i]);
        text += hex;
    }
    return text + " (" + std::to_string(bytes.size()) + " bytes)";
}

// A well-formed Type 2 (CHALLENGE) message as a Windows proxy in domain CORP sends it: Unicode,
// NTLM with extended session security, 128-bit, a target name and the target information an
// NTLMv2 response is computed over.
Bytes ntlmChallenge()
{
    constexpr std::uint32_t kFlags = 0x00000001    // NEGOTIATE_UNICODE
                                     | 0x00000004  // REQUEST_TARGET
                                     | 0x00000200  // NEGOTIATE_NTLM
                                     | 0x00008000  // NEGOTIATE_ALWAYS_SIGN
                                     | 0x00010000  // TARGET_TYPE_DOMAIN
                                     | 0x00080000  // NEGOTIATE_EXTENDED_SESSIONSECURITY
                                     | 0x00800000  // NEGOTIATE_TARGET_INFO
                                     | 0x02000000  // NEGOTIATE_VERSION
                                     | 0x20000000  // NEGOTIATE_128
                                     | 0x80000000; // NEGOTIATE_56
    const Bytes targetName = utf16le("CORP");
    Bytes targetInfo;
    const auto avPair = [&targetInfo](std::uint16_t id, const Bytes& value) {
        putLe16(targetInfo, id);
        putLe16(targetInfo, static_cast<std::uint16_t>(value.size()));
        targetInfo.insert(targetInfo.end(), value.begin(), value.end());
    };
    avPair(2, utf16le("CORP"));               // MsvAvNbDomainName
    avPair(1, utf16le("PROXY"));              // MsvAvNbComputerName
    avPair(4, utf16le("corp.example"));       // MsvAvDnsDomainName
    avPair(3, utf16le("proxy.corp.example")); // MsvAvDnsComputerName
    avPair(0, {});                            // MsvAvEOL

    constexpr std::uint32_t kHeaderSize = 56;
    Bytes message{'N', 'T', 'L', 'M', 'S', 'S', 'P', '\0'};
    putLe32(message, 2);
    putLe16(message, static_cast<std::uint16_t>(targetName.size()));
    putLe16(message, static_cast<std::uint16_t>(targetName.size()));
    putLe32(message, kHeaderSize);
    putLe32(message, kFlags);
    for (const unsigned char byte : {0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef}) // server challenge
        message.push_back(byte);
    message.insert(message.end(), 8, 0); // reserved
    putLe16(message, static_cast<std::uint16_t>(targetInfo.size()));
    putLe16(message, static_cast<std::uint16_t>(targetInfo.size()));
    putLe32(message, kHeaderSize + static_cast<std::uint32_t>(targetName.size()));
    for (const unsigned char byte : {10, 0, 0x63, 0x45, 0, 0, 0, 15}) // version 10.0.17763, NTLM revision 15
        message.push_back(byte);
    message.insert(message.end(), targetName.begin(), targetName.end());
    message.insert(message.end(), targetInfo.begin(), targetInfo.end());
    return message;
}

// NTLM and Negotiate through SSPI (secur32; under wine its NTLM runs Samba's ntlm_auth, which
// run-wine-test.sh requires). No proxy is involved: the test plays the proxy's part by building
// the challenge itself.
void testSspi()
{
    using platform::SspiSession;
    check(SspiSession::isAvailable(SspiSession::Package::Ntlm), "SSPI has the NTLM package");
    check(SspiSession::isAvailable(SspiSession::Package::Negotiate), "SSPI has the Negotiate package");
    check(SspiSession::statusText(SEC_E_LOGON_DENIED) == "SEC_E_LOGON_DENIED (0x8009030C)",
          "SspiSession::statusText names a status", SspiSession::statusText(SEC_E_LOGON_DENIED));
    check(SspiSession::statusText(0x1234) == "SECURITY_STATUS 0x00001234",
          "SspiSession::statusText of an unknown status", SspiSession::statusText(0x1234));

    const SspiSession::Identity down = SspiSession::identity("CORP\\alice", "secret");
    check(down.user == "alice" && down.domain == "CORP" && down.password == "secret",
          "SspiSession::identity splits DOMAIN\\user", down.user + " / " + down.domain);
    const SspiSession::Identity upn = SspiSession::identity("alice@CORP.EXAMPLE", "secret");
    check(upn.user == "alice" && upn.domain == "CORP.EXAMPLE", "SspiSession::identity splits user@REALM",
          upn.user + " / " + upn.domain);
    const SspiSession::Identity plain = SspiSession::identity("alice", "secret");
    check(plain.user == "alice" && plain.domain.empty(), "SspiSession::identity keeps a bare user");

    SspiSession ntlm(SspiSession::Package::Ntlm, "proxy.corp.example",
                     SspiSession::identity("CORP\\alice", "secret"));
    check(ntlm.targetName() == L"HTTP/proxy.corp.example", "SspiSession targets HTTP/<proxy host>");
    const SspiSession::Step negotiate = ntlm.step({});
    check(negotiate.ok() && !negotiate.complete && isNtlmMessage(negotiate.token, 1),
          "NTLM with credentials: the first leg is a Type 1 (NEGOTIATE) message",
          negotiate.error + " " + hexPrefix(negotiate.token));
    const SspiSession::Step authenticate = ntlm.step(ntlmChallenge());
    check(authenticate.ok() && isNtlmMessage(authenticate.token, 3),
          "NTLM with credentials: the challenge is answered with a Type 3 (AUTHENTICATE) message",
          authenticate.error + " " + hexPrefix(authenticate.token));
    check(ntlmField(authenticate.token, 36) == utf16le("alice"),
          "the Type 3 message names the user (UTF-16LE)", hexPrefix(ntlmField(authenticate.token, 36), 32));
    check(ntlmField(authenticate.token, 28) == utf16le("CORP"),
          "the Type 3 message names the domain (UTF-16LE)", hexPrefix(ntlmField(authenticate.token, 28), 32));
    check(ntlmField(authenticate.token, 20).size() > 24,
          "the Type 3 message carries an NTLMv2 response (longer than NTLMv1's 24 bytes)",
          std::to_string(ntlmField(authenticate.token, 20).size()));
    const SspiSession::Step after = ntlm.step(ntlmChallenge());
    check(!after.ok(), "no leg after the Type 3 message", after.error);

    // A challenge that is no NTLM message: the failing context is named by its status.
    SspiSession broken(SspiSession::Package::Ntlm, "proxy.corp.example",
                       SspiSession::identity("alice", "secret"));
    const SspiSession::Step brokenFirst = broken.step({});
    const Bytes garbage{'n', 'o', 't', ' ', 'a', 'n', ' ', 'N', 'T', 'L', 'M',
                        ' ', 'c', 'h', 'a', 'l', 'l', 'e', 'n', 'g', 'e'};
    const SspiSession::Step refused = broken.step(garbage);
    check(brokenFirst.ok() && !refused.ok() &&
              refused.error.rfind("InitializeSecurityContextW: SEC_E_", 0) == 0,
          "a malformed challenge fails with the status named", refused.error);

    // Wine's Negotiate picks NTLM and sends it bare; Windows wraps it in SPNEGO. Either way a token.
    SspiSession spnego(SspiSession::Package::Negotiate, "proxy.corp.example",
                       SspiSession::identity("CORP\\alice", "secret"));
    const SspiSession::Step spnegoFirst = spnego.step({});
    check(spnegoFirst.ok() && !spnegoFirst.token.empty(), "Negotiate with credentials gives a first token",
          spnegoFirst.error + " " + hexPrefix(spnegoFirst.token));
    if (isNtlmMessage(spnegoFirst.token, 1)) {
        const SspiSession::Step spnegoSecond = spnego.step(ntlmChallenge());
        check(spnegoSecond.ok() && isNtlmMessage(spnegoSecond.token, 3) &&
                  ntlmField(spnegoSecond.token, 36) == utf16le("alice"),
              "Negotiate (bare NTLM) answers the challenge with a Type 3 naming the user",
              spnegoSecond.error + " " + hexPrefix(spnegoSecond.token));
    }

    // The logged-on user: no identity is passed. Wine asks ntlm_auth for cached credentials, which
    // only a running winbindd in a joined domain has, so the first leg works and the second fails
    // with its status named (docs/decisions.md #36). On Windows both legs would succeed.
    SspiSession loggedOn(SspiSession::Package::Ntlm, "proxy.corp.example", std::nullopt);
    const SspiSession::Step loggedOnFirst = loggedOn.step({});
    check(loggedOnFirst.ok() && isNtlmMessage(loggedOnFirst.token, 1),
          "NTLM as the logged-on user: the first leg is a Type 1 message",
          loggedOnFirst.error + " " + hexPrefix(loggedOnFirst.token));
    const SspiSession::Step loggedOnSecond = loggedOn.step(ntlmChallenge());
    check(loggedOnSecond.ok() ? isNtlmMessage(loggedOnSecond.token, 3)
                              : loggedOnSecond.error.rfind("InitializeSecurityContextW: SEC_E_", 0) == 0,
          "NTLM as the logged-on user: a Type 3 message or the status named",
          loggedOnSecond.error + " " + hexPrefix(loggedOnSecond.token));
}

bool underWine()
{
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

// The child half of the job tests: `--allocate MIB` commits and touches that much memory and exits
// 0, or 3 when the allocation is refused; `--sleep` waits to be killed.
int childMain(const std::string& mode, const char* argument)
{
    if (mode == "--sleep") {
        Sleep(60000);
        return 0;
    }
    const SIZE_T bytes = SIZE_T(std::strtoul(argument, nullptr, 10)) * 1024 * 1024;
    auto* memory =
        static_cast<unsigned char*>(VirtualAlloc(nullptr, bytes, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE));
    if (!memory)
        return 3;
    for (SIZE_T at = 0; at < bytes; at += 4096)
        memory[at] = 1;
    return 0;
}

// Starts this program again with `arguments`, suspended, so it can be put into a job before it runs.
PROCESS_INFORMATION startSuspendedChild(const std::string& arguments)
{
    wchar_t path[MAX_PATH];
    GetModuleFileNameW(nullptr, path, MAX_PATH);
    std::wstring commandLine = L"\"" + std::wstring(path) + L"\" " + wide(arguments);
    STARTUPINFOW startup{};
    startup.cb = sizeof(startup);
    PROCESS_INFORMATION process{};
    if (!CreateProcessW(path, commandLine.data(), nullptr, nullptr, FALSE, CREATE_SUSPENDED, nullptr, nullptr,
                        &startup, &process)) {
        std::printf("FAIL cannot start %s: %lu\n", arguments.c_str(), GetLastError());
        std::exit(1);
    }
    return process;
}

void endChild(PROCESS_INFORMATION& process)
{
    TerminateProcess(process.hProcess, 9);
    WaitForSingleObject(process.hProcess, 5000);
    CloseHandle(process.hThread);
    CloseHandle(process.hProcess);
}

// The PAC helper's memory limit on Windows (WinProcessJob) and its watchdog's reading
// (WinProcessMemory).
void testProcessJob()
{
    using platform::WinProcessJob;
    constexpr std::uint64_t kLimit = 64ULL * 1024 * 1024;
    std::string error;
    std::unique_ptr<WinProcessJob> job = WinProcessJob::create(kLimit, &error);
    check(job != nullptr, "WinProcessJob::create", error);
    if (!job)
        return;
    // Wine's QueryInformationJobObject answers every limit as zero (a stub in ntdll), so there the
    // read-back is only asked; kill-on-close is proven below by what it does.
    const bool wine = underWine();
    const std::optional<WinProcessJob::Limits> limits = job->limits();
    check(limits.has_value(), "QueryInformationJobObject answers for the job");
    if (limits && wine)
        std::printf("info wine's QueryInformationJobObject: memory limit %llu, kill on close %d (a stub)\n",
                    static_cast<unsigned long long>(limits->memoryBytes), int(limits->killOnClose));
    else if (limits)
        check(limits->memoryBytes == kLimit && limits->killOnClose, "the job's limits read back",
              std::to_string(limits->memoryBytes));

    // Assigned by process id, as PacEvaluator does with the helper QProcess started.
    PROCESS_INFORMATION allocating = startSuspendedChild("--allocate 256");
    const bool assigned = job->assign(allocating.dwProcessId, &error);
    check(assigned, "WinProcessJob::assign a child by its process id", error);
    BOOL inJob = FALSE;
    IsProcessInJob(allocating.hProcess, static_cast<HANDLE>(job->handle()), &inJob);
    check(inJob != FALSE, "the child is in the job (IsProcessInJob)");
    ResumeThread(allocating.hThread);
    const bool ended = WaitForSingleObject(allocating.hProcess, 30000) == WAIT_OBJECT_0;
    DWORD exitCode = 0;
    GetExitCodeProcess(allocating.hProcess, &exitCode);
    // Wine keeps only the job's flags, not the memory figure, so it does not enforce the limit.
    if (wine)
        std::printf(
            "info a child committing 256 MiB under a 64 MiB job limit (wine, not enforced): %s, exit %lu\n",
            ended ? "ended" : "still running", exitCode);
    else
        check(ended && exitCode == 3, "a child committing 256 MiB under a 64 MiB job limit is refused",
              "exit " + std::to_string(exitCode));
    endChild(allocating);

    // Closing the job (destroying the object) ends what is in it: the helper cannot outlive its parent.
    PROCESS_INFORMATION sleeping = startSuspendedChild("--sleep");
    check(job->assign(sleeping.dwProcessId, &error), "WinProcessJob::assign a second child", error);
    ResumeThread(sleeping.hThread);
    job.reset();
    check(WaitForSingleObject(sleeping.hProcess, 10000) == WAIT_OBJECT_0, "closing the job kills the child");
    endChild(sleeping);

    std::string missing;
    std::unique_ptr<WinProcessJob> other = WinProcessJob::create(kLimit, &missing);
    check(other && !other->assign(0xfffffff0, &missing) && missing.rfind("OpenProcess failed", 0) == 0,
          "WinProcessJob::assign names the call that failed", missing);

    // The watchdog's reading: resident memory grows when pages are touched.
    const long long before = platform::WinProcessMemory::residentBytes();
    constexpr SIZE_T kTouched = 32 * 1024 * 1024;
    auto* memory = static_cast<unsigned char*>(
        VirtualAlloc(nullptr, kTouched, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE));
    for (SIZE_T at = 0; memory && at < kTouched; at += 4096)
        memory[at] = 1;
    const long long after = platform::WinProcessMemory::residentBytes();
    if (memory)
        VirtualFree(memory, 0, MEM_RELEASE);
    check(before > 0 && after - before >= 16LL * 1024 * 1024,
          "WinProcessMemory::residentBytes grows with touched memory",
          std::to_string(before) + " -> " + std::to_string(after));
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc >= 2)
        return childMain(argv[1], argc >= 3 ? argv[2] : "0");

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

    testSspi();
    testProcessJob();

    std::printf("%d checks, %d failed\n", g_checks, g_failures);
    return g_failures == 0 ? 0 : 1;
}
