#pragma once

#include "platform/HostPlatform.h"
#include "readiness/RuleResult.h"

namespace cloudcheck::readiness {

// HOST_IE_ESC: Internet Explorer Enhanced Security Configuration on for administrators. Citrix's
// Connector requirements ask for it off: with it on the Connector may not reach Citrix Cloud.
class IeEscRule
{
public:
    static constexpr const char* kId = "ie_esc";
    static constexpr const char* kKey =
        "SOFTWARE\\Microsoft\\Active Setup\\Installed Components\\{A509B1A7-37EF-4b3f-8CFC-4F3A74704073}";
    static RuleResult evaluate(const platform::HostPlatform& host);
};

} // namespace cloudcheck::readiness
