#pragma once

#include "StepKind.h"
#include "Verdict.h"

#include <QJsonObject>

namespace cloudcheck {

// What one step observed. `details` holds facts only (docs/report-format.md lists the keys);
// wording them is the diagnosis' job.
struct StepResult
{
    StepKind step = StepKind::Dns;
    Verdict verdict = Verdict::NotRun;
    qint64 durationMs = 0;
    QJsonObject details;
};

} // namespace cloudcheck
