#pragma once

#include "result/HostResult.h"

#include <QCoreApplication>

namespace cloudcheck {

// The host group's words: each readiness rule's facts (core/readiness) turned into a finding with
// the value read, why it matters and the exact fix (registry path and value, or the command), and
// the group's verdict. Pure, like Diagnosis, so the wizard re-words it after a language switch.
// Kept apart from Diagnosis, which words addresses, so neither file grows past a page a reviewer
// can hold.
class HostDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(HostDiagnosis)

public:
    static const QString kCtx335879;
    static const QString kCtx549325;
    static const QString kCtx696429;
    static const QString kConnectorRequirementsDoc;

    // Replaces every check's findings and reason, and the group's verdict and reason.
    static void apply(HostResult& host);
    // "This machine (host checks)": the group's name in every rendering and the wizard's tree.
    static QString groupLabel();
    // "TLS 1.2 client (SChannel)": a check's name for reports and the wizard.
    static QString checkLabel(const QString& id);
    // Where the facts came from: "this machine", or the fake host file (tests).
    static QString sourceText(const HostResult& host);
};

} // namespace cloudcheck
