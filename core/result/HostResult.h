#pragma once

#include "Finding.h"
#include "Verdict.h"

#include <QJsonObject>
#include <QList>

namespace cloudcheck {

// One readiness rule's outcome on this machine (core/readiness): the values it read (`details`,
// as the rule named them: registry paths, values, certificate presence) and, after Diagnosis,
// its finding.
struct HostCheck
{
    QString id; // "tls12_client"
    Verdict verdict = Verdict::NotRun;
    QString code;            // the rule's finding code name when it did not pass
    QString notRunReason;    // the rule's machine word when NotRun: "no_connector", "unreadable"
    QJsonObject details;     // facts read
    QList<Finding> findings; // HostDiagnosis
    QString reason;          // HostDiagnosis: why it did not run, in words
};

// The host group: checks of this machine's own settings, beside the address targets. Where it
// cannot run (not Windows, or a profile it does not apply to) it is NotRun with the reason; it
// never passes for want of evidence.
struct HostResult
{
    enum class Source
    {
        None,    // not run
        Windows, // this machine
        Fake     // CLOUDCHECK_FAKE_HOST (tests)
    };
    Source source = Source::None;
    QString fakePath;     // Source::Fake: the file
    QString notRunReason; // "not_windows", "browser_profile", "fake_unreadable"
    QString error;        // fake_unreadable: what was wrong with the file
    QString role;         // "connector" or "vda": which rules applied
    QList<HostCheck> checks;
    Verdict verdict = Verdict::NotRun; // HostDiagnosis: the worst check, NotRun when none ran
    QString reason;                    // HostDiagnosis: the group's not-run reason in words

    bool ran() const { return source != Source::None; }
};

inline QString hostSourceName(HostResult::Source source)
{
    switch (source) {
    case HostResult::Source::Windows:
        return QStringLiteral("windows");
    case HostResult::Source::Fake:
        return QStringLiteral("fake");
    case HostResult::Source::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace cloudcheck
