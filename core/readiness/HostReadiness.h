#pragma once

#include "platform/HostPlatform.h"
#include "readiness/RuleResult.h"

#include <vector>

namespace cloudcheck::readiness {

// Which machine the host group is judging: a Cloud Connector gets every rule; a session host
// (VDA) only those about its own TLS to Citrix Cloud (protocol, suites, .NET, DigiCert roots).
enum class HostRole
{
    Connector,
    Vda
};

// Runs the readiness rules that apply to a role, in the order reports list them.
class HostReadiness
{
public:
    static std::vector<RuleResult> evaluate(const platform::HostPlatform& host, HostRole role);
};

} // namespace cloudcheck::readiness
