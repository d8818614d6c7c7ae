#include "ProxyAuthenticator.h"

#include "BasicAuthenticator.h"
#include "DigestAuthenticator.h"
#ifdef Q_OS_WIN
#include "SspiAuthenticator.h"
#else
#include "GssapiAuthenticator.h"
#endif

#include <array>

namespace cloudcheck {

namespace {

constexpr std::array kStrongestFirst{u"Negotiate", u"NTLM", u"Digest", u"Basic"};

bool canAnswer(const QString& scheme, bool haveCredentials)
{
    if (!haveCredentials)
        return ProxyAuthenticator::signsInAsLoggedOnUser(scheme);
    if (scheme.compare(u"Basic", Qt::CaseInsensitive) == 0 ||
        scheme.compare(u"Digest", Qt::CaseInsensitive) == 0)
        return true;
#ifdef Q_OS_WIN
    if (scheme.compare(u"Negotiate", Qt::CaseInsensitive) == 0)
        return SspiAuthenticator::isAvailable(SspiAuthenticator::Package::Negotiate);
    if (scheme.compare(u"NTLM", Qt::CaseInsensitive) == 0)
        return SspiAuthenticator::isAvailable(SspiAuthenticator::Package::Ntlm);
#else
    if (scheme.compare(u"Negotiate", Qt::CaseInsensitive) == 0)
        return GssapiAuthenticator::isAvailable(GssapiAuthenticator::Mechanism::Negotiate);
    if (scheme.compare(u"NTLM", Qt::CaseInsensitive) == 0)
        return GssapiAuthenticator::isAvailable(GssapiAuthenticator::Mechanism::Ntlm);
#endif
    return false;
}

} // namespace

bool ProxyAuthenticator::signsInAsLoggedOnUser(const QString& scheme)
{
#ifndef Q_OS_WIN
    // A Kerberos ticket cache (kinit, or the desktop's login) is the logged-on user's sign-in here.
    return scheme.compare(u"Negotiate", Qt::CaseInsensitive) == 0 &&
           GssapiAuthenticator::isAvailable(GssapiAuthenticator::Mechanism::Negotiate);
#else
    // SSPI signs in as the logged-on user with either scheme (the user's Kerberos ticket or NTLM
    // secret from the Windows logon), as browsers and WinHTTP do.
    if (scheme.compare(u"Negotiate", Qt::CaseInsensitive) == 0)
        return SspiAuthenticator::isAvailable(SspiAuthenticator::Package::Negotiate);
    if (scheme.compare(u"NTLM", Qt::CaseInsensitive) == 0)
        return SspiAuthenticator::isAvailable(SspiAuthenticator::Package::Ntlm);
    return false;
#endif
}

std::optional<ProxyChallenge> ProxyAuthenticator::choose(const QList<ProxyChallenge>& offered,
                                                         bool haveCredentials)
{
    for (const char16_t* scheme : kStrongestFirst) {
        for (const ProxyChallenge& challenge : offered) {
            if (challenge.is(QStringView(scheme)) && canAnswer(challenge.scheme, haveCredentials))
                return challenge;
        }
    }
    return std::nullopt;
}

std::unique_ptr<ProxyAuthenticator>
ProxyAuthenticator::create(const ProxyChallenge& chosen, const ProxyCredentials& credentials,
                           const QString& proxyHost, const QByteArray& method, const QByteArray& uri)
{
    if (chosen.is(u"Basic"))
        return std::make_unique<BasicAuthenticator>(credentials);
    if (chosen.is(u"Digest"))
        return std::make_unique<DigestAuthenticator>(credentials, method, uri);
#ifdef Q_OS_WIN
    if (chosen.is(u"Negotiate"))
        return std::make_unique<SspiAuthenticator>(SspiAuthenticator::Package::Negotiate, credentials,
                                                   proxyHost);
    if (chosen.is(u"NTLM"))
        return std::make_unique<SspiAuthenticator>(SspiAuthenticator::Package::Ntlm, credentials, proxyHost);
#else
    if (chosen.is(u"Negotiate"))
        return std::make_unique<GssapiAuthenticator>(GssapiAuthenticator::Mechanism::Negotiate, credentials,
                                                     proxyHost);
    if (chosen.is(u"NTLM"))
        return std::make_unique<GssapiAuthenticator>(GssapiAuthenticator::Mechanism::Ntlm, credentials,
                                                     proxyHost);
#endif
    return nullptr;
}

} // namespace cloudcheck
