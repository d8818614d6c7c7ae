#pragma once

#include "platform/HostPlatform.h"
#include "readiness/RuleResult.h"

namespace cloudcheck::readiness {

// HOST_DOMAIN_ROLE: the Connector must be a dedicated member server. Citrix does not support it
// on a domain controller, and outside a domain it cannot serve Active Directory.
class DomainRoleRule
{
public:
    static constexpr const char* kId = "domain_role";
    static RuleResult evaluate(const platform::HostPlatform& host);
};

} // namespace cloudcheck::readiness
