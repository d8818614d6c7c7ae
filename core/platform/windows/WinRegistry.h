#pragma once

#include "platform/RegistryReader.h"

namespace cloudcheck::platform {

// RegGetValueW on the 64-bit view (KEY_WOW64_64KEY), so a 32-bit build reads what a 64-bit
// service such as the Cloud Connector sees.
class WinRegistry final : public RegistryReader
{
public:
    RegistryValue read(RegistryHive hive, const std::string& key, const std::string& name) const override;
};

} // namespace cloudcheck::platform
