#pragma once

#include "platform/OsFacts.h"

namespace cloudcheck::platform {

// The machine's domain role from DsRoleGetPrimaryDomainInformation (netapi32), the API behind
// Win32_ComputerSystem.DomainRole, without starting WMI.
class WinDomainRole
{
public:
    static DomainRole query();
};

} // namespace cloudcheck::platform
