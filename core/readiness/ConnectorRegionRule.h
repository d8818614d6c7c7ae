#pragma once

#include "platform/HostPlatform.h"
#include "readiness/RuleResult.h"

#include <array>

namespace cloudcheck::readiness {

// HOST_CONNECTOR_WRONG_REGION: the installed Connector is registered to a control plane outside
// Citrix Cloud Japan. The registry value is the one community Connector scripts read; the Japan
// domains it should name are inferred from the documented Japan API hosts (docs/decisions.md
// #42), so a mismatch is a warning and the finding says it is inferred.
class ConnectorRegionRule
{
public:
    static constexpr const char* kId = "connector_region";
    static constexpr std::array<const char*, 2> kJapanDomains = {"citrixworkspacesapi.jp", "citrixcloud.jp"};
    static RuleResult evaluate(const platform::HostPlatform& host);
    // "https://Service.CitrixWorkspacesApi.jp:443/x" -> "service.citrixworkspacesapi.jp".
    static std::string hostOf(const std::string& address);
};

} // namespace cloudcheck::readiness
