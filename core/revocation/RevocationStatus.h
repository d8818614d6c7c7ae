#pragma once

#include "result/StepFacts.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace cloudcheck {

// What one CRL or OCSP answer says about one certificate, once parsed and verified.
struct RevocationStatus
{
    RevocationOutcome outcome = RevocationOutcome::Invalid;
    std::optional<RevocationProblem> problem;
    QDateTime thisUpdate;
    QDateTime nextUpdate;
    QDateTime revokedAt;
    QString revocationReason; // RFC 5280 name ("keyCompromise"), empty when none was given
    QString nonce;            // OCSP: "matched" or "absent"

    static RevocationStatus invalid(RevocationProblem problem)
    {
        RevocationStatus status;
        status.problem = problem;
        return status;
    }
};

} // namespace cloudcheck
