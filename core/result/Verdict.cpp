#include "Verdict.h"

#include "support/EnumNames.h"

namespace cloudcheck {

namespace {
constexpr EnumNames<Verdict, 5> kVerdictNames({{
    {Verdict::Pass, "pass"},
    {Verdict::NotRun, "not_run"},
    {Verdict::Warn, "warn"},
    {Verdict::Fail, "fail"},
    {Verdict::Error, "error"},
}});
} // namespace

QString verdictName(Verdict verdict)
{
    return kVerdictNames.name(verdict);
}

std::optional<Verdict> verdictFromName(QStringView name)
{
    return kVerdictNames.fromName(name);
}

} // namespace cloudcheck
