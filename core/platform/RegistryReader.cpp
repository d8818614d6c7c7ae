#include "RegistryReader.h"

namespace cloudcheck::platform {

std::string RegistryValue::display() const
{
    switch (kind) {
    case Kind::Missing:
        return "(not set)";
    case Kind::Dword:
        return std::to_string(dword);
    case Kind::String:
        return strings.empty() ? std::string() : strings.front();
    case Kind::MultiString: {
        std::string joined;
        for (const std::string& item : strings) {
            if (!joined.empty())
                joined += ", ";
            joined += item;
        }
        return joined;
    }
    case Kind::Other:
        return "(binary)";
    case Kind::Unreadable:
        return "(unreadable: " + error + ")";
    }
    return {};
}

std::string RegistryReader::fullPath(RegistryHive hive, const std::string& key)
{
    return (hive == RegistryHive::LocalMachine ? "HKLM\\" : "HKCU\\") + key;
}

} // namespace cloudcheck::platform
