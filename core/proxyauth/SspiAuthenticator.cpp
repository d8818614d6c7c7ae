#include "SspiAuthenticator.h"

namespace cloudcheck {

namespace {

std::optional<platform::SspiSession::Identity> identityOf(const ProxyCredentials& credentials)
{
    if (credentials.isEmpty())
        return std::nullopt; // the logged-on user
    return platform::SspiSession::identity(credentials.user.toStdString(),
                                           credentials.password.toStdString());
}

} // namespace

SspiAuthenticator::SspiAuthenticator(Package package, const ProxyCredentials& credentials,
                                     const QString& proxyHost)
    : m_package(package), m_session(package, proxyHost.toStdString(), identityOf(credentials))
{}

ProxyAuthenticator::Answer SspiAuthenticator::respond(const ProxyChallenge& challenge)
{
    const QByteArray input = QByteArray::fromBase64(challenge.token68);
    const platform::SspiSession::Step step =
        m_session.step(std::vector<unsigned char>(input.cbegin(), input.cend()));
    if (!step.ok())
        return QString::fromStdString(step.error);
    if (step.token.empty())
        return QStringLiteral("the security library produced no token");
    const QByteArray token(reinterpret_cast<const char*>(step.token.data()), qsizetype(step.token.size()));
    return (m_package == Package::Negotiate ? QByteArray("Negotiate ") : QByteArray("NTLM ")) +
           token.toBase64();
}

} // namespace cloudcheck
