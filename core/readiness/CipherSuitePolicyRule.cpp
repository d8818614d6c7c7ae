#include "CipherSuitePolicyRule.h"

#include <algorithm>
#include <cctype>

namespace cloudcheck::readiness {

using platform::RegistryHive;
using platform::RegistryValue;

namespace {

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string upper(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::toupper(c)); });
    return text;
}

// Windows Server 2016 names ECDHE suites with their curve ("..._SHA384_P384"); later versions
// without. Both name the same suite.
bool sameSuite(const std::string& listed, const std::string& accepted)
{
    const std::string name = upper(listed);
    if (name == accepted)
        return true;
    return name.rfind(accepted + "_P", 0) == 0;
}

} // namespace

RuleResult CipherSuitePolicyRule::evaluate(const platform::HostPlatform& host)
{
    RuleResult result;
    result.check = kId;
    const RegistryValue functions = host.registry->read(RegistryHive::LocalMachine, kKey, "Functions");
    result.addFact("key", platform::RegistryReader::fullPath(RegistryHive::LocalMachine, kKey));
    result.addFact("Functions", functions.display());
    if (functions.kind == RegistryValue::Kind::Unreadable) {
        result.reason = "unreadable";
        return result;
    }
    if (functions.kind == RegistryValue::Kind::Missing) {
        result.addFact("accepted", "(Windows default order)");
        result.outcome = Outcome::Pass;
        return result;
    }
    // Group Policy writes one comma-separated REG_SZ; some tools write REG_MULTI_SZ.
    std::vector<std::string> suites;
    for (const std::string& item : functions.strings) {
        size_t start = 0;
        while (start <= item.size()) {
            const size_t comma = item.find(',', start);
            const std::string suite =
                trimmed(item.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (!suite.empty())
                suites.push_back(suite);
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
    }
    std::string present;
    for (const char* accepted : kAccepted) {
        const bool listed = std::any_of(suites.begin(), suites.end(), [accepted](const std::string& suite) {
            return sameSuite(suite, accepted);
        });
        if (listed)
            appendItem(present, accepted, ", ");
    }
    result.addFact("accepted", present.empty() ? "(none)" : present);
    result.outcome = present.empty() ? Outcome::Fail : Outcome::Pass;
    if (present.empty())
        result.code = "HOST_CIPHERS_MISSING";
    return result;
}

} // namespace cloudcheck::readiness
