#include "RegistryConnectorInstallation.h"

namespace cloudcheck::platform {

RegistryConnectorInstallation::RegistryConnectorInstallation(const RegistryReader& registry)
    : m_registry(registry)
{}

ConnectorDescription RegistryConnectorInstallation::connector() const
{
    ConnectorDescription connector;
    connector.versionSource =
        RegistryReader::fullPath(RegistryHive::LocalMachine, kInstallKey) + " " + kVersionValue;
    connector.serviceAddressSource =
        RegistryReader::fullPath(RegistryHive::LocalMachine, kAgentFoundationKey) + " " +
        kServiceAddressValue;
    const RegistryValue version = m_registry.read(RegistryHive::LocalMachine, kInstallKey, kVersionValue);
    const RegistryValue address =
        m_registry.read(RegistryHive::LocalMachine, kAgentFoundationKey, kServiceAddressValue);
    const auto text = [](const RegistryValue& value) {
        return value.kind == RegistryValue::Kind::String && !value.strings.empty() ? value.strings.front()
                                                                                   : std::string();
    };
    connector.version = text(version);
    connector.serviceAddress = text(address);
    // Either value means the Connector was installed here: an upgrade in progress may lack one.
    connector.installed = !connector.version.empty() || !connector.serviceAddress.empty();
    return connector;
}

} // namespace cloudcheck::platform
