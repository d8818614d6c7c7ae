#include "BasicAuthenticator.h"

namespace cloudcheck {

ProxyAuthenticator::Answer BasicAuthenticator::respond(const ProxyChallenge&)
{
    // RFC 7617 §2.1: UTF-8 is what every current proxy expects for non-ASCII names.
    return QByteArray("Basic ") + (m_credentials.user + u':' + m_credentials.password).toUtf8().toBase64();
}

} // namespace cloudcheck
