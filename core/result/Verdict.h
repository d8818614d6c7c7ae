#pragma once

#include <QString>
#include <optional>

namespace cloudcheck {

// Ordered so that "worse" compares greater. NotRun sits above Pass: an unfinished check must
// never read as passed, yet it is no evidence of a fault either.
enum class Verdict
{
    Pass,
    NotRun,
    Warn,
    Fail,
    Error
};

QString verdictName(Verdict verdict);
std::optional<Verdict> verdictFromName(QStringView name);

inline Verdict worse(Verdict a, Verdict b)
{
    return a > b ? a : b;
}

} // namespace cloudcheck
