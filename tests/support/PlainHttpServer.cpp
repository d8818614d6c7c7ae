#include "PlainHttpServer.h"

#include "HttpMessages.h"

#include <QTcpSocket>
#include <QtDebug>
#include <memory>

namespace cctest {

PlainHttpServer::PlainHttpServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &PlainHttpServer::acceptPending);
}

PlainHttpServer::~PlainHttpServer()
{
    // Sockets emit disconnected() while being destroyed; cut them off from this half-destroyed
    // object first.
    const QList<QTcpSocket*> sockets = m_server.findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets)
        socket->disconnect(this);
    m_server.disconnect(this);
}

bool PlainHttpServer::listen(const QHostAddress& address)
{
    if (!address.isLoopback()) {
        qWarning() << "PlainHttpServer: refusing to listen on non-loopback address" << address;
        return false;
    }
    return m_server.listen(address, 0);
}

quint16 PlainHttpServer::port() const
{
    return m_server.serverPort();
}

QHostAddress PlainHttpServer::serverAddress() const
{
    return m_server.serverAddress();
}

void PlainHttpServer::setResponse(const QByteArray& raw)
{
    m_response = raw;
}

QByteArray PlainHttpServer::response() const
{
    return m_response.value_or(okResponse());
}

void PlainHttpServer::acceptPending()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        ++m_connections;
        serve(socket);
    }
}

void PlainHttpServer::serve(QTcpSocket* socket)
{
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);

    auto received = std::make_shared<QByteArray>();
    auto headSeen = std::make_shared<bool>(false);
    auto onReadyRead = [this, socket, received, headSeen] {
        // Anything after the head (a body, a pipelined request) is drained and ignored.
        const QByteArray chunk = socket->readAll();
        if (*headSeen)
            return;
        received->append(chunk);
        const std::optional<QByteArray> head = requestHead(*received);
        if (!head)
            return;
        *headSeen = true;
        received->clear();
        ++m_requests;
        m_lastRequest = *head;
        if (m_requestHeads.size() < 1000)
            m_requestHeads << *head;
        Q_EMIT requestReceived();
        const std::optional<QByteArray> chosen = m_responder ? m_responder(*head) : std::nullopt;
        socket->write(chosen.value_or(response()));
        socket->disconnectFromHost();
    };
    connect(socket, &QIODevice::readyRead, this, onReadyRead);
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

} // namespace cctest
