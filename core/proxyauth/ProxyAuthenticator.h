#pragma once

#include "ProxyChallenge.h"
#include "plan/ProxyCredentials.h"

#include <memory>
#include <optional>
#include <variant>

namespace cloudcheck {

// Answers a proxy's challenge with a Proxy-Authorization value, for one CONNECT handshake. Basic
// and Digest are small and answered here; NTLM and Negotiate go through the platform's own
// security library (GSSAPI, or SSPI on Windows), never a hand-written NTLM or Kerberos.
//
// Qt's own proxy sign-in is not used (docs/decisions.md #36): its NTLM over CONNECT looped without
// end against squid, and its Negotiate names the service HTTPS@host, which no proxy is registered as.
class ProxyAuthenticator
{
public:
    virtual ~ProxyAuthenticator() = default;

    // The value of Proxy-Authorization for this leg ("Basic ...", "NTLM ..."), or why none can be
    // made (a message for the report).
    using Answer = std::variant<QByteArray, QString>;
    virtual Answer respond(const ProxyChallenge& challenge) = 0;
    // NTLM and Negotiate continue on the same connection when the proxy answers with a token.
    virtual bool isMultiLeg() const { return false; }

    // The challenge to answer, strongest first (Negotiate, NTLM, Digest, Basic) among those this
    // platform can answer: with no credentials only a scheme that signs in as the logged-on user.
    static std::optional<ProxyChallenge> choose(const QList<ProxyChallenge>& offered, bool haveCredentials);
    // `request` is what the handshake sends ("CONNECT", "host:port"), for Digest's hash.
    static std::unique_ptr<ProxyAuthenticator> create(const ProxyChallenge& chosen,
                                                      const ProxyCredentials& credentials,
                                                      const QString& proxyHost, const QByteArray& method,
                                                      const QByteArray& uri);
    // Whether this build can answer the scheme without credentials (single sign-on).
    static bool signsInAsLoggedOnUser(const QString& scheme);
};

} // namespace cloudcheck
