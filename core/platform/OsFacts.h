#pragma once

#include <string>

namespace cloudcheck::platform {

// Win32_ComputerSystem.DomainRole numbering (DsRoleGetPrimaryDomainInformation's MachineRole is
// the same): 0 standalone workstation, 1 member workstation, 2 standalone server, 3 member
// server, 4 backup and 5 primary domain controller.
enum class DomainRole
{
    Unknown = -1,
    StandaloneWorkstation = 0,
    MemberWorkstation = 1,
    StandaloneServer = 2,
    MemberServer = 3,
    BackupDomainController = 4,
    PrimaryDomainController = 5
};

struct OsDescription
{
    std::string productName;      // CurrentVersion\ProductName, "Windows Server 2022 Datacenter"
    std::string editionId;        // CurrentVersion\EditionID, "ServerDatacenter"
    std::string installationType; // CurrentVersion\InstallationType: "Server", "Server Core", "Client"
    std::string currentBuild;     // CurrentVersion\CurrentBuildNumber, "20348"
    std::string productType;      // ProductOptions\ProductType: "WinNT", "ServerNT", "LanmanNT" (a DC)
    DomainRole domainRole = DomainRole::Unknown;
};

// The operating system's edition and the machine's place in the domain.
class OsFacts
{
public:
    virtual ~OsFacts() = default;
    virtual OsDescription os() const = 0;
};

} // namespace cloudcheck::platform
