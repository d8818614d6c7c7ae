#pragma once

#include "platform/OsFacts.h"
#include "platform/RegistryReader.h"

#include <functional>

namespace cloudcheck::platform {

// OS facts from the registry values Windows keeps them in (CurrentVersion, ProductOptions). The
// domain role is not in the registry in a stable place, so the caller supplies it: WinDomainRole
// on Windows, the fake's data on Linux. Plain C++ so both share the reading.
class RegistryOsFacts final : public OsFacts
{
public:
    static constexpr const char* kCurrentVersionKey = "SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion";
    static constexpr const char* kProductOptionsKey = "SYSTEM\\CurrentControlSet\\Control\\ProductOptions";

    RegistryOsFacts(const RegistryReader& registry, std::function<DomainRole()> domainRole);
    OsDescription os() const override;

private:
    const RegistryReader& m_registry;
    std::function<DomainRole()> m_domainRole;
};

} // namespace cloudcheck::platform
