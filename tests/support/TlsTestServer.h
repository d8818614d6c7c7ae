// An HTTPS endpoint on loopback presenting a TestIdentity: handshake, read one request head,
// answer with fixed bytes, close. Counters let tests prove what a client did or did not send,
// e.g. that no request went out over a certificate the client rejected.
#pragma once

#include "TestIdentity.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSslServer>
#include <QStringList>
#include <optional>

class QSslSocket;

namespace cctest {

class TlsTestServer : public QObject
{
    Q_OBJECT

public:
    explicit TlsTestServer(const TestIdentity& identity, QObject* parent = nullptr);
    ~TlsTestServer() override;

    // Only loopback addresses are accepted; the port is always ephemeral.
    bool listen(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost));
    quint16 port() const;
    QHostAddress serverAddress() const;

    // Raw bytes written after the request head; until set, okResponse() dated at answer time.
    void setResponse(const QByteArray& raw);
    QByteArray response() const;
    // Limits what the server negotiates: the protocol (QSsl::TlsV1_2 alone, QSsl::TlsV1_3OrLater)
    // and, when `ciphers` is not empty, the TLS 1.2 suites by OpenSSL name. false when a name is
    // not a suite this TLS library supports (the server is then left unchanged).
    bool restrictTls(QSsl::SslProtocol protocol, const QStringList& ciphers = {});
    // false: complete handshakes and read requests, but never write or close (a stalled host).
    void setRespond(bool respond);
    bool responds() const { return m_respond; }

    int handshakes() const { return m_handshakes; }
    // Connections whose handshake failed, e.g. because the client rejected the certificate.
    int failedHandshakes() const { return m_failedHandshakes; }
    int requests() const { return m_requests; }
    QByteArray lastRequest() const { return m_lastRequest; }

Q_SIGNALS:
    void handshakeCompleted();
    void requestReceived();

private:
    void acceptEncrypted();
    void serve(QSslSocket* socket);

    std::optional<QByteArray> m_response;
    bool m_respond = true;
    int m_handshakes = 0;
    int m_failedHandshakes = 0;
    int m_requests = 0;
    QByteArray m_lastRequest;
    // Last member: its sockets are destroyed first, before the state their handlers touch.
    QSslServer m_server;
};

} // namespace cctest
