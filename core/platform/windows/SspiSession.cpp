#include "SspiSession.h"

#include "platform/windows/WideText.h"

#include <cstdio>
#include <utility>

// security.h asks which SSPI flavour is meant; windows.h first, for its types.
// clang-format off
#define SECURITY_WIN32
#include <windows.h>
#include <security.h>
// clang-format on

namespace cloudcheck::platform {

namespace {

struct StatusName
{
    SECURITY_STATUS status;
    const char* name;
};

#define CLOUDCHECK_STATUS(code)                                                                              \
    StatusName                                                                                               \
    {                                                                                                        \
        code, #code                                                                                          \
    }

// The statuses a proxy sign-in can meet, by the names Microsoft's documentation uses, so a report
// line can be searched for as it stands.
constexpr StatusName kStatusNames[] = {
    CLOUDCHECK_STATUS(SEC_E_OK),
    CLOUDCHECK_STATUS(SEC_I_CONTINUE_NEEDED),
    CLOUDCHECK_STATUS(SEC_I_COMPLETE_NEEDED),
    CLOUDCHECK_STATUS(SEC_I_COMPLETE_AND_CONTINUE),
    CLOUDCHECK_STATUS(SEC_I_INCOMPLETE_CREDENTIALS),
    CLOUDCHECK_STATUS(SEC_E_INSUFFICIENT_MEMORY),
    CLOUDCHECK_STATUS(SEC_E_INVALID_HANDLE),
    CLOUDCHECK_STATUS(SEC_E_UNSUPPORTED_FUNCTION),
    CLOUDCHECK_STATUS(SEC_E_TARGET_UNKNOWN),
    CLOUDCHECK_STATUS(SEC_E_INTERNAL_ERROR),
    CLOUDCHECK_STATUS(SEC_E_SECPKG_NOT_FOUND),
    CLOUDCHECK_STATUS(SEC_E_NOT_OWNER),
    CLOUDCHECK_STATUS(SEC_E_INVALID_TOKEN),
    CLOUDCHECK_STATUS(SEC_E_QOP_NOT_SUPPORTED),
    CLOUDCHECK_STATUS(SEC_E_LOGON_DENIED),
    CLOUDCHECK_STATUS(SEC_E_UNKNOWN_CREDENTIALS),
    CLOUDCHECK_STATUS(SEC_E_NO_CREDENTIALS),
    CLOUDCHECK_STATUS(SEC_E_MESSAGE_ALTERED),
    CLOUDCHECK_STATUS(SEC_E_OUT_OF_SEQUENCE),
    CLOUDCHECK_STATUS(SEC_E_NO_AUTHENTICATING_AUTHORITY),
    CLOUDCHECK_STATUS(SEC_E_CONTEXT_EXPIRED),
    CLOUDCHECK_STATUS(SEC_E_INCOMPLETE_MESSAGE),
    CLOUDCHECK_STATUS(SEC_E_BUFFER_TOO_SMALL),
    CLOUDCHECK_STATUS(SEC_E_WRONG_PRINCIPAL),
    CLOUDCHECK_STATUS(SEC_E_TIME_SKEW),
    CLOUDCHECK_STATUS(SEC_E_ILLEGAL_MESSAGE),
    CLOUDCHECK_STATUS(SEC_E_ALGORITHM_MISMATCH),
    CLOUDCHECK_STATUS(SEC_E_DOWNGRADE_DETECTED),
    CLOUDCHECK_STATUS(SEC_E_DELEGATION_POLICY),
    CLOUDCHECK_STATUS(SEC_E_POLICY_NLTM_ONLY),
};

#undef CLOUDCHECK_STATUS

void wipe(std::string& text)
{
    SecureZeroMemory(text.data(), text.size());
    text.clear();
}

void wipe(std::wstring& text)
{
    SecureZeroMemory(text.data(), text.size() * sizeof(wchar_t));
    text.clear();
}

} // namespace

// The handles of one handshake, released in the order SSPI wants: the context, then the
// credentials it was made with.
struct SspiSession::Handles
{
    CredHandle credentials{};
    CtxtHandle context{};
    bool haveCredentials = false;
    bool haveContext = false;
    bool ended = false;         // complete, or failed: no further leg
    unsigned long maxToken = 0; // the package's largest token (QuerySecurityPackageInfoW)

