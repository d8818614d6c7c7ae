#include "FaultServer.h"

#include "HttpMessages.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QtDebug>
#include <memory>
#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace cctest {

namespace {

constexpr qint64 kStreamChunk = 64 * 1024;

// SO_LINGER with a zero timeout makes close() send RST instead of FIN, whatever is unread.
void resetOnClose(QTcpSocket* socket)
{
    linger option{};
    option.l_onoff = 1;
    option.l_linger = 0;
    ::setsockopt(socket->socketDescriptor(), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char*>(&option),
                 sizeof option);
}

QByteArray hostOf(const QByteArray& head)
{
    static const QRegularExpression host(QStringLiteral("\r\nHost: *([^\r\n]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto match = host.match(QString::fromLatin1(head));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray("localhost");
}

} // namespace

QList<FaultServer::Fault> FaultServer::allFaults()
{
    return {Fault::SilentAfterAccept, Fault::ResetAfterClientHello,
            Fault::TlsAlert,          Fault::GarbageInsteadOfTls,
            Fault::HugeHeader,        Fault::Trickle,
            Fault::CloseMidHead,      Fault::CloseMidBody,
            Fault::RedirectLoop,      Fault::HugeContentLength};
}

QString FaultServer::name(Fault fault)
{
    switch (fault) {
    case Fault::SilentAfterAccept:
        return QStringLiteral("silent_after_accept");
    case Fault::ResetAfterClientHello:
        return QStringLiteral("reset_after_client_hello");
    case Fault::TlsAlert:
        return QStringLiteral("tls_alert");
    case Fault::GarbageInsteadOfTls:
        return QStringLiteral("garbage_instead_of_tls");
    case Fault::HugeHeader:
        return QStringLiteral("huge_header");
    case Fault::Trickle:
        return QStringLiteral("trickle");
    case Fault::CloseMidHead:
        return QStringLiteral("close_mid_head");
    case Fault::CloseMidBody:
        return QStringLiteral("close_mid_body");
    case Fault::RedirectLoop:
        return QStringLiteral("redirect_loop");
    case Fault::HugeContentLength:
        return QStringLiteral("huge_content_length");
    }
    return {};
}

bool FaultServer::isHttpFault(Fault fault)
{
    switch (fault) {
    case Fault::ResetAfterClientHello:
    case Fault::TlsAlert:
    case Fault::GarbageInsteadOfTls:
        return false;
    default:
        return true; // SilentAfterAccept answers nothing either way; it is used for both
    }
}

FaultServer::FaultServer(Fault fault, QObject* parent) : QObject(parent), m_fault(fault)
{
    // A soak connects hundreds of clients at once; the default backlog would drop SYNs and turn
    // the kernel's retransmission delay into a false slow response.
    m_server.setMaxPendingConnections(1024);
    connect(&m_server, &QTcpServer::newConnection, this, &FaultServer::acceptPending);
}

FaultServer::~FaultServer()
{
    // Sockets emit disconnected() while being destroyed; cut them off from this half-destroyed
    // object first.
    const QList<QTcpSocket*> sockets = m_server.findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets)
        socket->disconnect(this);
    m_server.disconnect(this);
}

bool FaultServer::listen(const QHostAddress& address)
{
    if (!address.isLoopback()) {
        qWarning() << "FaultServer: refusing to listen on non-loopback address" << address;
        return false;
    }
    return m_server.listen(address, 0);
}

quint16 FaultServer::port() const
{
    return m_server.serverPort();
}

void FaultServer::acceptPending()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        auto received = std::make_shared<QByteArray>();
        auto acted = std::make_shared<bool>(false);
        auto onReadyRead = [this, socket, received, acted] {
            if (*acted) {
                socket->readAll(); // whatever follows is drained and ignored
                return;
            }
            // A reset must leave the ClientHello unread; everything else reads what came.
            if (m_fault == Fault::ResetAfterClientHello) {
                *acted = true;
                onFirstBytes(socket, {});
                return;
            }
            received->append(socket->readAll());
            if (!isHttpFault(m_fault)) {
                *acted = true;
                onFirstBytes(socket, *received);
                return;
            }
            if (const std::optional<QByteArray> head = requestHead(*received)) {
                *acted = true;
                ++m_requests;
                answerRequest(socket, *head);
            }
        };
        connect(socket, &QIODevice::readyRead, this, onReadyRead);
        if (socket->bytesAvailable() > 0)
            onReadyRead();
    }
}

void FaultServer::onFirstBytes(QTcpSocket* socket, const QByteArray&)
{
    switch (m_fault) {
    case Fault::ResetAfterClientHello:
        resetOnClose(socket);
        socket->abort();
        socket->deleteLater();
        return;
    case Fault::TlsAlert:
        // Record type alert (21), TLS 1.2, length 2: level fatal (2), handshake_failure (40).
        send(socket, QByteArray::fromHex("15030300020228"));
        socket->disconnectFromHost();
        return;
    case Fault::GarbageInsteadOfTls: {
        // 0xff is no TLS content type, and the rest is no record either; fixed, so runs repeat.
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char(0xff - (i * 7) % 97);
        send(socket, garbage);
        return; // left open: the client must give up on its own
    }
    default:
        return;
    }
}

void FaultServer::answerRequest(QTcpSocket* socket, const QByteArray& head)
{
    switch (m_fault) {
    case Fault::SilentAfterAccept:
        return;
    case Fault::HugeHeader:
        send(socket, "HTTP/1.1 200 OK\r\nX-Filler: " + QByteArray(kHugeHeaderBytes, 'a') +
                         "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    case Fault::Trickle:
        trickle(socket, okResponse());
        return;
    case Fault::CloseMidHead:
        send(socket, "HTTP/1.1 200 OK\r\nServer: fault-server\r\nContent-Le");
        socket->disconnectFromHost();
        return;
    case Fault::CloseMidBody:
        send(socket,
             "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nConnection: close\r\n\r\n" + QByteArray(100, 'b'));
        socket->disconnectFromHost();
        return;
    case Fault::RedirectLoop:
        send(socket, "HTTP/1.1 302 Found\r\nLocation: http://" + hostOf(head) +
                         "/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
        return;
    case Fault::HugeContentLength:
        send(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: " +
                         QByteArray::number(kHugeContentLength) + "\r\n\r\n");
        stream(socket);
        return;
    default:
        return;
    }
}

void FaultServer::send(QTcpSocket* socket, const QByteArray& bytes)
{
    m_bytesSent += socket->write(bytes);
}

void FaultServer::trickle(QTcpSocket* socket, const QByteArray& response)
{
    auto* timer = new QTimer(socket); // dies with the socket
    timer->setInterval(1000);
    auto next = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [this, socket, timer, response, next] {
        send(socket, response.mid((*next)++, 1));
        if (*next >= response.size()) {
            timer->stop();
            socket->disconnectFromHost();
        }
    });
    send(socket, response.left(1));
    *next = 1;
    timer->start();
}

void FaultServer::stream(QTcpSocket* socket)
{
    // Body bytes whenever the kernel has taken the last chunk, until the client goes away: the
    // client is meant to read the head and stop, and this server must not buffer 5 GB trying.
    auto sent = std::make_shared<qint64>(0);
    auto more = [this, socket, sent] {
        while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < kStreamChunk &&
               *sent < kHugeContentLength) {
            const qint64 chunk = qMin(kStreamChunk, kHugeContentLength - *sent);
            *sent += chunk;
            send(socket, QByteArray(chunk, 'c'));
        }
    };
    connect(socket, &QIODevice::bytesWritten, socket, more);
    more();
}

} // namespace cctest
