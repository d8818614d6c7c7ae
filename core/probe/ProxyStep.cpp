#include "ProxyStep.h"

#include "ParallelConnect.h"
#include "ProxySignIn.h"
#include "net/DnsLookup.h"
#include "net/HttpResponseHead.h"
#include "net/SocketDisposal.h"
#include "proxyauth/ProxyAuthenticator.h"
#include "result/StepFacts.h"

#include <QJsonArray>
#include <QSslSocket>
#include <QUrl>

namespace cloudcheck {

namespace {

// A proxy's reply head is small; anything longer is not a proxy worth waiting for.
constexpr qsizetype kMaxReplyBytes = 16 * 1024;

QString authority(const Target& target)
{
    return QString::fromLatin1(QUrl::toAce(target.host)) + u':' + QString::number(target.port);
}

} // namespace

ProxyStep::ProxyStep(ProbeState& state, const ProbeContext& context, QObject* socketOwner, QObject* parent)
    : ProbeStep(StepKind::Proxy, state, context, parent), m_socketOwner(socketOwner)
{}

QByteArray ProxyStep::connectRequest(const Target& target, const QByteArray& userAgent)
{
    const QByteArray hostPort = authority(target).toLatin1();
    return "CONNECT " + hostPort + " HTTP/1.1\r\nHost: " + hostPort + "\r\nUser-Agent: " + userAgent +
           "\r\nProxy-Connection: Keep-Alive\r\n\r\n";
}

void ProxyStep::abort()
{
    ProbeStep::abort();
    delete m_lookup;
    delete m_tunnel;
    if (m_connect)
        m_connect->abort();
    discardSocket(m_socket, this);
}

void ProxyStep::fail(ProxyError error, QJsonObject extra)
{
    QJsonObject details = m_details;
    for (auto it = extra.begin(); it != extra.end(); ++it)
        details.insert(it.key(), it.value());
    details.insert(fact::kError, factName(error));
    discardSocket(m_socket, this);
    finish(error == ProxyError::ResolverBusy ? Verdict::Error : Verdict::Fail, details);
}

void ProxyStep::run()
{
    const Route& route = m_context.route;
    if (!route.proxyHost.isEmpty())
        m_details.insert(fact::kProxy, route.proxyAuthority());
    if (!route.problem.isEmpty()) {
        fail(ProxyError::RouteProblem, {{fact::kRouteProblem, route.problem}});
        return;
    }
    m_details.insert(fact::kRequest,
                     m_state.target.scheme == Scheme::Https
                         ? QString(QStringLiteral("CONNECT ") + authority(m_state.target))
                         : QString(QStringLiteral("GET http://") + authority(m_state.target) + u'/'));

    if (const QHostAddress literal(route.proxyHost); !literal.isNull()) {
        connectTo({literal});
        return;
    }
    for (const HostOverride& pinned : m_context.overrides) {
        if (pinned.matches(route.proxyHost, route.proxyPort)) {
            connectTo({pinned.address});
            return;
        }
    }
    m_lookup = new DnsLookup(this);
    connect(m_lookup, &DnsLookup::finished, this, &ProxyStep::onProxyAnswer);
    // As in DnsStep: the wait for a resolver thread is capped apart from the lookup's own timeout.
    armTimeout([this] {
        delete m_lookup;
        fail(ProxyError::ResolverBusy, {{fact::kQueuedMs, elapsedMs()}});
    });
    connect(m_lookup, &DnsLookup::started, this, [this] {
        armTimeout([this] {
            delete m_lookup;
            fail(ProxyError::NameNotResolved, {{fact::kTimeoutMs, m_context.timeoutMs}});
        });
    });
    m_lookup->start(route.proxyHost);
}

void ProxyStep::onProxyAnswer(const DnsAnswer& answer)
{
    m_lookup->deleteLater();
    if (answer.error != DnsAnswer::Error::None || answer.addresses.isEmpty()) {
        fail(ProxyError::NameNotResolved, {{fact::kErrorText, answer.errorText}});
        return;
    }
    connectTo(answer.addresses);
}

void ProxyStep::connectTo(const QList<QHostAddress>& addresses)
{
    QJsonArray list;
    for (const QHostAddress& address : addresses)
        list.append(address.toString());
    m_details.insert(fact::kAddresses, list);
    m_connect = new ParallelConnect(m_socketOwner, this);
    connect(m_connect, &ParallelConnect::settled, this, &ProxyStep::onConnectSettled);
    armTimeout([this] { m_connect->timeOut(); });
    m_connect->start(addresses, m_context.route.proxyPort);
}

void ProxyStep::onConnectSettled()
{
    m_details.insert(fact::kAttempts, m_connect->attempts());
    m_socket = m_connect->winner();
    if (!m_socket) {
        const ConnectOutcome failure = m_connect->failure();
        QJsonObject extra;
        if (failure == ConnectOutcome::Timeout)
            extra.insert(fact::kTimeoutMs, m_context.timeoutMs);
        fail(failure == ConnectOutcome::Timeout   ? ProxyError::Timeout
             : failure == ConnectOutcome::Refused ? ProxyError::Refused
                                                  : ProxyError::Unreachable,
             extra);
        return;
    }
    m_details.insert(fact::kAddress, m_socket->peerAddress().toString());
    if (m_state.target.scheme != Scheme::Https) {
        // Plain http: the request itself goes to the proxy with the absolute URI (http step).
        m_state.socket = std::exchange(m_socket, nullptr);
        finish(Verdict::Pass, m_details);
        return;
    }
    sendConnect();
}

void ProxyStep::sendConnect()
{
    armTimeout([this] {
        if (m_reply.isEmpty())
            fail(ProxyError::NoReply, {{fact::kTimeoutMs, m_context.timeoutMs}});
        else
            concludeReply(false);
    });
    connect(m_socket, &QSslSocket::readyRead, this, &ProxyStep::onReplyData);
    connect(m_socket, &QSslSocket::disconnected, this, [this] { concludeReply(true); });
    connect(m_socket, &QSslSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError) { concludeReply(true); });
    m_socket->write(connectRequest(m_state.target, m_context.userAgent));
}

