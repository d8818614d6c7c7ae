#pragma once

#include "platform/PlatformProxy.h"

namespace cloudcheck::platform {

// Reads both proxy settings through WinHTTP: WinHttpGetDefaultProxyConfiguration (the machine's,
// as `netsh winhttp show proxy` prints it) and WinHttpGetIEProxyConfigForCurrentUser (the user's).
class WinHttpProxy final : public PlatformProxy
{
public:
    ProxyConfig winHttpDefault() const override;
    ProxyConfig currentUser() const override;
};

} // namespace cloudcheck::platform
