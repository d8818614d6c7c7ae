#pragma once

#include "plan/Target.h"
#include "proxyauth/ProxyChallenge.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <memory>

class QSslSocket;

namespace cloudcheck {

class ProxyAuthenticator;

// The second try through a proxy that answered 407: a fresh connection on which the same request
// (CONNECT host:port, or a plain-http GET with the absolute URI) is sent again with
// Proxy-Authorization, answering the chosen challenge (ProxyAuthenticator). NTLM and Negotiate take
// more than one leg on the same connection; the 407 bodies in between are read and dropped.
// Exactly one sign-in: a 407 that is not a handshake continuation ends it as refused, so an
// account is never locked out by retries.
class ProxySignIn : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Answered, // signed in: finalReply() is the proxy's answer to the request (200 for a tunnel)
        Refused,  // 407 again: the proxy refused the sign-in
        Failed    // no answer could be made, or the connection failed: see errorText()
    };
    Q_ENUM(Outcome)

    ProxySignIn(QHostAddress proxyAddress, quint16 proxyPort, ProxyChallenge chosen,
                std::unique_ptr<ProxyAuthenticator> authenticator, QObject* socketOwner,
                QObject* parent = nullptr);
    ~ProxySignIn() override;

    // `request` is everything of the request but Proxy-Authorization, ending in "\r\n\r\n".
    void start(const QByteArray& request);
    void abort();
    // The connection, for the caller to own (after a 200 to CONNECT it is the tunnel).
    QSslSocket* takeSocket();
    QString errorText() const { return m_errorText; }
    // The head of the proxy's last reply (for its status line and error headers).
    QByteArray finalReply() const { return m_reply; }
    int legs() const { return m_legs; }

signals:
    void finished(cloudcheck::ProxySignIn::Outcome outcome);

private:
    static constexpr int kMaxLegs = 3;

    void sendLeg(const ProxyChallenge& challenge);
    void onReadyRead();
    void onHead();
    void conclude(Outcome outcome, QString errorText = {});

    QHostAddress m_proxyAddress;
    quint16 m_proxyPort;
    ProxyChallenge m_challenge;
    std::unique_ptr<ProxyAuthenticator> m_authenticator;
    QObject* m_socketOwner;
    QPointer<QSslSocket> m_socket;
    QByteArray m_request;
    QByteArray m_reply;
    qint64 m_bodyToDrop = 0;
    ProxyChallenge m_next;
    int m_legs = 0;
    bool m_done = false;
    QString m_errorText;
};

} // namespace cloudcheck
