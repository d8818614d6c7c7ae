#pragma once

#include "ProbeStep.h"
#include "ProxySignIn.h"
#include "result/StepFacts.h"

#include <QPointer>

namespace cloudcheck {

class DnsLookup;
struct DnsAnswer;
class ParallelConnect;

// The way through an HTTP proxy, each part a recorded fact: the proxy's name, the TCP connection to
// it, then for https targets `CONNECT host:port` written and its reply read here, so the status
// line and the proxy's own headers (Via, X-Squid-Error, Proxy-Status, Proxy-Authenticate) are facts
// rather than a socket error string. For plain-http targets the connection is handed to the http
// step, which sends an absolute-URI request.
//
// A 407 leads to one attempt to sign in on a second connection (ProxySignIn), where Qt's own
// proxy support answers the challenge; this hand-written CONNECT stays the source of the facts.
class ProxyStep : public ProbeStep
{
    Q_OBJECT

public:
    ProxyStep(ProbeState& state, const ProbeContext& context, QObject* socketOwner,
              QObject* parent = nullptr);
    void abort() override;

    static QByteArray connectRequest(const Target& target, const QByteArray& userAgent);

private:
    void run() override;
    void onProxyAnswer(const DnsAnswer& answer);
    void connectTo(const QList<QHostAddress>& addresses);
    void onConnectSettled();
    void sendConnect();
    void onReplyData();
    void concludeReply(bool closed);
    void fail(ProxyError error, QJsonObject extra = {});
    void recordReplyHead();
    void signIn(const ProxyChallenge& chosen);
    void onSignInFinished(ProxySignIn::Outcome outcome);

    QObject* m_socketOwner;
    QPointer<DnsLookup> m_lookup;
    ParallelConnect* m_connect = nullptr;
    QSslSocket* m_socket = nullptr;
    QPointer<ProxySignIn> m_tunnel;
    QJsonObject m_details;
    QByteArray m_reply;
};

} // namespace cloudcheck
