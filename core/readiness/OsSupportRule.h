#pragma once

#include "platform/HostPlatform.h"
#include "readiness/RuleResult.h"

namespace cloudcheck::readiness {

// HOST_UNSUPPORTED_OS: the Connector runs on Windows Server 2016 (build 14393) or later with
// Desktop Experience and .NET Framework 4.7.2 or later. Server Core, a client edition, an older
// build or an older .NET each fail its installation.
class OsSupportRule
{
public:
    static constexpr const char* kId = "os_support";
    static constexpr int kMinimumBuild = 14393;               // Windows Server 2016
    static constexpr unsigned kMinimumDotNetRelease = 461808; // .NET Framework 4.7.2
    static constexpr const char* kDotNetKey = "SOFTWARE\\Microsoft\\NET Framework Setup\\NDP\\v4\\Full";
    static RuleResult evaluate(const platform::HostPlatform& host);
};

} // namespace cloudcheck::readiness
