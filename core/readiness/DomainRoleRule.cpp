#include "DomainRoleRule.h"

namespace cloudcheck::readiness {

using platform::DomainRole;

RuleResult DomainRoleRule::evaluate(const platform::HostPlatform& host)
{
    RuleResult result;
    result.check = kId;
    const DomainRole role = host.os->os().domainRole;
    result.addFact("domainRole", std::to_string(int(role)));
    switch (role) {
    case DomainRole::Unknown:
        result.reason = "unreadable";
        return result;
    case DomainRole::BackupDomainController:
    case DomainRole::PrimaryDomainController:
        result.addFact("problem", "domain_controller");
        break;
    case DomainRole::StandaloneWorkstation:
    case DomainRole::StandaloneServer:
        result.addFact("problem", "not_joined");
        break;
    case DomainRole::MemberWorkstation:
    case DomainRole::MemberServer:
        result.outcome = Outcome::Pass;
        return result;
    }
    result.outcome = Outcome::Fail;
    result.code = "HOST_DOMAIN_ROLE";
    return result;
}

} // namespace cloudcheck::readiness
