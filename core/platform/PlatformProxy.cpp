#include "PlatformProxy.h"

#ifdef _WIN32
#include "windows/WinHttpProxy.h"
#endif

namespace cloudcheck::platform {

std::unique_ptr<PlatformProxy> PlatformProxy::create()
{
#ifdef _WIN32
    return std::make_unique<WinHttpProxy>();
#else
    return nullptr;
#endif
}

} // namespace cloudcheck::platform
