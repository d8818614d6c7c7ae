#pragma once

#include "Verdict.h"

namespace cloudcheck {

struct VerdictCounts
{
    int pass = 0;
    int warn = 0;
    int fail = 0;
    int notRun = 0;
    int error = 0;

    void add(Verdict verdict)
    {
        switch (verdict) {
        case Verdict::Pass:
            ++pass;
            break;
        case Verdict::Warn:
            ++warn;
            break;
        case Verdict::Fail:
            ++fail;
            break;
        case Verdict::NotRun:
            ++notRun;
            break;
        case Verdict::Error:
            ++error;
            break;
        }
    }
    int total() const { return pass + warn + fail + notRun + error; }
    bool operator==(const VerdictCounts&) const = default;
};

} // namespace cloudcheck
