#pragma once

#include "result/RunInsight.h"
#include "result/RunResult.h"

#include <QCoreApplication>

namespace cloudcheck {

// Reads a whole run's findings for the patterns a helpdesk engineer would spot by eye: nothing
// resolves, nothing connects directly, one inspecting proxy re-signs everything, port 80 alone is
// shut. Each becomes one insight with one fix; the remaining findings are grouped by code. The
// host group's findings (this machine's settings) come first within their severity. Pure, like
// Diagnosis, so reports and the GUI can call it on any RunResult.
class RunDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(RunDiagnosis)

public:
    // Most severe first, host checks before addresses of the same severity; every target and
    // host check with a finding appears in at least one insight.
    static QList<RunInsight> insights(const RunResult& run);
};

} // namespace cloudcheck
