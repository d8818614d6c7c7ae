#pragma once

#include "platform/CertificateStore.h"
#include "platform/ConnectorInstallation.h"
#include "platform/OsFacts.h"
#include "platform/PlatformProxy.h"
#include "platform/RegistryReader.h"

#include <memory>
#include <optional>
#include <string>

namespace cloudcheck::platform {

// Everything the host readiness rules read about this machine, each behind its own interface so
// a rule can be run against Windows, against wine, or against the Linux test fake.
struct HostPlatform
{
    std::shared_ptr<const RegistryReader> registry;
    std::shared_ptr<const CertificateStore> certificates;
    std::shared_ptr<const OsFacts> os;
    std::shared_ptr<const ConnectorInstallation> connector;
    std::shared_ptr<const PlatformProxy> proxy;

    // The real machine on Windows; nullopt elsewhere.
    static std::optional<HostPlatform> windows();
};

} // namespace cloudcheck::platform
