#pragma once

#include "platform/HostPlatform.h"
#include "readiness/RuleResult.h"

namespace cloudcheck::readiness {

// HOST_DOTNET_WEAK_CRYPTO: .NET Framework told to keep its old protocol choice
// (SchUseStrongCrypto = 0 or SystemDefaultTlsVersions = 0) in the 64-bit or the 32-bit key. The
// Connector's services are .NET; they then offer TLS 1.0 and fail against Citrix Cloud.
class DotNetStrongCryptoRule
{
public:
    static constexpr const char* kId = "dotnet_strong_crypto";
    static constexpr const char* kKey64 = "SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319";
    static constexpr const char* kKey32 = "SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319";
    static RuleResult evaluate(const platform::HostPlatform& host);
};

} // namespace cloudcheck::readiness
