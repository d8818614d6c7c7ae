#pragma once

#include "platform/HostPlatform.h"
#include "readiness/RuleResult.h"

namespace cloudcheck::readiness {

// HOST_WINHTTP_MISMATCH: the machine's WinHTTP proxy, which the Connector's services use, is not
// the logged-on user's Internet Settings proxy, which the installer and the browser use. The
// classic result: the install works and the services then cannot reach Citrix Cloud. A user
// setting that WinHTTP cannot copy (a PAC script, auto-detect) is a mismatch too.
class WinHttpProxyRule
{
public:
    static constexpr const char* kId = "winhttp_proxy";
    static RuleResult evaluate(const platform::HostPlatform& host);
};

} // namespace cloudcheck::readiness
