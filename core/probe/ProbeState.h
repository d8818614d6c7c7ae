#pragma once

#include "plan/Target.h"

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QSslSocket;

namespace cloudcheck {

// What one step hands to the next: the addresses found, the open connection (to the service, or a
// tunnel through the proxy) and what the TLS handshake saw. TargetProbe owns the socket.
struct ProbeState
{
    Target target;
    QList<QHostAddress> addresses;
    quint16 connectPort = 0;
    QHostAddress connectedAddress; // which of `addresses` the tcp step connected to
    QSslSocket* socket = nullptr;
    QList<QSslError> sslErrors;
    QList<QSslCertificate> chain;
    QString protocol;
    QString cipher;
};

} // namespace cloudcheck
