#pragma once

#include "platform/HostPlatform.h"
#include "readiness/RuleResult.h"

namespace cloudcheck::readiness {

// HOST_FIPS: "System cryptography: use FIPS compliant algorithms" on. The Connector's installation
// documentation says its install fails in FIPS mode.
class FipsPolicyRule
{
public:
    static constexpr const char* kId = "fips";
    static constexpr const char* kKey = "SYSTEM\\CurrentControlSet\\Control\\Lsa\\FipsAlgorithmPolicy";
    static RuleResult evaluate(const platform::HostPlatform& host);
};

} // namespace cloudcheck::readiness
