#include "StepKind.h"

#include "support/EnumNames.h"

namespace cloudcheck {

namespace {
constexpr EnumNames<StepKind, 9> kStepNames({{
    {StepKind::Dns, "dns"},
    {StepKind::Proxy, "proxy"},
    {StepKind::Tcp, "tcp"},
    {StepKind::Tls, "tls"},
    {StepKind::Cipher, "cipher"},
    {StepKind::Certificate, "certificate"},
    {StepKind::Revocation, "revocation"},
    {StepKind::Http, "http"},
    {StepKind::Udp, "udp"},
}});
} // namespace

QString stepName(StepKind step)
{
    return kStepNames.name(step);
}

std::optional<StepKind> stepFromName(QStringView name)
{
    return kStepNames.fromName(name);
}

} // namespace cloudcheck
