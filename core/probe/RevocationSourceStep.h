#pragma once

#include "ProbeStep.h"
#include "revocation/RevocationService.h"

namespace cloudcheck {

// A certificate authority's own port-80 host (crl3.digicert.com, ocsp.digicert.com,
// cacerts.digicert.com…), checked the way Windows uses it: a real CRL download, a real OCSP
// request, a real CA certificate download, through the host's route. The URLs are the ones the
// run's verified chains name on this host (RevocationService::questionsFor), so their downloads
// are shared with the https addresses' revocation steps; only when no chain names the host are
// the catalog's sample URLs asked (docs/decisions.md #40).
//
// Each entry of `checks` judges the answer, not the certificate: `good` is a valid CRL, OCSP
// response or certificate. Verdict: pass when every URL answered validly; fail under the
// connector and vda profiles (warn under browser) when none did because nothing answered, or
// because something else answered a URL a certificate names; warn when only some did, or when
// only a sample URL got a wrong answer (a sample file may have moved, which says nothing about
// the network).
class RevocationSourceStep : public ProbeStep
{
    Q_OBJECT

public:
    RevocationSourceStep(ProbeState& state, const ProbeContext& context, QObject* parent = nullptr);

    // Live questions asked of one host at most; the rest are the same downloads' siblings.
    static constexpr qsizetype kMaxQuestions = 4;

private:
    struct Check
    {
        RevocationMethod method = RevocationMethod::Crl;
        QUrl url;
        bool sample = false;
        QSslCertificate subject; // live questions: the certificate that names the URL
        QSslCertificate issuer;
        std::optional<QJsonObject> facts;
        std::optional<RevocationOutcome> outcome;
    };

    void run() override;
    void onAnswer(qsizetype index, const std::shared_ptr<const RevocationService::Answer>& answer,
                  bool shared);
    RevocationStatus judge(const Check& check, const RevocationService::Answer& answer, QJsonObject& facts);
    void timeOutPending();
    void concludeIfDone();

    QList<Check> m_checks;
    QTimer m_safety;
};

} // namespace cloudcheck
