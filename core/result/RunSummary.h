#pragma once

#include "HostResult.h"
#include "TargetResult.h"
#include "VerdictCounts.h"

#include <QMap>

namespace cloudcheck {

// The run's and each service's verdict, derived from the target results and never stored
// separately, so the CLI, the GUI and every report agree.
struct RunSummary
{
    struct ServiceSummary
    {
        Verdict verdict = Verdict::Pass;
        VerdictCounts counts;
    };

    Verdict verdict = Verdict::Pass;
    Verdict addresses = Verdict::Pass; // the targets alone, before the host group and a cancel
    VerdictCounts counts;              // targets only; the host group has its own verdict
    QMap<QString, ServiceSummary> byService;
    Verdict host = Verdict::NotRun;

    // A cancelled run never passes (docs/decisions.md #5): its verdict is warn at best. A failing
    // host check fails the run and a warning warns, like a required target; a host group that did
    // not run (not Windows, the browser profile) leaves the verdict alone: it is no evidence
    // about the path, and the reports say it was not run (docs/decisions.md #41).
    static RunSummary of(const QList<TargetResult>& targets, const QStringList& services,
                         bool cancelled = false, const HostResult* host = nullptr);
    // fail if a required target failed or errored; warn if anything else is less than a pass
    // (a warning, a required target that was not checked, or any target the cancel cut short);
    // pass otherwise.
    static Verdict verdictOf(const QList<const TargetResult*>& targets);
    // The process exit code SPEC.md assigns to a verdict: 0, 1 or 2.
    static int exitCode(Verdict verdict);
};

} // namespace cloudcheck
