// A minimal forwarding proxy on loopback: answers CONNECT with 200 and relays bytes to one fixed
// upstream port, whatever host the client names. Enough to prove TLS inside the tunnel. With
// requireBasic() it first asks for Basic credentials (407) on the same connection, as squid does.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace cctest {

class RelayProxy : public QObject
{
    Q_OBJECT

public:
    explicit RelayProxy(quint16 upstreamPort, QObject* parent = nullptr);

    // Loopback only, on an ephemeral port.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QByteArray lastRequestHead() const { return m_lastHead; }
    void requireBasic(const QByteArray& userColonPassword);
    int refusedCredentials() const { return m_refusedCredentials; }
    int challenges() const { return m_challenges; }
    // Tunnels opened (CONNECTs answered 200), so a test can tell how many connections went through.
    int tunnels() const { return m_tunnels; }
    // Answers 403 to every CONNECT after the first `count`, as a proxy whose policy changed would.
    void refuseTunnelsAfter(int count) { m_maxTunnels = count; }

private:
    void serve(QTcpSocket* client);

    quint16 m_upstreamPort;
    QTcpServer m_server;
    QByteArray m_lastHead;
    QByteArray m_expectedAuthorization;
    int m_refusedCredentials = 0;
    int m_challenges = 0;
    int m_tunnels = 0;
    int m_maxTunnels = -1;
    int m_accepted = 0;
};

} // namespace cctest
