#include "IeEscRule.h"

namespace cloudcheck::readiness {

using platform::RegistryHive;
using platform::RegistryValue;

RuleResult IeEscRule::evaluate(const platform::HostPlatform& host)
{
    RuleResult result;
    result.check = kId;
    const RegistryValue installed = host.registry->read(RegistryHive::LocalMachine, kKey, "IsInstalled");
    result.addFact("key", platform::RegistryReader::fullPath(RegistryHive::LocalMachine, kKey));
    result.addFact("IsInstalled", installed.display());
    if (installed.kind == RegistryValue::Kind::Unreadable) {
        result.reason = "unreadable";
        return result;
    }
    const bool on = installed.isDword(1);
    result.outcome = on ? Outcome::Warn : Outcome::Pass;
    if (on)
        result.code = "HOST_IE_ESC";
    return result;
}

} // namespace cloudcheck::readiness
