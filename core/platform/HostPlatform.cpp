#include "HostPlatform.h"

#ifdef _WIN32
#include "platform/RegistryConnectorInstallation.h"
#include "platform/RegistryOsFacts.h"
#include "windows/WinCertificateStore.h"
#include "windows/WinDomainRole.h"
#include "windows/WinHttpProxy.h"
#include "windows/WinRegistry.h"
#endif

namespace cloudcheck::platform {

std::optional<HostPlatform> HostPlatform::windows()
{
#ifdef _WIN32
    HostPlatform host;
    auto registry = std::make_shared<WinRegistry>();
    host.registry = registry;
    host.certificates = std::make_shared<WinCertificateStore>();
    // The facts readers keep a reference to the registry; the shared pointer in the lambda's
    // capture and in `host` keeps it alive as long as they are.
    host.os =
        std::shared_ptr<const OsFacts>(new RegistryOsFacts(*registry, [] { return WinDomainRole::query(); }),
                                       [registry](const OsFacts* facts) { delete facts; });
    host.connector = std::shared_ptr<const ConnectorInstallation>(
        new RegistryConnectorInstallation(*registry),
        [registry](const ConnectorInstallation* facts) { delete facts; });
    host.proxy = std::make_shared<WinHttpProxy>();
    return host;
#else
    return std::nullopt;
#endif
}

} // namespace cloudcheck::platform
