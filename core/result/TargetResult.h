#pragma once

#include "Finding.h"
#include "HeldTunnel.h"
#include "StepResult.h"
#include "plan/Target.h"
#include "route/Route.h"

#include <QList>
#include <optional>

namespace cloudcheck {

// The same address checked along the path this run did not take, after the run's own path failed:
// for `--proxy pac:` under connector the PAC's answer (which the Cloud Connector cannot use), for
// --compare-direct the other of direct and proxy. Diagnosis reads it to say which path works.
struct AlternatePath
{
    enum class Purpose
    {
        PacForConnector, // the PAC's path, which only a browser can take
        CompareDirect    // --compare-direct: the other path
    };
    Purpose purpose = Purpose::CompareDirect;
    Route route;
    Verdict verdict = Verdict::NotRun;
    QList<StepResult> steps;
    QList<Finding> findings;
    QString note; // Diagnosis: which path works, in one sentence
};

struct TargetResult
{
    Target target;
    Route route; // how this target was reached: direct, or through which proxy and why
    Verdict verdict = Verdict::NotRun;
    qint64 durationMs = 0;
    QList<StepResult> steps;
    QList<Finding> findings;
    QString reason; // why the target, or its remaining steps, did not run
    bool cancelled = false;
    std::optional<AlternatePath> alternate;
    std::optional<HeldTunnel> heldTunnel; // --hold-tunnel, on the address it was held to

    const StepResult* step(StepKind kind) const
    {
        for (const StepResult& result : steps) {
            if (result.step == kind)
                return &result;
        }
        return nullptr;
    }
};

} // namespace cloudcheck
