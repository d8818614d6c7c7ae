#pragma once

#include "ProxyAuthenticator.h"
#include "platform/windows/SspiSession.h"

#include <QString>

namespace cloudcheck {

// NTLM and Negotiate through Windows' SSPI (platform::SspiSession), the Windows counterpart of
// GssapiAuthenticator. The service is HTTP/<proxy host> as browsers ask for it; with no
// credentials it signs in as the logged-on user, as browsers and WinHTTP do; with
// credentials ("DOMAIN\user" or "user@REALM") as that user. Windows only.
class SspiAuthenticator : public ProxyAuthenticator
{
public:
    using Package = platform::SspiSession::Package;

    SspiAuthenticator(Package package, const ProxyCredentials& credentials, const QString& proxyHost);

    Answer respond(const ProxyChallenge& challenge) override;
    bool isMultiLeg() const override { return true; }

    // Whether the package is installed (QuerySecurityPackageInfoW).
    static bool isAvailable(Package package) { return platform::SspiSession::isAvailable(package); }

private:
    Package m_package;
    platform::SspiSession m_session;
};

} // namespace cloudcheck
