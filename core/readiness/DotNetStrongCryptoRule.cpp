#include "DotNetStrongCryptoRule.h"

namespace cloudcheck::readiness {

using platform::RegistryHive;
using platform::RegistryReader;
using platform::RegistryValue;

RuleResult DotNetStrongCryptoRule::evaluate(const platform::HostPlatform& host)
{
    RuleResult result;
    result.check = kId;
    std::string weak; // "HKLM\...\v4.0.30319 SchUseStrongCrypto", the values that are 0
    bool unreadable = false;
    for (const char* key : {kKey64, kKey32}) {
        for (const char* name : {"SchUseStrongCrypto", "SystemDefaultTlsVersions"}) {
            const RegistryValue value = host.registry->read(RegistryHive::LocalMachine, key, name);
            const std::string path = RegistryReader::fullPath(RegistryHive::LocalMachine, key);
            result.addFact(path + " " + name, value.display());
            unreadable = unreadable || value.kind == RegistryValue::Kind::Unreadable;
            // Missing means the .NET 4.7+ default, which is the system's protocols: fine.
            if (value.isDword(0))
                appendItem(weak, path + " " + name, "; ");
        }
    }
    result.addFact("weak", weak);
    if (!weak.empty()) {
        result.outcome = Outcome::Fail;
        result.code = "HOST_DOTNET_WEAK_CRYPTO";
    } else if (unreadable) {
        result.reason = "unreadable";
    } else {
        result.outcome = Outcome::Pass;
    }
    return result;
}

} // namespace cloudcheck::readiness
