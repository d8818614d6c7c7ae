// A loopback TCP endpoint that misbehaves in one chosen way, for the fault soak (issue 10): the
// ways a broken firewall, middlebox or server ends a TLS handshake or an HTTP answer. The TLS
// faults happen before any certificate, so no identity is needed; the HTTP faults answer a
// cleartext request (http targets). Every connection is counted, with what was sent back, so a
// test can prove that the client read a bounded amount and made one request per connection.
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>

class QTcpSocket;
class QTimer;

namespace cctest {

class FaultServer : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        SilentAfterAccept,     // accepts, reads, never writes
        ResetAfterClientHello, // a reset (RST) as soon as the first bytes arrive
        TlsAlert,              // a fatal handshake_failure alert in answer to the ClientHello
        GarbageInsteadOfTls,   // 4 KiB of bytes that are no TLS record
        HugeHeader,            // an HTTP head with a 1 MiB header line
        Trickle,               // a valid HTTP answer, one byte a second
        CloseMidHead,          // part of an HTTP head, then the connection closes
        CloseMidBody,          // a full head announcing 1000 bytes, 100 of them, then closed
        RedirectLoop,          // 302 back to the very URL requested
        HugeContentLength,     // Content-Length of 5 GB, and body bytes for as long as read
    };

    static QList<Fault> allFaults();
    // A short stable name ("silent_after_accept", ...) for test rows and bench output.
    static QString name(Fault fault);
    // True for the faults that answer an HTTP request rather than a ClientHello.
    static bool isHttpFault(Fault fault);

    explicit FaultServer(Fault fault, QObject* parent = nullptr);
    ~FaultServer() override;

    // Only loopback addresses are accepted; the port is always ephemeral.
    bool listen(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost));
    quint16 port() const;
    Fault fault() const { return m_fault; }

    int connections() const { return m_connections; }
    // HTTP request heads received (each connection gets at most one answer).
    int requests() const { return m_requests; }
    // Bytes handed to the kernel for all connections together.
    qint64 bytesSent() const { return m_bytesSent; }

    static constexpr qint64 kHugeHeaderBytes = 1024 * 1024;
    static constexpr qint64 kHugeContentLength = 5LL * 1000 * 1000 * 1000;

private:
    void acceptPending();
    void onFirstBytes(QTcpSocket* socket, const QByteArray& received);
    void answerRequest(QTcpSocket* socket, const QByteArray& head);
    void send(QTcpSocket* socket, const QByteArray& bytes);
    void trickle(QTcpSocket* socket, const QByteArray& response);
    void stream(QTcpSocket* socket);

    Fault m_fault;
    int m_connections = 0;
    int m_requests = 0;
    qint64 m_bytesSent = 0;
    // Last member: its sockets (and their timers) are destroyed first, before the state their
    // handlers touch.
    QTcpServer m_server;
};

} // namespace cctest
