// A cleartext HTTP endpoint on loopback: read one request head, write fixed bytes, close.
// The bytes are sent verbatim, so tests can serve HTTP/1.0, odd headers or malformed replies
// exactly as a badly behaved middlebox would.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <functional>
#include <optional>

class QTcpSocket;

namespace cctest {

class PlainHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit PlainHttpServer(QObject* parent = nullptr);
    ~PlainHttpServer() override;

    // Only loopback addresses are accepted; the port is always ephemeral.
    bool listen(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost));
    quint16 port() const;
    QHostAddress serverAddress() const;

    // Raw bytes written after the request head; until set, okResponse() dated at answer time.
    void setResponse(const QByteArray& raw);
    QByteArray response() const;
    // Answers chosen per request head (a CRL for a .crl path, say); a responder that returns
    // nothing leaves the request to the fixed response.
    using Responder = std::function<std::optional<QByteArray>(const QByteArray& head)>;
    void setResponder(Responder responder) { m_responder = std::move(responder); }

    int connections() const { return m_connections; }
    int requests() const { return m_requests; }
    QByteArray lastRequest() const { return m_lastRequest; }
    QList<QByteArray> requestHeads() const { return m_requestHeads; }

Q_SIGNALS:
    void requestReceived();

private:
    void acceptPending();
    void serve(QTcpSocket* socket);

    std::optional<QByteArray> m_response;
    Responder m_responder;
    QList<QByteArray> m_requestHeads; // the first 1000
    int m_connections = 0;
    int m_requests = 0;
    QByteArray m_lastRequest;
    // Last member: its sockets are destroyed first, before the state their handlers touch.
    QTcpServer m_server;
};

} // namespace cctest
