#include "RelayProxy.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace cctest {

RelayProxy::RelayProxy(quint16 upstreamPort, QObject* parent) : QObject(parent), m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* client = m_server.nextPendingConnection())
            serve(client);
    });
}

bool RelayProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void RelayProxy::requireBasic(const QByteArray& userColonPassword)
{
    m_expectedAuthorization = "Proxy-Authorization: Basic " + userColonPassword.toBase64() + "\r\n";
}

void RelayProxy::serve(QTcpSocket* client)
{
    auto* head = new QByteArray;
    connect(client, &QTcpSocket::readyRead, this, [this, client, head] {
        if (head->endsWith("\r\n\r\n"))
            return;
        while (client->canReadLine() && !head->endsWith("\r\n\r\n"))
            *head += client->readLine();
        if (!head->endsWith("\r\n\r\n"))
            return;
        m_lastHead = *head;
        if (!m_expectedAuthorization.isEmpty() && !head->contains(m_expectedAuthorization)) {
            ++m_challenges;
            if (head->contains("Proxy-Authorization:"))
                ++m_refusedCredentials;
            head->clear();
            client->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic "
                          "realm=\"lab\"\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        if (m_maxTunnels >= 0 && m_accepted >= m_maxTunnels) {
            client->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        ++m_accepted;
        auto* upstream = new QTcpSocket(client);
        connect(upstream, &QTcpSocket::connected, client, [this, client] {
            ++m_tunnels;
            client->write("HTTP/1.1 200 Connection established\r\nVia: 1.1 relay\r\n\r\n");
        });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::readyRead, upstream,
                [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    });
    connect(client, &QObject::destroyed, this, [head] { delete head; });
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
}

} // namespace cctest
