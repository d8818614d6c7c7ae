#pragma once

#include "ProxyAuthenticator.h"

namespace cloudcheck {

// RFC 7617: the user and password, base64-encoded. Only ever sent to the proxy the run names.
class BasicAuthenticator : public ProxyAuthenticator
{
public:
    explicit BasicAuthenticator(ProxyCredentials credentials) : m_credentials(std::move(credentials)) {}
    Answer respond(const ProxyChallenge& challenge) override;

private:
    ProxyCredentials m_credentials;
};

} // namespace cloudcheck
