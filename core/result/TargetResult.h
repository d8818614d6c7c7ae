#pragma once

#include "Finding.h"
#include "StepResult.h"
#include "plan/Target.h"
#include "route/Route.h"

#include <QList>

namespace cloudcheck {

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