void ProxyStep::onReplyData()
{
    // Line by line, so that not one byte past the head is consumed: after "200" the same socket
    // carries the TLS handshake.
    while (m_socket && m_socket->canReadLine() && m_reply.size() < kMaxReplyBytes) {
        m_reply += m_socket->readLine(kMaxReplyBytes - m_reply.size() + 1);
        if (HttpResponseHead::isComplete(m_reply)) {
            concludeReply(false);
            return;
        }
    }
    if (m_socket && m_reply.size() >= kMaxReplyBytes)
        concludeReply(false);
}

void ProxyStep::recordReplyHead()
{
    const auto head = HttpResponseHead::parse(m_reply);
    if (!head)
        return;
    const QByteArray statusLine = m_reply.left(m_reply.indexOf('\n')).trimmed();
    m_details.insert(fact::kStatus, head->status());
    m_details.insert(fact::kStatusLine, HttpResponseHead::displayText(statusLine));
    for (const auto& [name, key] :
         {std::pair{"Via", fact::kVia}, std::pair{"X-Squid-Error", fact::kSquidError},
          std::pair{"Proxy-Status", fact::kProxyStatus}, std::pair{"Server", fact::kServer}}) {
        if (const auto value = head->header(name))
            m_details.insert(key, HttpResponseHead::displayText(*value));
    }
}

