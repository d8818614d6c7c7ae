#include "HttpStep.h"

#include "net/HttpResponseHead.h"
#include "proxyauth/ProxyAuthenticator.h"
#include "result/StepFacts.h"

#include <QSslSocket>
#include <QUrl>

namespace cloudcheck {

namespace {
// Enough for any status line and headers; the body is never needed.
constexpr qsizetype kMaxHeadBytes = 16 * 1024;
} // namespace

HttpStep::HttpStep(ProbeState& state, const ProbeContext& context, QObject* parent)
    : ProbeStep(StepKind::Http, state, context, parent)
{}

QByteArray HttpStep::request(const Target& target, const Route& route, const QByteArray& userAgent)
{
    const bool defaultPort = (target.scheme == Scheme::Http && target.port == 80) ||
                             (target.scheme == Scheme::Https && target.port == 443);
    const QByteArray host =
        QUrl::toAce(target.host) + (defaultPort ? QByteArray() : ':' + QByteArray::number(target.port));
    const bool absolute = target.scheme == Scheme::Http && route.isProxied();
    const QByteArray path = absolute ? "http://" + host + '/' : QByteArray("/");
    return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + userAgent +
           "\r\nAccept: */*\r\nConnection: close\r\n\r\n";
}

void HttpStep::run()
{
    QSslSocket* socket = m_state.socket;
    armTimeout([this] { conclude(HttpError::Timeout); });
    connect(socket, &QSslSocket::readyRead, this, &HttpStep::onData);
    connect(socket, &QSslSocket::disconnected, this, [this] { conclude(HttpError::Closed); });
    connect(socket, &QSslSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError) { conclude(HttpError::Closed); });
    socket->write(request(m_state.target, m_context.route, m_context.userAgent));
}

void HttpStep::onData()
{
    m_buffer += m_state.socket->read(kMaxHeadBytes - m_buffer.size());
    if (HttpResponseHead::isComplete(m_buffer) || m_buffer.size() >= kMaxHeadBytes)
        conclude(std::nullopt);
}

void HttpStep::conclude(std::optional<HttpError> error)
{
    if (isFinished())
        return;
    QSslSocket* socket = m_state.socket;
    // After a sign-in the answer came on the sign-in's own connection, already in m_buffer.
    if (socket && socket->bytesAvailable() > 0 && m_signInFacts.isEmpty())
        m_buffer += socket->read(kMaxHeadBytes - m_buffer.size());
    if (socket)
        socket->disconnect(this);
    QJsonObject details;
    if (m_context.route.isProxied())
        details.insert(fact::kViaProxy, m_context.route.proxyAuthority());
    const auto head = HttpResponseHead::parse(m_buffer);
    if (head && head->status() == 407 && m_context.route.isProxied() && m_signInFacts.isEmpty() &&
        signIn(head->header("Proxy-Authenticate").value_or(QByteArray())))
        return;
    for (auto it = m_signInFacts.begin(); it != m_signInFacts.end(); ++it)
        details.insert(it.key(), it.value());
    if (head && head->status() != 407 && m_signInFacts.contains(fact::kSignIn))
        details.insert(fact::kProfile, profileName(m_context.profile));
    if (!head) {
        details.insert(fact::kError, factName(m_buffer.isEmpty() ? error.value_or(HttpError::Closed)
                                                                 : HttpError::Malformed));
        if (!m_buffer.isEmpty())
            details.insert(fact::kReceived, HttpResponseHead::displayText(m_buffer.left(200)));
        if (error == HttpError::Timeout && m_buffer.isEmpty())
            details.insert(fact::kTimeoutMs, m_context.timeoutMs);
        finish(Verdict::Fail, details);
        return;
    }
    details.insert(fact::kStatus, head->status());
    details.insert(fact::kReason, HttpResponseHead::displayText(head->reason().toUtf8()));
    details.insert(fact::kHttpVersion, head->httpVersion());
    for (const auto& [name, key] :
         {std::pair{"Server", fact::kServer}, std::pair{"Location", fact::kLocation},
          std::pair{"Via", fact::kVia}, std::pair{"Date", fact::kDate},
          std::pair{"X-Squid-Error", fact::kSquidError}, std::pair{"Proxy-Status", fact::kProxyStatus},
          std::pair{"Proxy-Authenticate", fact::kProxyAuthenticate}}) {
        if (const auto value = head->header(name))
            details.insert(key, HttpResponseHead::displayText(*value));
    }
    if (const auto date = head->header("Date")) {
        if (const auto serverTime = HttpResponseHead::parseHttpDate(*date)) {
            const qint64 skew = serverTime->secsTo(QDateTime::currentDateTimeUtc());
            details.insert(fact::kClockSkewSeconds, double(skew));
        }
    }
    finish(Verdict::Pass, details);
}

void HttpStep::abort()
{
    ProbeStep::abort();
    delete m_signIn;
}

bool HttpStep::signIn(const QByteArray& challenges)
{
    const QList<ProxyChallenge> offered = ProxyChallenge::parse(challenges);
    const auto chosen = ProxyAuthenticator::choose(offered, !m_context.proxyCredentials.isEmpty());
    if (!chosen || !m_state.socket)
        return false;
    const bool withCredentials = !m_context.proxyCredentials.isEmpty();
    m_signInFacts.insert(fact::kSignInWith,
                         withCredentials ? QStringLiteral("credentials") : QStringLiteral("single_sign_on"));
    m_signInFacts.insert(fact::kSignInScheme, chosen->scheme);
    const Target& target = m_state.target;
    QByteArray uri = "http://" + QUrl::toAce(target.host);
    if (target.port != 80)
        uri += ':' + QByteArray::number(target.port);
    uri += '/';
    m_signIn = new ProxySignIn(m_state.socket->peerAddress(), m_state.socket->peerPort(), *chosen,
                               ProxyAuthenticator::create(*chosen, m_context.proxyCredentials,
                                                          m_context.route.proxyHost, "GET", uri),
                               m_state.socket->parent(), this);
    connect(m_signIn, &ProxySignIn::finished, this, &HttpStep::onSignInFinished);
    armTimeout([this] {
        delete m_signIn;
        m_signInFacts.insert(fact::kSignIn, factName(SignInOutcome::TimedOut));
        conclude(HttpError::Timeout);
    });
    // NTLM and Negotiate need the connection kept for the handshake's next leg.
    QByteArray request = HttpStep::request(target, m_context.route, m_context.userAgent);
    request.replace("Connection: close\r\n", "Proxy-Connection: Keep-Alive\r\n");
    m_signIn->start(request);
    return true;
}

void HttpStep::onSignInFinished(ProxySignIn::Outcome outcome)
{
    ProxySignIn* signIn = m_signIn;
    m_signIn = nullptr;
    signIn->deleteLater();
    switch (outcome) {
    case ProxySignIn::Outcome::Answered:
        m_signInFacts.insert(fact::kSignIn, factName(SignInOutcome::Accepted));
        break;
    case ProxySignIn::Outcome::Refused:
        m_signInFacts.insert(fact::kSignIn, factName(SignInOutcome::Refused));
        break;
    case ProxySignIn::Outcome::Failed:
        m_signInFacts.insert(fact::kSignIn, factName(SignInOutcome::Failed));
        m_signInFacts.insert(fact::kSignInError, signIn->errorText());
        break;
    }
    // The proxy's answer to the signed-in request is read as the response (a 407 when refused).
    if (outcome != ProxySignIn::Outcome::Failed)
        m_buffer = signIn->finalReply();
    conclude(std::nullopt);
}

} // namespace cloudcheck
