#include "RunResult.h"

#include <algorithm>

namespace cloudcheck {

std::optional<double> RunResult::medianClockSkew(const QList<TargetResult>& targets)
{
    QList<double> skews;
    for (const TargetResult& target : targets) {
        if (const StepResult* http = target.step(StepKind::Http)) {
            const QJsonValue skew = http->details.value(QStringLiteral("clockSkewSeconds"));
            if (skew.isDouble())
                skews << skew.toDouble();
        }
    }
    if (skews.isEmpty())
        return std::nullopt;
    std::sort(skews.begin(), skews.end());
    const qsizetype middle = skews.size() / 2;
    return skews.size() % 2 ? skews.at(middle) : (skews.at(middle - 1) + skews.at(middle)) / 2;
}

} // namespace cloudcheck
