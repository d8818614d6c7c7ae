#pragma once

#include "platform/ConnectorInstallation.h"
#include "platform/RegistryReader.h"

namespace cloudcheck::platform {

// The Cloud Connector's own registry settings. Citrix does not document these keys; community
// diagnostic scripts for the Connector read both (docs/decisions.md #42):
// - the version from `HKLM\SOFTWARE\Citrix\CloudServices\Install\AgentSystem` ProductVersionBase;
// - the control plane from `HKLM\SOFTWARE\Citrix\CloudServices\AgentFoundation`
//   ServiceAddressFormat ("https://service-us.citrixworkspaceapi.net/" in the commercial US region).
class RegistryConnectorInstallation final : public ConnectorInstallation
{
public:
    static constexpr const char* kInstallKey = "SOFTWARE\\Citrix\\CloudServices\\Install\\AgentSystem";
    static constexpr const char* kVersionValue = "ProductVersionBase";
    static constexpr const char* kAgentFoundationKey = "SOFTWARE\\Citrix\\CloudServices\\AgentFoundation";
    static constexpr const char* kServiceAddressValue = "ServiceAddressFormat";

    explicit RegistryConnectorInstallation(const RegistryReader& registry);
    ConnectorDescription connector() const override;

private:
    const RegistryReader& m_registry;
};

} // namespace cloudcheck::platform
