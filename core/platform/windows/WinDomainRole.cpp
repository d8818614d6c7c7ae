#include "WinDomainRole.h"

// windows.h first: dsrole.h relies on its types (include sorting would swap them).
// clang-format off
#include <windows.h>
#include <dsrole.h>
// clang-format on

namespace cloudcheck::platform {

DomainRole WinDomainRole::query()
{
    PDSROLE_PRIMARY_DOMAIN_INFO_BASIC info = nullptr;
    if (DsRoleGetPrimaryDomainInformation(nullptr, DsRolePrimaryDomainInfoBasic,
                                          reinterpret_cast<PBYTE*>(&info)) != ERROR_SUCCESS ||
        !info)
        return DomainRole::Unknown;
    const int role = int(info->MachineRole);
    DsRoleFreeMemory(info);
    if (role < int(DomainRole::StandaloneWorkstation) || role > int(DomainRole::PrimaryDomainController))
        return DomainRole::Unknown;
    return DomainRole(role);
}

} // namespace cloudcheck::platform
