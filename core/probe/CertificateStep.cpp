#include "CertificateStep.h"

#include "net/CertificateFacts.h"
#include "result/StepFacts.h"

#include <QJsonArray>

namespace cloudcheck {

CertificateStep::CertificateStep(ProbeState& state, const ProbeContext& context, QObject* parent)
    : ProbeStep(StepKind::Certificate, state, context, parent)
{}

void CertificateStep::run()
{
    QJsonArray errors;
    for (const QSslError& error : std::as_const(m_state.sslErrors)) {
        errors.append(QJsonObject{{fact::kKind, CertificateFacts::errorKind(error.error())},
                                  {fact::kText, error.errorString()}});
    }
    const QStringList issuers = CertificateFacts::issuerOrganizations(m_state.chain);
    const QStringList& expected = m_state.target.expectedIssuers;
    const bool intercepted =
        !m_state.chain.isEmpty() && !CertificateFacts::hasExpectedIssuer(issuers, expected);
    const QJsonObject details{{fact::kErrors, errors},
                              {fact::kExpectedIssuers, QJsonArray::fromStringList(expected)},
                              {fact::kIssuerOrganizations, QJsonArray::fromStringList(issuers)},
                              {fact::kIntercepted, intercepted}};
    finish(errors.isEmpty() && !intercepted ? Verdict::Pass : Verdict::Fail, details);
}

} // namespace cloudcheck
