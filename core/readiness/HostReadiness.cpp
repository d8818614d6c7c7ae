#include "HostReadiness.h"

#include "CipherSuitePolicyRule.h"
#include "ConnectorRegionRule.h"
#include "ConnectorVersionRule.h"
#include "DigiCertTrustRule.h"
#include "DomainRoleRule.h"
#include "DotNetStrongCryptoRule.h"
#include "FipsPolicyRule.h"
#include "IeEscRule.h"
#include "OsSupportRule.h"
#include "Tls12ClientRule.h"
#include "WinHttpProxyRule.h"

namespace cloudcheck::readiness {

std::vector<RuleResult> HostReadiness::evaluate(const platform::HostPlatform& host, HostRole role)
{
    std::vector<RuleResult> results;
    results.push_back(Tls12ClientRule::evaluate(host));
    results.push_back(CipherSuitePolicyRule::evaluate(host));
    results.push_back(DotNetStrongCryptoRule::evaluate(host));
    results.push_back(DigiCertTrustRule::evaluate(host, role == HostRole::Connector));
    if (role == HostRole::Vda)
        return results;
    results.push_back(FipsPolicyRule::evaluate(host));
    results.push_back(IeEscRule::evaluate(host));
    results.push_back(OsSupportRule::evaluate(host));
    results.push_back(DomainRoleRule::evaluate(host));
    results.push_back(WinHttpProxyRule::evaluate(host));
    results.push_back(ConnectorVersionRule::evaluate(host));
    results.push_back(ConnectorRegionRule::evaluate(host));
    return results;
}

} // namespace cloudcheck::readiness
