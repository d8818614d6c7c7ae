// A loopback TCP endpoint that accepts and then says nothing, ever: the stand-in for a firewall
// or proxy that completes the TCP handshake but drops everything after it. Connections stay open
// until the server is destroyed, so client-side read and handshake timeouts are what ends them.
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace cctest {

class SilentServer : public QObject
{
    Q_OBJECT

public:
    explicit SilentServer(QObject* parent = nullptr);
    ~SilentServer() override;

    // Only loopback addresses are accepted; the port is always ephemeral.
    bool listen(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost));
    quint16 port() const;
    QHostAddress serverAddress() const;

    int acceptedCount() const { return m_accepted; }
    // Bytes the clients sent (a ClientHello, a request); read only so tests can see them arrive.
    qint64 bytesReceived() const { return m_bytesReceived; }

Q_SIGNALS:
    void accepted();

private:
    void acceptPending();

    int m_accepted = 0;
    qint64 m_bytesReceived = 0;
    // Last member: its sockets are destroyed first, before the state their handlers touch.
    QTcpServer m_server;
};

} // namespace cctest
