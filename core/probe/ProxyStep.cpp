#include "ProxyStep.h"

#include "ParallelConnect.h"
#include "net/DnsLookup.h"
#include "net/HttpResponseHead.h"
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

// "Basic realm=\"a, b\", NTLM" (headers joined by ", ") -> ["Basic", "NTLM"]. Challenges are split at
// commas outside quoted strings; a scheme is the first word of an element that is not a parameter.
QStringList offeredSchemes(const QByteArray& joined)
{
    QList<QByteArray> elements{{}};
    bool quoted = false;
    for (qsizetype i = 0; i < joined.size(); ++i) {
        const char c = joined.at(i);
        if (c == '\\' && quoted && i + 1 < joined.size()) {
            elements.last() += joined.mid(i, 2);
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
            elements.last() += c;
        } else if (c == ',' && !quoted) {
            elements.append(QByteArray());
        } else {
            elements.last() += c;
        }
    }
    QStringList schemes;
    for (const QByteArray& element : std::as_const(elements)) {
        const QByteArray token = element.trimmed().split(' ').first();
        if (token.isEmpty() || token.contains('='))
            continue;
        const QString scheme = HttpResponseHead::displayText(token);
        if (!schemes.contains(scheme, Qt::CaseInsensitive))
            schemes << scheme;
    }
    return schemes;
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
    if (m_connect)
        m_connect->abort();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void ProxyStep::fail(ProxyError error, QJsonObject extra)
{
    QJsonObject details = m_details;
    for (auto it = extra.begin(); it != extra.end(); ++it)
        details.insert(it.key(), it.value());
    details.insert(fact::kError, factName(error));
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
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
    const QByteArray statusLine = m_reply.left(m_reply.indexOf('\n')).trimmed();
    m_details.insert(fact::kStatus, head->status());
    m_details.insert(fact::kStatusLine, HttpResponseHead::displayText(statusLine));
    for (const auto& [name, key] :
         {std::pair{"Via", fact::kVia}, std::pair{"X-Squid-Error", fact::kSquidError},
          std::pair{"Proxy-Status", fact::kProxyStatus}, std::pair{"Server", fact::kServer}}) {
        if (const auto value = head->header(name))
            m_details.insert(key, HttpResponseHead::displayText(*value));
    }
    if (head->status() >= 200 && head->status() < 300 && !closed) {
        m_socket->disconnect(this);
        m_state.socket = std::exchange(m_socket, nullptr);
        finish(Verdict::Pass, m_details);
        return;
    }
    if (head->status() == 407) {
        const auto challenge = head->header("Proxy-Authenticate");
        fail(ProxyError::AuthRequired,
             {{fact::kProxyAuthenticate,
               QJsonArray::fromStringList(offeredSchemes(challenge.value_or(QByteArray())))}});
        return;
    }
    fail(head->status() >= 200 && head->status() < 300 ? ProxyError::Closed : ProxyError::Denied);
}

} // namespace cloudcheck
