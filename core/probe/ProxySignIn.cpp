#include "ProxySignIn.h"

#include "net/HttpResponseHead.h"
#include "net/SocketDisposal.h"
#include "proxyauth/ProxyAuthenticator.h"

#include <QSslSocket>

namespace cloudcheck {

namespace {

constexpr qsizetype kMaxReplyBytes = 16 * 1024;
// A 407 body between handshake legs is an error page; anything much larger is not worth reading.
constexpr qint64 kMaxDroppedBody = 1024 * 1024;

} // namespace

ProxySignIn::ProxySignIn(QHostAddress proxyAddress, quint16 proxyPort, ProxyChallenge chosen,
                         std::unique_ptr<ProxyAuthenticator> authenticator, QObject* socketOwner,
                         QObject* parent)
    : QObject(parent), m_proxyAddress(std::move(proxyAddress)), m_proxyPort(proxyPort),
      m_challenge(std::move(chosen)), m_authenticator(std::move(authenticator)), m_socketOwner(socketOwner)
{}

ProxySignIn::~ProxySignIn()
{
    abort();
}

void ProxySignIn::start(const QByteArray& request)
{
    m_request = request;
    m_socket = new QSslSocket(m_socketOwner);
    connect(m_socket, &QSslSocket::connected, this, [this] { sendLeg(m_challenge); });
    connect(m_socket, &QSslSocket::readyRead, this, &ProxySignIn::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket)
            conclude(Outcome::Failed, m_socket->errorString());
    });
    m_socket->connectToHost(m_proxyAddress, m_proxyPort);
}

void ProxySignIn::sendLeg(const ProxyChallenge& challenge)
{
    if (!m_authenticator) {
        conclude(Outcome::Failed, QStringLiteral("no way to answer %1 here").arg(challenge.scheme));
        return;
    }
    const ProxyAuthenticator::Answer answer = m_authenticator->respond(challenge);
    if (const QString* error = std::get_if<QString>(&answer)) {
        conclude(Outcome::Failed, *error);
        return;
    }
    ++m_legs;
    m_reply.clear();
    // The header value is written to the socket only: never logged, never kept as a fact.
    QByteArray request = m_request;
    request.insert(request.size() - 2, "Proxy-Authorization: " + std::get<QByteArray>(answer) + "\r\n");
    m_socket->write(request);
}

void ProxySignIn::onReadyRead()
{
    while (m_socket && m_bodyToDrop > 0 && m_socket->bytesAvailable() > 0) {
        const qint64 skipped = m_socket->skip(m_bodyToDrop);
        if (skipped <= 0)
            break;
        m_bodyToDrop -= skipped;
    }
    if (m_socket && m_bodyToDrop == 0 && !m_next.scheme.isEmpty()) {
        const ProxyChallenge next = std::exchange(m_next, {});
        sendLeg(next);
        return;
    }
    // Line by line, as in ProxyStep: after 200 the same socket carries the TLS handshake.
    while (m_socket && m_socket->canReadLine() && m_reply.size() < kMaxReplyBytes) {
        m_reply += m_socket->readLine(kMaxReplyBytes - m_reply.size() + 1);
        if (HttpResponseHead::isComplete(m_reply)) {
            onHead();
            return;
        }
    }
    if (m_socket && m_reply.size() >= kMaxReplyBytes)
        conclude(Outcome::Failed, QStringLiteral("the proxy's reply head is too long"));
}

void ProxySignIn::onHead()
{
    const auto head = HttpResponseHead::parse(m_reply);
    if (!head) {
        conclude(Outcome::Failed, QStringLiteral("the proxy's reply is not HTTP"));
        return;
    }
    if (head->status() != 407) {
        conclude(Outcome::Answered);
        return;
    }
    // A handshake continues only with a token for the same scheme, within a few legs; any other
    // 407 is the proxy refusing the sign-in.
    ProxyChallenge continuation;
    for (const ProxyChallenge& challenge :
         ProxyChallenge::parse(head->header("Proxy-Authenticate").value_or(QByteArray()))) {
        if (challenge.is(m_challenge.scheme) && !challenge.token68.isEmpty())
            continuation = challenge;
    }
    if (!m_authenticator->isMultiLeg() || continuation.scheme.isEmpty() || m_legs >= kMaxLegs) {
        conclude(Outcome::Refused);
        return;
    }
    const QByteArray connection =
        head->header("Proxy-Connection").value_or(head->header("Connection").value_or(QByteArray()));
    bool sized = false;
    const qint64 length = head->header("Content-Length").value_or("0").trimmed().toLongLong(&sized);
    if (connection.trimmed().compare("close", Qt::CaseInsensitive) == 0 || !sized || length < 0 ||
        length > kMaxDroppedBody) {
        conclude(Outcome::Failed,
                 QStringLiteral("the proxy did not keep the connection open for the %1 handshake")
                     .arg(m_challenge.scheme));
        return;
    }
    m_bodyToDrop = length;
    m_next = continuation;
    onReadyRead();
}

void ProxySignIn::conclude(Outcome outcome, QString errorText)
{
    if (m_done)
        return;
    m_done = true;
    m_errorText = std::move(errorText);
    if (outcome == Outcome::Answered)
        m_socket->disconnect(this);
    else
        abort();
    emit finished(outcome);
}

QSslSocket* ProxySignIn::takeSocket()
{
    QSslSocket* socket = m_socket;
    m_socket = nullptr;
    return socket;
}

void ProxySignIn::abort()
{
    discardSocket(m_socket, this);
}

} // namespace cloudcheck
