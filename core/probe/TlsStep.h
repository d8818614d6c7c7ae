#pragma once

#include "ProbeStep.h"

namespace cloudcheck {

// The TLS handshake on the open connection (direct, or inside the proxy's tunnel), with the
// target's name for SNI and verification. It captures the chain even when verification fails, and
// then aborts: nothing is ever sent over an unverified channel.
class TlsStep : public ProbeStep
{
    Q_OBJECT

public:
    TlsStep(ProbeState& state, const ProbeContext& context, QObject* parent = nullptr);

private:
    void run() override;
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onFailed(const QString& errorText);
    void captureSession();
    QJsonObject facts() const;
};

} // namespace cloudcheck
