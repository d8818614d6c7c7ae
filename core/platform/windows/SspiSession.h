#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cloudcheck::platform {

// One NTLM or Negotiate handshake with a proxy through Windows' own security library (SSPI,
// secur32), the way browsers and WinHTTP sign in: AcquireCredentialsHandleW, then
// InitializeSecurityContextW once per leg. Plain C++ and WinAPI, so the wine test exercises the
// same code the Windows build runs (docs/decisions.md #36).
//
// The target is the service principal "HTTP/<proxy host>", as browsers ask for it. With an
// Identity the session signs in with those credentials; without one, as the logged-on user
// (Windows hands SSPI the user's own NTLM hash or Kerberos ticket; no password is needed).
class SspiSession
{
public:
    enum class Package
    {
        Ntlm,
        Negotiate
    };

    // Explicit credentials, UTF-8. The password is wiped once the credentials handle holds it.
    struct Identity
    {
        std::string user;
        std::string domain;
        std::string password;
    };
    // "DOMAIN\user" gives domain and user, "user@REALM" user and the realm as domain; anything
    // else is the user alone, with no domain (the proxy's or the machine's is then assumed).
    static Identity identity(const std::string& userText, std::string password);

    // What one leg produced: the token to send (base64 in Proxy-Authorization), or why there is
    // none. `complete` says the security library considers the handshake finished on its side.
    struct Step
    {
        std::vector<unsigned char> token;
        std::string error;
        bool complete = false;
        bool ok() const { return error.empty(); }
    };

    SspiSession(Package package, const std::string& proxyHost, std::optional<Identity> identity);
    ~SspiSession();
    SspiSession(const SspiSession&) = delete;
    SspiSession& operator=(const SspiSession&) = delete;

    // The first leg takes an empty server token; each later one the token of the proxy's 407.
    Step step(const std::vector<unsigned char>& serverToken);

    // "HTTP/<proxy host>".
    const std::wstring& targetName() const { return m_target; }
    // "NTLM" or "Negotiate", the names SSPI knows the packages by.
    static const wchar_t* packageName(Package package);
    // Whether this machine has the package (QuerySecurityPackageInfoW).
    static bool isAvailable(Package package);
    // A SECURITY_STATUS as its name and value: "SEC_E_LOGON_DENIED (0x8009030C)".
    static std::string statusText(long status);

private:
    struct Handles;
    Package m_package;
    std::wstring m_target;
    std::optional<Identity> m_identity;
    std::unique_ptr<Handles> m_handles;
};

} // namespace cloudcheck::platform
