#pragma once

#include "ProbeStep.h"

namespace cloudcheck {

// Judges the chain the handshake captured: trust, dates, host name, and whether it holds one of
// the issuers the catalog expects for this address (if not, something re-signed it: SSL decryption).
class CertificateStep : public ProbeStep
{
    Q_OBJECT

public:
    CertificateStep(ProbeState& state, const ProbeContext& context, QObject* parent = nullptr);

private:
    void run() override;
};

} // namespace cloudcheck
