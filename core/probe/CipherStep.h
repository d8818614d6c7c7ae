#pragma once

#include "ProbeStep.h"
#include "catalog/CipherPolicy.h"

#include <QJsonArray>
#include <QPointer>
#include <QSslConfiguration>

namespace cloudcheck {

// The check a catalog cipher policy asks for (Citrix ingress hosts, CTX335879): a second TLS
// handshake, pinned to TLS 1.2 and offering only the policy's suites, along the path the tls step
// took. A TLS 1.3 handshake would pass whatever the suites, hence the pin. The path is opened
// again by the same code that opened the first one: a TcpStep to the address the tcp step
// connected to, or a ProxyStep through the same proxy (signing in again where the first tunnel
// needed it), so the suites are judged exactly where the Cloud Connector's traffic goes.
//
// Nothing is ever sent on this connection, and it is dropped as soon as the suite is known, so a
// chain the certificate step refuses still tells which suite the path negotiates.
//
// Verdict: pass when a suite was negotiated; fail (connector, vda) or warn (browser, which uses
// TLS 1.3 where it can) when none was. not_run with `reason`: `path_failed` when the second
// connection could not be opened (the first just was, so nothing is judged), `unavailable` when
// this TLS library supports none of the suites.
class CipherStep : public ProbeStep
{
    Q_OBJECT

public:
    CipherStep(ProbeState& state, const ProbeContext& context, QObject* parent = nullptr);
    ~CipherStep() override;
    void abort() override;

    // `base` (the run's trust settings) pinned to TLS 1.2 and to those of the policy's suites this
    // TLS library supports; with none of them, its cipher list is empty.
    static QSslConfiguration pinnedConfiguration(const QSslConfiguration& base, CipherPolicy policy);

private:
    void run() override;
    void onPathOpened(Verdict verdict, const QJsonObject& details);
    void onNegotiated();
    void onFailed(const QString& errorText);
    QJsonObject facts() const;

    // The second connection's own state: the same target, a socket of its own.
    ProbeState m_path;
    StepKind m_pathKind = StepKind::Tcp;
    QPointer<ProbeStep> m_opening;
    QSslConfiguration m_configuration;
    QJsonArray m_offered;
};

} // namespace cloudcheck
