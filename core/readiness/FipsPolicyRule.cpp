#include "FipsPolicyRule.h"

namespace cloudcheck::readiness {

using platform::RegistryHive;
using platform::RegistryValue;

RuleResult FipsPolicyRule::evaluate(const platform::HostPlatform& host)
{
    RuleResult result;
    result.check = kId;
    const RegistryValue enabled = host.registry->read(RegistryHive::LocalMachine, kKey, "Enabled");
    result.addFact("key", platform::RegistryReader::fullPath(RegistryHive::LocalMachine, kKey));
    result.addFact("Enabled", enabled.display());
    if (enabled.kind == RegistryValue::Kind::Unreadable) {
        result.reason = "unreadable";
        return result;
    }
    const bool on = enabled.kind == RegistryValue::Kind::Dword && enabled.dword != 0;
    result.outcome = on ? Outcome::Fail : Outcome::Pass;
    if (on)
        result.code = "HOST_FIPS";
    return result;
}

} // namespace cloudcheck::readiness
