#include "ResultInspection.h"

#include "result/FindingCode.h"

namespace cctest {

using namespace cloudcheck;

QStringList findingCodes(const TargetResult& result)
{
    QStringList codes;
    for (const Finding& finding : result.findings)
        codes << findingCodeName(finding.code);
    return codes;
}

QString stepVerdicts(const TargetResult& result)
{
    QStringList parts;
    for (const StepResult& step : result.steps)
        parts << stepName(step.step) + u':' + verdictName(step.verdict);
    return parts.join(u' ');
}

} // namespace cctest