void ProxyStep::concludeReply(bool closed)
{
    if (isFinished() || !m_socket)
        return;
    if (closed && m_socket->bytesAvailable() > 0)
        m_reply += m_socket->read(kMaxReplyBytes - m_reply.size());
    const auto head = HttpResponseHead::parse(m_reply);
    if (!head) {
        if (m_reply.isEmpty())
            fail(ProxyError::Closed);
        else
            fail(ProxyError::NotHttp, {{fact::kReceived, HttpResponseHead::displayText(m_reply.left(200))}});
        return;
    }
    recordReplyHead();
    if (head->status() >= 200 && head->status() < 300 && !closed) {
        m_socket->disconnect(this);
        m_state.socket = std::exchange(m_socket, nullptr);
        finish(Verdict::Pass, m_details);
        return;
    }
    if (head->status() == 407) {
        const QList<ProxyChallenge> offered =
            ProxyChallenge::parse(head->header("Proxy-Authenticate").value_or(QByteArray()));
        QStringList schemes;
        for (const ProxyChallenge& challenge : offered) {
            if (!schemes.contains(challenge.scheme, Qt::CaseInsensitive))
                schemes << challenge.scheme;
        }
        m_details.insert(fact::kProxyAuthenticate, QJsonArray::fromStringList(schemes));
        if (const auto chosen = ProxyAuthenticator::choose(offered, !m_context.proxyCredentials.isEmpty())) {
            signIn(*chosen);
            return;
        }
        fail(ProxyError::AuthRequired, {{fact::kSignIn, factName(SignInOutcome::NotOffered)}});
        return;
    }
    fail(head->status() >= 200 && head->status() < 300 ? ProxyError::Closed : ProxyError::Denied);
}

void ProxyStep::signIn(const ProxyChallenge& chosen)
{
    // The first connection has served its purpose (the 407 and its headers are facts); the sign-in
    // runs on a connection of its own, to the same proxy address.
    const QHostAddress address = m_socket->peerAddress();
    discardSocket(m_socket, this);
    const bool withCredentials = !m_context.proxyCredentials.isEmpty();
    m_details.insert(fact::kSignInWith,
                     withCredentials ? QStringLiteral("credentials") : QStringLiteral("single_sign_on"));
    m_details.insert(fact::kSignInScheme, chosen.scheme);
    const QByteArray uri = authority(m_state.target).toLatin1();
    m_tunnel = new ProxySignIn(address, m_context.route.proxyPort, chosen,
                               ProxyAuthenticator::create(chosen, m_context.proxyCredentials,
                                                          m_context.route.proxyHost, "CONNECT", uri),
                               m_socketOwner, this);
    connect(m_tunnel, &ProxySignIn::finished, this, &ProxyStep::onSignInFinished);
    armTimeout([this] {
        delete m_tunnel;
        fail(ProxyError::AuthRequired,
             {{fact::kSignIn, factName(SignInOutcome::TimedOut)}, {fact::kTimeoutMs, m_context.timeoutMs}});
    });
    m_tunnel->start(connectRequest(m_state.target, m_context.userAgent));
}

void ProxyStep::onSignInFinished(ProxySignIn::Outcome outcome)
{
    ProxySignIn* tunnel = m_tunnel;
    m_tunnel = nullptr;
    tunnel->deleteLater();
    switch (outcome) {
    case ProxySignIn::Outcome::Answered: {
        m_details.insert(fact::kSignIn, factName(SignInOutcome::Accepted));
        m_reply = tunnel->finalReply();
        recordReplyHead();
        const int status = m_details.value(fact::kStatus).toInt();
        if (status >= 200 && status < 300) {
            // Whether a signed-in path is good enough depends on who would use it (Diagnosis).
            m_details.insert(fact::kProfile, profileName(m_context.profile));
            m_state.socket = tunnel->takeSocket();
            finish(Verdict::Pass, m_details);
            return;
        }
        // Signed in, then refused by policy: the reply after the sign-in is the one that counts.
        fail(ProxyError::Denied);
        return;
    }
    case ProxySignIn::Outcome::Refused:
        fail(m_context.proxyCredentials.isEmpty() ? ProxyError::AuthRequired : ProxyError::AuthFailed,
             {{fact::kSignIn, factName(SignInOutcome::Refused)}});
        return;
    case ProxySignIn::Outcome::Failed:
        fail(ProxyError::AuthRequired,
             {{fact::kSignIn, factName(SignInOutcome::Failed)}, {fact::kSignInError, tunnel->errorText()}});
        return;
    }
}

} // namespace cloudcheck
