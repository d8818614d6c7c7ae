#pragma once

#include "ProxyAuthenticator.h"

#include <QString>

namespace cloudcheck {

// NTLM and Negotiate through the system's GSSAPI (MIT Kerberos; NTLM through the gss-ntlmssp
// mechanism). Negotiate asks for the service HTTP@<proxy host> as browsers and curl do; with no
// credentials it uses the logged-on user's ticket cache, with credentials it signs in with them.
// Unix only: on Windows the same schemes go through SSPI.
class GssapiAuthenticator : public ProxyAuthenticator
{
public:
    enum class Mechanism
    {
        Negotiate,
        Ntlm
    };

    GssapiAuthenticator(Mechanism mechanism, ProxyCredentials credentials, QString proxyHost);
    ~GssapiAuthenticator() override;
    GssapiAuthenticator(const GssapiAuthenticator&) = delete;
    GssapiAuthenticator& operator=(const GssapiAuthenticator&) = delete;

    Answer respond(const ProxyChallenge& challenge) override;
    bool isMultiLeg() const override { return true; }

    // Whether the mechanism is installed (gss-ntlmssp for NTLM).
    static bool isAvailable(Mechanism mechanism);

private:
    struct Handles;
    Mechanism m_mechanism;
    ProxyCredentials m_credentials;
    QString m_proxyHost;
    Handles* m_handles;
};

} // namespace cloudcheck
