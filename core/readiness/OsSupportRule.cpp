#include "OsSupportRule.h"

#include "platform/RegistryOsFacts.h"

#include <cstdlib>

namespace cloudcheck::readiness {

using platform::RegistryHive;
using platform::RegistryReader;
using platform::RegistryValue;

RuleResult OsSupportRule::evaluate(const platform::HostPlatform& host)
{
    RuleResult result;
    result.check = kId;
    const platform::OsDescription os = host.os->os();
    const RegistryValue dotNet = host.registry->read(RegistryHive::LocalMachine, kDotNetKey, "Release");
    result.addFact("ProductName", os.productName);
    result.addFact("InstallationType", os.installationType);
    result.addFact("CurrentBuildNumber", os.currentBuild);
    result.addFact("ProductType", os.productType);
    result.addFact("key", RegistryReader::fullPath(RegistryHive::LocalMachine,
                                                   platform::RegistryOsFacts::kCurrentVersionKey));
    result.addFact(
        "productOptionsKey",
        RegistryReader::fullPath(RegistryHive::LocalMachine, platform::RegistryOsFacts::kProductOptionsKey));
    result.addFact("dotNetKey", RegistryReader::fullPath(RegistryHive::LocalMachine, kDotNetKey));
    result.addFact("dotNetRelease", dotNet.display());
    if (os.installationType.empty() && os.productType.empty() && os.currentBuild.empty()) {
        result.reason = "unreadable";
        return result;
    }
    // Every problem found is named, so one finding lists all of them (`problems`).
    std::string problems;
    const auto add = [&problems](const char* problem) { appendItem(problems, problem, ","); };
    if (os.installationType == "Server Core")
        add("server_core");
    if (os.productType == "WinNT" || os.installationType == "Client")
        add("not_server");
    if (!os.currentBuild.empty() && std::atoi(os.currentBuild.c_str()) < kMinimumBuild)
        add("old_build");
    if (dotNet.kind == RegistryValue::Kind::Missing ||
        (dotNet.kind == RegistryValue::Kind::Dword && dotNet.dword < kMinimumDotNetRelease))
        add("old_dotnet");
    result.addFact("problems", problems);
    result.outcome = problems.empty() ? Outcome::Pass : Outcome::Fail;
    if (!problems.empty())
        result.code = "HOST_UNSUPPORTED_OS";
    return result;
}

} // namespace cloudcheck::readiness
