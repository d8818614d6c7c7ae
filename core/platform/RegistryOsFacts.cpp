#include "RegistryOsFacts.h"

namespace cloudcheck::platform {

namespace {

std::string text(const RegistryValue& value)
{
    return value.kind == RegistryValue::Kind::String && !value.strings.empty() ? value.strings.front()
                                                                               : std::string();
}

} // namespace

RegistryOsFacts::RegistryOsFacts(const RegistryReader& registry, std::function<DomainRole()> domainRole)
    : m_registry(registry), m_domainRole(std::move(domainRole))
{}

OsDescription RegistryOsFacts::os() const
{
    const auto read = [this](const char* key, const char* name) {
        return text(m_registry.read(RegistryHive::LocalMachine, key, name));
    };
    OsDescription os;
    os.productName = read(kCurrentVersionKey, "ProductName");
    os.editionId = read(kCurrentVersionKey, "EditionID");
    os.installationType = read(kCurrentVersionKey, "InstallationType");
    os.currentBuild = read(kCurrentVersionKey, "CurrentBuildNumber");
    os.productType = read(kProductOptionsKey, "ProductType");
    os.domainRole = m_domainRole ? m_domainRole() : DomainRole::Unknown;
    return os;
}

} // namespace cloudcheck::platform
