#include "Tls12ClientRule.h"

namespace cloudcheck::readiness {

using platform::RegistryHive;
using platform::RegistryValue;

RuleResult Tls12ClientRule::evaluate(const platform::HostPlatform& host)
{
    RuleResult result;
    result.check = kId;
    const RegistryValue enabled = host.registry->read(RegistryHive::LocalMachine, kKey, "Enabled");
    const RegistryValue disabledByDefault =
        host.registry->read(RegistryHive::LocalMachine, kKey, "DisabledByDefault");
    result.addFact("key", platform::RegistryReader::fullPath(RegistryHive::LocalMachine, kKey));
    result.addFact("Enabled", enabled.display());
    result.addFact("DisabledByDefault", disabledByDefault.display());
    if (enabled.kind == RegistryValue::Kind::Unreadable ||
        disabledByDefault.kind == RegistryValue::Kind::Unreadable) {
        result.reason = "unreadable";
        return result;
    }
    // Missing values mean the Windows default, which is TLS 1.2 on for every supported server.
    const bool off = enabled.isDword(0) ||
                     (disabledByDefault.kind == RegistryValue::Kind::Dword && disabledByDefault.dword != 0);
    result.outcome = off ? Outcome::Fail : Outcome::Pass;
    if (off)
        result.code = "HOST_TLS12_DISABLED";
    return result;
}

} // namespace cloudcheck::readiness
