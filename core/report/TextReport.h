#pragma once

#include "result/RunResult.h"

#include <QCoreApplication>

namespace cloudcheck {

// The plain-text report: what stdout shows by default, what `.txt` outputs hold, and what the
// wizard copies to the clipboard. Each target appears once, under the first service needing it.
class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)

public:
    struct Options
    {
        bool color = false;
        bool passedDetails = true; // list passed targets too, not only problems
    };

    static QString render(const RunResult& run, const Options& options);
    static QString render(const RunResult& run) { return render(run, Options{}); }
    // One progress line for a finished target, as the CLI prints on stderr.
    static QString progressLine(const TargetResult& result, int done, int total);
    // The host group ("This machine"): each check that did not pass with its finding, or why the
    // group did not run.
    static QString hostSection(const HostResult& host, Language language, const Options& options);

private:
    static QString findingLines(const Finding& finding, Language language, const Options& options);
};

} // namespace cloudcheck
