#include "TlsTestServer.h"

#include "HttpMessages.h"

#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslDiffieHellmanParameters>
#include <QSslSocket>
#include <QtDebug>
#include <memory>

namespace cctest {

namespace {

// RFC 7919's ffdhe2048 group. A QSslServer has no DH parameters of its own to offer, so without
// these it can negotiate no DHE suite at all; the Citrix ingress accepts two (CTX335879).
constexpr char kFfdhe2048[] = "-----BEGIN DH PARAMETERS-----\n"
                              "MIIBCAKCAQEA//////////+t+FRYortKmq/cViAnPTzx2LnFg84tNpWp4TZBFGQz\n"
                              "+8yTnc4kmz75fS/jY2MMddj2gbICrsRhetPfHtXV/WVhJDP1H18GbtCFY2VVPe0a\n"
                              "87VXE15/V8k1mE8McODmi3fipona8+/och3xWKE2rec1MKzKT0g6eXq8CrGCsyT7\n"
                              "YdEIqUuyyOP7uWrat2DX9GgdT0Kj3jlN9K5W7edjcrsZCwenyO4KbXCeAvzhzffi\n"
                              "7MA0BM0oNC9hkXL+nOmFg/+OTxIy7vKBg8P+OxtMb61zO7X8vC7CIAXFjvGDfRaD\n"
                              "ssbzSibBsu/6iGtCOGEoXJf//////////wIBAg==\n"
                              "-----END DH PARAMETERS-----\n";

// Set on server-side sockets already counted as failed, so one aborted handshake that reports
// several socket errors is counted once.
constexpr char kFailedProperty[] = "cctestHandshakeFailed";

} // namespace

TlsTestServer::TlsTestServer(const TestIdentity& identity, QObject* parent) : QObject(parent)
{
    // Real servers send the leaf and intermediates but not the root the client must already trust.
    QList<QSslCertificate> chain{identity.certificate};
    for (const QSslCertificate& issuer : identity.issuers) {
        if (!issuer.isSelfSigned())
            chain.append(issuer);
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(identity.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(configuration);

    // newConnection() fires at TCP accept, before the handshake; only this one means a socket
    // finished its handshake and was queued.
    connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, &TlsTestServer::acceptEncrypted);
    // A client refusing our certificate is an expected outcome in these tests, not a server fault.
    connect(&m_server, &QSslServer::errorOccurred, this,
            [this](QSslSocket* socket, QAbstractSocket::SocketError) {
                if (socket->isEncrypted() || socket->property(kFailedProperty).toBool())
                    return;
                socket->setProperty(kFailedProperty, true);
                ++m_failedHandshakes;
            });
}

TlsTestServer::~TlsTestServer()
{
    // Sockets emit disconnected() while being destroyed; cut them off from this half-destroyed
    // object first.
    const QList<QSslSocket*> sockets = m_server.findChildren<QSslSocket*>();
    for (QSslSocket* socket : sockets)
        socket->disconnect(this);
    m_server.disconnect(this);
}

bool TlsTestServer::listen(const QHostAddress& address)
{
    if (!address.isLoopback()) {
        qWarning() << "TlsTestServer: refusing to listen on non-loopback address" << address;
        return false;
    }
    return m_server.listen(address, 0);
}

quint16 TlsTestServer::port() const
{
    return m_server.serverPort();
}

QHostAddress TlsTestServer::serverAddress() const
{
    return m_server.serverAddress();
}

void TlsTestServer::setResponse(const QByteArray& raw)
{
    m_response = raw;
}

QByteArray TlsTestServer::response() const
{
    return m_response.value_or(okResponse());
}

bool TlsTestServer::restrictTls(QSsl::SslProtocol protocol, const QStringList& ciphers)
{
    QSslConfiguration configuration = m_server.sslConfiguration();
    configuration.setProtocol(protocol);
    configuration.setDiffieHellmanParameters(
        QSslDiffieHellmanParameters::fromEncoded(QByteArray(kFfdhe2048), QSsl::Pem));
    if (!ciphers.isEmpty()) {
        QList<QSslCipher> chosen;
        for (const QString& name : ciphers) {
            const QSslCipher cipher(name);
            if (cipher.isNull()) {
                qWarning() << "TlsTestServer: not a supported cipher suite:" << name;
                return false;
            }
            chosen << cipher;
        }
        configuration.setCiphers(chosen);
    }
    m_server.setSslConfiguration(configuration);
    return true;
}

void TlsTestServer::setRespond(bool respond)
{
    m_respond = respond;
}

void TlsTestServer::acceptEncrypted()
{
    while (QTcpSocket* pending = m_server.nextPendingConnection()) {
        auto* socket = qobject_cast<QSslSocket*>(pending);
        if (!socket) {
            pending->deleteLater();
            continue;
        }
        ++m_handshakes;
        Q_EMIT handshakeCompleted();
        serve(socket);
    }
}

void TlsTestServer::serve(QSslSocket* socket)
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
        Q_EMIT requestReceived();
        if (!m_respond)
            return;
        socket->write(response());
        socket->disconnectFromHost();
    };
    connect(socket, &QIODevice::readyRead, this, onReadyRead);
    // The request may have arrived together with the end of the handshake, before we connected.
    if (socket->bytesAvailable() > 0)
        onReadyRead();
}

} // namespace cctest
