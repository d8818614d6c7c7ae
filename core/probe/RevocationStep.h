#pragma once

#include "ProbeStep.h"
#include "revocation/RevocationService.h"

#include <QJsonArray>

namespace cloudcheck {

// Checks that no certificate of a verified chain is revoked, the way Windows does for the Cloud
// Connector: every CRL distribution point and OCSP responder of the leaf and each intermediate,
// over plain HTTP through that URL's own route. Downloads are shared across the run
// (RevocationService). A chain that names no address is not_run ("no_revocation_address"), as
// an inspection appliance's often is.
//
// Verdict: fail when a certificate is revoked, or (connector and vda profiles) when a certificate
// got no valid answer from any of its addresses; warn for that under the browser profile, and
// when some addresses failed while another answered for the same certificate.
class RevocationStep : public ProbeStep
{
    Q_OBJECT

public:
    RevocationStep(ProbeState& state, const ProbeContext& context, QObject* parent = nullptr);

    // The chain's certificates that need a check, paired with their issuer: each certificate
    // except a self-signed root.
    static QList<std::pair<QSslCertificate, QSslCertificate>> pairs(const QList<QSslCertificate>& chain);
    // What a download said and how it went (route, status, headers, timings), as the facts of
    // one entry of `checks`; shared with the certificate authorities' own host checks.
    static QJsonObject transportFacts(const RevocationService::Answer& answer, bool shared, int timeoutMs);
    // The subject's common name (or organization), made safe to show.
    static QString subjectOf(const QSslCertificate& certificate);

private:
    struct Check
    {
        qsizetype certificate = 0; // index into m_pairs
        RevocationMethod method = RevocationMethod::Crl;
        QUrl url;
        std::optional<QJsonObject> facts;
        std::optional<RevocationOutcome> outcome;
    };

    void run() override;
    void onAnswer(qsizetype index, const std::shared_ptr<const RevocationService::Answer>& answer,
                  bool shared);
    void timeOutPending();
    void concludeIfDone();

    QList<std::pair<QSslCertificate, QSslCertificate>> m_pairs;
    QList<Check> m_checks;
    QTimer m_safety;
};

} // namespace cloudcheck
