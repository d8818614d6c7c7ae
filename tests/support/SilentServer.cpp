#include "SilentServer.h"

#include <QTcpSocket>
#include <QtDebug>

namespace cctest {

SilentServer::SilentServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &SilentServer::acceptPending);
}

SilentServer::~SilentServer()
{
    const QList<QTcpSocket*> sockets = m_server.findChildren<QTcpSocket*>();
    for (QTcpSocket* socket : sockets)
        socket->disconnect(this);
    m_server.disconnect(this);
}

bool SilentServer::listen(const QHostAddress& address)
{
    if (!address.isLoopback()) {
        qWarning() << "SilentServer: refusing to listen on non-loopback address" << address;
        return false;
    }
    return m_server.listen(address, 0);
}

quint16 SilentServer::port() const
{
    return m_server.serverPort();
}

QHostAddress SilentServer::serverAddress() const
{
    return m_server.serverAddress();
}

void SilentServer::acceptPending()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        ++m_accepted;
        // No disconnected() -> deleteLater: only the client may end the conversation; our side
        // closes when the test destroys the server.
        connect(socket, &QIODevice::readyRead, this,
                [this, socket] { m_bytesReceived += socket->readAll().size(); });
        Q_EMIT accepted();
    }
}

} // namespace cctest
