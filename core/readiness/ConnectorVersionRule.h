#pragma once

#include "platform/HostPlatform.h"
#include "readiness/RuleResult.h"

#include <vector>

namespace cloudcheck::readiness {

// HOST_CONNECTOR_OUTDATED: CTX696429 moves the Gateway service's root from DigiCert Global Root
// CA to DigiCert Global Root G2, and only Connectors from 6.141.0 (the fixed 6.141 build) or
// 6.148.0 on handle it. 6.142 to 6.147 are not named as fixed there: a warning, to be checked.
class ConnectorVersionRule
{
public:
    static constexpr const char* kId = "connector_version";
    static RuleResult evaluate(const platform::HostPlatform& host);
    // "6.148.0.18998" -> {6, 148, 0, 18998}; empty when it is not a dotted version.
    static std::vector<int> parseVersion(const std::string& text);
};

} // namespace cloudcheck::readiness
