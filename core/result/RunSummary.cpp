#include "RunSummary.h"

namespace cloudcheck {

Verdict RunSummary::verdictOf(const QList<const TargetResult*>& targets)
{
    Verdict verdict = Verdict::Pass;
    for (const TargetResult* target : targets) {
        switch (target->verdict) {
        case Verdict::Pass:
            break;
        case Verdict::Warn:
            verdict = worse(verdict, Verdict::Warn);
            break;
        case Verdict::NotRun:
            if (target->target.required || target->cancelled)
                verdict = worse(verdict, Verdict::Warn);
            break;
        case Verdict::Fail:
        case Verdict::Error:
            verdict = worse(verdict, target->target.required ? Verdict::Fail : Verdict::Warn);
            break;
        }
    }
    return verdict;
}

RunSummary RunSummary::of(const QList<TargetResult>& targets, const QStringList& services, bool cancelled,
                          const HostResult* host)
{
    RunSummary summary;
    QList<const TargetResult*> all;
    for (const TargetResult& target : targets) {
        all << &target;
        summary.counts.add(target.verdict);
    }
    summary.verdict = verdictOf(all);
    summary.addresses = summary.verdict;
    if (host) {
        summary.host = host->verdict;
        if (host->verdict != Verdict::NotRun)
            summary.verdict = worse(summary.verdict, host->verdict);
    }
    if (cancelled)
        summary.verdict = worse(summary.verdict, Verdict::Warn);
    for (const QString& service : services) {
        QList<const TargetResult*> mine;
        ServiceSummary entry;
        for (const TargetResult& target : targets) {
            if (target.target.services.contains(service)) {
                mine << &target;
                entry.counts.add(target.verdict);
            }
        }
        // A service with nothing to check under this profile was not checked, not passed.
        entry.verdict = mine.isEmpty() ? Verdict::NotRun : verdictOf(mine);
        summary.byService.insert(service, entry);
    }
    return summary;
}

int RunSummary::exitCode(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return 0;
    case Verdict::Warn:
    case Verdict::NotRun:
        return 1;
    case Verdict::Fail:
    case Verdict::Error:
        return 2;
    }
    return 2;
}

} // namespace cloudcheck