    Handles() = default;
    Handles(const Handles&) = delete;
    Handles& operator=(const Handles&) = delete;
    ~Handles()
    {
        if (haveContext)
            DeleteSecurityContext(&context);
        if (haveCredentials)
            FreeCredentialsHandle(&credentials);
    }
};

SspiSession::Identity SspiSession::identity(const std::string& userText, std::string password)
{
    const std::size_t backslash = userText.find('\\');
    if (backslash != std::string::npos)
        return {userText.substr(backslash + 1), userText.substr(0, backslash), std::move(password)};
    const std::size_t at = userText.rfind('@');
    if (at != std::string::npos)
        return {userText.substr(0, at), userText.substr(at + 1), std::move(password)};
    return {userText, {}, std::move(password)};
}

SspiSession::SspiSession(Package package, const std::string& proxyHost, std::optional<Identity> identity)
    : m_package(package), m_target(L"HTTP/" + WideText::fromUtf8(proxyHost)), m_identity(std::move(identity)),
      m_handles(std::make_unique<Handles>())
{}

SspiSession::~SspiSession()
{
    if (m_identity)
        wipe(m_identity->password);
}

const wchar_t* SspiSession::packageName(Package package)
{
    return package == Package::Negotiate ? L"Negotiate" : L"NTLM";
}

bool SspiSession::isAvailable(Package package)
{
    PSecPkgInfoW info = nullptr;
    if (QuerySecurityPackageInfoW(const_cast<wchar_t*>(packageName(package)), &info) != SEC_E_OK || !info)
        return false;
    FreeContextBuffer(info);
    return true;
}

std::string SspiSession::statusText(long status)
{
    char hex[16];
    std::snprintf(hex, sizeof(hex), "0x%08lX", static_cast<unsigned long>(status));
    for (const StatusName& known : kStatusNames) {
        if (known.status == status)
            return std::string(known.name) + " (" + hex + ")";
    }
    return std::string("SECURITY_STATUS ") + hex;
}

SspiSession::Step SspiSession::step(const std::vector<unsigned char>& serverToken)
{
    Step result;
    if (m_handles->ended) {
        result.error = "the handshake has already ended";
        return result;
    }
    if (m_handles->haveContext && serverToken.empty()) {
        m_handles->ended = true;
        result.error = "the proxy sent no token to continue the handshake with";
        return result;
    }

    if (!m_handles->haveCredentials) {
        PSecPkgInfoW info = nullptr;
        SECURITY_STATUS status =
            QuerySecurityPackageInfoW(const_cast<wchar_t*>(packageName(m_package)), &info);
        if (status != SEC_E_OK || !info) {
            m_handles->ended = true;
            result.error = "QuerySecurityPackageInfoW: " + statusText(status);
            return result;
        }
        m_handles->maxToken = info->cbMaxToken;
        FreeContextBuffer(info);

        // No identity: SSPI uses the logged-on user's own credentials (single sign-on).
        SEC_WINNT_AUTH_IDENTITY_W identity{};
        std::wstring user;
        std::wstring domain;
        std::wstring password;
        if (m_identity) {
            user = WideText::fromUtf8(m_identity->user);
            domain = WideText::fromUtf8(m_identity->domain);
            password = WideText::fromUtf8(m_identity->password);
            identity.User = reinterpret_cast<unsigned short*>(user.data());
            identity.UserLength = static_cast<unsigned long>(user.size());
            identity.Domain = reinterpret_cast<unsigned short*>(domain.data());
            identity.DomainLength = static_cast<unsigned long>(domain.size());
            identity.Password = reinterpret_cast<unsigned short*>(password.data());
            identity.PasswordLength = static_cast<unsigned long>(password.size());
            identity.Flags = SEC_WINNT_AUTH_IDENTITY_UNICODE;
        }
        TimeStamp expiry{};
        status = AcquireCredentialsHandleW(nullptr, const_cast<wchar_t*>(packageName(m_package)),
                                           SECPKG_CRED_OUTBOUND, nullptr, m_identity ? &identity : nullptr,
                                           nullptr, nullptr, &m_handles->credentials, &expiry);
        // The credentials handle holds what it needs; no copy of the password stays here.
        wipe(password);
        if (m_identity)
            wipe(m_identity->password);
        if (status != SEC_E_OK) {
            m_handles->ended = true;
            result.error = "AcquireCredentialsHandleW: " + statusText(status);
            return result;
        }
        m_handles->haveCredentials = true;
    }

    SecBuffer input{static_cast<unsigned long>(serverToken.size()), SECBUFFER_TOKEN,
                    const_cast<unsigned char*>(serverToken.data())};
    SecBufferDesc inputDescription{SECBUFFER_VERSION, 1, &input};
    std::vector<unsigned char> output(m_handles->maxToken);
    SecBuffer outputBuffer{static_cast<unsigned long>(output.size()), SECBUFFER_TOKEN, output.data()};
    SecBufferDesc outputDescription{SECBUFFER_VERSION, 1, &outputBuffer};
    unsigned long attributes = 0;
    TimeStamp expiry{};
    // No request flags, as Chromium asks when it does not delegate: a proxy sign-in needs neither
    // message integrity nor delegation, and asking for them can only make a package refuse.
    SECURITY_STATUS status = InitializeSecurityContextW(
        &m_handles->credentials, m_handles->haveContext ? &m_handles->context : nullptr, m_target.data(), 0,
        0, SECURITY_NATIVE_DREP, serverToken.empty() ? nullptr : &inputDescription, 0, &m_handles->context,
        &outputDescription, &attributes, &expiry);
    if (status >= 0)
        m_handles->haveContext = true;
    if (status == SEC_I_COMPLETE_NEEDED || status == SEC_I_COMPLETE_AND_CONTINUE) {
        const SECURITY_STATUS completed = CompleteAuthToken(&m_handles->context, &outputDescription);
        if (completed != SEC_E_OK) {
            m_handles->ended = true;
            result.error = "CompleteAuthToken: " + statusText(completed);
            return result;
        }
        status = status == SEC_I_COMPLETE_NEEDED ? SEC_E_OK : SEC_I_CONTINUE_NEEDED;
    }
    if (status != SEC_E_OK && status != SEC_I_CONTINUE_NEEDED) {
        m_handles->ended = true;
        result.error = "InitializeSecurityContextW: " + statusText(status);
        return result;
    }
    result.complete = status == SEC_E_OK;
    m_handles->ended = result.complete;
    result.token.assign(output.begin(), output.begin() + outputBuffer.cbBuffer);
    return result;
}

} // namespace cloudcheck::platform
