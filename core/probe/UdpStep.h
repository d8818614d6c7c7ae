#pragma once

#include "ProbeStep.h"

class QUdpSocket;
class QDtls;

namespace cloudcheck {

// One DTLS 1.2 ClientHello to UDP 443 (Gateway EDT); any datagram back proves the path works both
// ways. Always direct: an HTTP proxy cannot carry UDP.
class UdpStep : public ProbeStep
{
    Q_OBJECT

public:
    UdpStep(ProbeState& state, const ProbeContext& context, QObject* parent = nullptr);
    ~UdpStep() override;
    void abort() override;

private:
    void run() override;
    void release();

    QUdpSocket* m_udp = nullptr;
    QDtls* m_dtls = nullptr;
};

} // namespace cloudcheck
