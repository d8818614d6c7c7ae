#pragma once

#include <string>

namespace cloudcheck::platform {

struct ConnectorDescription
{
    bool installed = false;
    std::string version;        // "6.148.0" as the Connector records it
    std::string versionSource;  // the registry path and value it came from
    std::string serviceAddress; // the control plane it is registered to, "https://....jp/"
    std::string serviceAddressSource;
};

// The Citrix Cloud Connector installed on this machine, if any.
class ConnectorInstallation
{
public:
    virtual ~ConnectorInstallation() = default;
    virtual ConnectorDescription connector() const = 0;
};

} // namespace cloudcheck::platform
