#include "TunnelHold.h"

#include "ProxyStep.h"
#include "net/HttpResponseHead.h"
#include "net/SocketDisposal.h"

#include <QSslSocket>

namespace cloudcheck {

namespace {
constexpr qsizetype kMaxReplyBytes = 16 * 1024;
} // namespace

TunnelHold::TunnelHold(int seconds, const ProbeContext& context, QObject* parent)
    : QObject(parent), m_seconds(seconds), m_context(context)
{
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer); // "held for 30 s" must mean at least 30 s
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this,
            [this] { emit secondsLeft(qMax(0, m_seconds - int(m_held.elapsed() / 1000))); });
}

TunnelHold::~TunnelHold()
{
    abort();
}

void TunnelHold::start(const Target& target)
{
    m_request = ProxyStep::connectRequest(target, m_context.userAgent);
    m_socket = new QSslSocket(this);
    connect(m_socket, &QSslSocket::connected, this, &TunnelHold::onConnected);
    connect(m_socket, &QSslSocket::readyRead, this, &TunnelHold::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &TunnelHold::onClosed);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            onClosed();
        else if (m_socket)
            conclude(m_open ? Outcome::Kind::Cut : Outcome::Kind::Failed, m_socket->errorString());
    });
    // Opening the tunnel gets the step timeout, like any step; holding it gets the time asked.
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_open)
            conclude(Outcome::Kind::Held);
        else
            conclude(Outcome::Kind::Failed,
                     tr("the proxy did not open the tunnel within %1 ms").arg(m_context.timeoutMs));
    });
    m_deadline.start(m_context.timeoutMs);
    QString host = m_context.route.proxyHost;
    for (const HostOverride& pinned : std::as_const(m_context.overrides)) {
        if (pinned.matches(host, m_context.route.proxyPort))
            host = pinned.address.toString();
    }
    m_socket->connectToHost(host, m_context.route.proxyPort);
}

void TunnelHold::onConnected()
{
    m_socket->write(m_request);
}

void TunnelHold::onReadyRead()
{
    if (m_open) {
        m_socket->readAll(); // nothing is expected inside an idle tunnel
        return;
    }
    while (m_socket && m_socket->canReadLine() && m_reply.size() < kMaxReplyBytes) {
        m_reply += m_socket->readLine(kMaxReplyBytes - m_reply.size() + 1);
        if (!HttpResponseHead::isComplete(m_reply))
            continue;
        const auto head = HttpResponseHead::parse(m_reply);
        if (!head || head->status() < 200 || head->status() >= 300) {
            conclude(Outcome::Kind::Failed,
                     tr("the proxy answered \"%1\"")
                         .arg(HttpResponseHead::displayText(m_reply.left(m_reply.indexOf('\n')).trimmed())));
            return;
        }
        m_open = true;
        m_held.start();
        m_deadline.start(m_seconds * 1000);
        m_ticker.start();
        emit secondsLeft(m_seconds);
        return;
    }
}

void TunnelHold::onClosed()
{
    conclude(m_open ? Outcome::Kind::Cut : Outcome::Kind::Failed,
             m_open ? QString() : tr("the proxy closed the connection before the tunnel opened"));
}

void TunnelHold::conclude(Outcome::Kind kind, QString error)
{
    if (m_done)
        return;
    m_done = true;
    Outcome outcome;
    outcome.kind = kind;
    outcome.proxy = m_context.route.proxyAuthority();
    outcome.requestedSeconds = m_seconds;
    outcome.heldMs = m_open ? m_held.elapsed() : 0;
    outcome.error = std::move(error);
    abort();
    m_done = true;
    emit finished(outcome);
}

void TunnelHold::abort()
{
    m_done = true;
    m_deadline.stop();
    m_ticker.stop();
    discardSocket(m_socket, this);
}

} // namespace cloudcheck
