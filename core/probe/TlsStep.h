#pragma once

#include "ProbeStep.h"

#include <QSsl>

namespace cloudcheck {

// The TLS handshake on the open connection (direct, or inside the proxy's tunnel), with the
// target's name for SNI and verification. It captures the chain even when verification fails, and
// then aborts: nothing is ever sent over an unverified channel.
class TlsStep : public ProbeStep
{
    Q_OBJECT

public:
    TlsStep(ProbeState& state, const ProbeContext& context, QObject* parent = nullptr);

    // "TLSv1.2", "TLSv1.3" or "DTLSv1.2", as the step facts record it; empty for anything else.
    static QString protocolName(QSsl::SslProtocol protocol);

private:
    void run() override;
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onFailed(const QString& errorText);
    void captureSession();
    QJsonObject facts() const;
};

} // namespace cloudcheck
