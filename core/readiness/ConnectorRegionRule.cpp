#include "ConnectorRegionRule.h"

#include <algorithm>
#include <cctype>

namespace cloudcheck::readiness {

std::string ConnectorRegionRule::hostOf(const std::string& address)
{
    std::string host = address;
    if (const size_t scheme = host.find("://"); scheme != std::string::npos)
        host = host.substr(scheme + 3);
    host = host.substr(0, host.find_first_of("/:?#"));
    // A format string may hold a placeholder ("{0}.citrixworkspacesapi.jp"); the domain still counts.
    std::transform(host.begin(), host.end(), host.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    while (!host.empty() && host.back() == '.')
        host.pop_back();
    return host;
}

RuleResult ConnectorRegionRule::evaluate(const platform::HostPlatform& host)
{
    RuleResult result;
    result.check = kId;
    const platform::ConnectorDescription connector = host.connector->connector();
    result.addFact("serviceAddress", connector.serviceAddress);
    result.addFact("source", connector.serviceAddressSource);
    if (!connector.installed) {
        result.reason = "no_connector";
        return result;
    }
    const std::string name = hostOf(connector.serviceAddress);
    if (name.empty()) {
        result.reason = "no_service_address";
        return result;
    }
    result.addFact("host", name);
    const bool japan = std::any_of(kJapanDomains.begin(), kJapanDomains.end(), [&name](const char* domain) {
        const std::string suffix = std::string(".") + domain;
        return name == domain || (name.size() > suffix.size() && name.ends_with(suffix));
    });
    result.outcome = japan ? Outcome::Pass : Outcome::Warn;
    if (!japan)
        result.code = "HOST_CONNECTOR_WRONG_REGION";
    return result;
}

} // namespace cloudcheck::readiness
