#pragma once

#include "platform/HostPlatform.h"
#include "readiness/RuleResult.h"

namespace cloudcheck::readiness {

// HOST_TLS12_DISABLED: SChannel's TLS 1.2 client switched off (Enabled = 0, or DisabledByDefault
// = 1). Citrix Cloud accepts TLS 1.2 and later only, so the Connector then has no protocol left.
class Tls12ClientRule
{
public:
    static constexpr const char* kId = "tls12_client";
    static constexpr const char* kKey =
        "SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client";
    static RuleResult evaluate(const platform::HostPlatform& host);
};

} // namespace cloudcheck::readiness
