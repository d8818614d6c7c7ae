#include "ConnectorVersionRule.h"

#include <cctype>

namespace cloudcheck::readiness {

std::vector<int> ConnectorVersionRule::parseVersion(const std::string& text)
{
    std::vector<int> parts;
    int current = 0;
    bool digits = false;
    for (const char c : text) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            if (current > 100000000)
                return {};
            current = current * 10 + (c - '0');
            digits = true;
        } else if (c == '.' && digits) {
            parts.push_back(current);
            current = 0;
            digits = false;
        } else {
            return {};
        }
    }
    if (!digits)
        return {};
    parts.push_back(current);
    return parts;
}

RuleResult ConnectorVersionRule::evaluate(const platform::HostPlatform& host)
{
    RuleResult result;
    result.check = kId;
    const platform::ConnectorDescription connector = host.connector->connector();
    result.addFact("version", connector.version);
    result.addFact("source", connector.versionSource);
    if (!connector.installed) {
        result.reason = "no_connector";
        return result;
    }
    const std::vector<int> version = parseVersion(connector.version);
    if (version.size() < 2) {
        result.reason = "unreadable";
        return result;
    }
    const int major = version[0];
    const int minor = version[1];
    if (major > 6 || (major == 6 && (minor == 141 || minor >= 148))) {
        result.outcome = Outcome::Pass;
        return result;
    }
    result.outcome = major == 6 && minor > 141 ? Outcome::Warn : Outcome::Fail;
    result.code = "HOST_CONNECTOR_OUTDATED";
    return result;
}

} // namespace cloudcheck::readiness
