#pragma once

#include "ProxyAuthenticator.h"

#include <QCryptographicHash>

namespace cloudcheck {

// RFC 7616 Digest for a CONNECT: MD5 or SHA-256 (and their -sess forms), qop "auth" when offered,
// else the RFC 2069 form. One answer per challenge: a second 407 means the password was refused.
class DigestAuthenticator : public ProxyAuthenticator
{
public:
    DigestAuthenticator(ProxyCredentials credentials, QByteArray method, QByteArray uri);
    Answer respond(const ProxyChallenge& challenge) override;

    // For tests: a fixed client nonce.
    void setClientNonce(QByteArray cnonce) { m_cnonce = std::move(cnonce); }

private:
    ProxyCredentials m_credentials;
    QByteArray m_method;
    QByteArray m_uri;
    QByteArray m_cnonce;
};

} // namespace cloudcheck
