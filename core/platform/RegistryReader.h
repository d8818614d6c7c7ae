#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace cloudcheck::platform {

enum class RegistryHive
{
    LocalMachine, // HKLM
    CurrentUser   // HKCU
};

// One registry value as read. Plain C++ (no Qt) so the Windows layer and the readiness rules
// build alone with mingw-w64 and run under wine.
struct RegistryValue
{
    enum class Kind
    {
        Missing,     // the key or the value does not exist: the Windows default applies
        Dword,       // REG_DWORD
        String,      // REG_SZ or REG_EXPAND_SZ: strings[0]
        MultiString, // REG_MULTI_SZ: strings
        Other,       // another type (binary, QWORD): present but not interpreted
        Unreadable   // access denied or another error: `error` says which
    };
    Kind kind = Kind::Missing;
    std::uint32_t dword = 0;
    std::vector<std::string> strings;
    std::string error;

    bool isDword(std::uint32_t value) const { return kind == Kind::Dword && dword == value; }
    // The value as a person would type it in regedit: "0", "Server Core", "a, b"; "(not set)" when
    // missing. Facts in reports carry this text.
    std::string display() const;
};

// Reads values from the 64-bit registry view. Keys are written without the hive, as in
// "SYSTEM\\CurrentControlSet\\Control\\Lsa\\FipsAlgorithmPolicy"; the 32-bit view is read by naming
// WOW6432Node explicitly, as .NET's settings need.
class RegistryReader
{
public:
    virtual ~RegistryReader() = default;
    virtual RegistryValue read(RegistryHive hive, const std::string& key, const std::string& name) const = 0;

    // "HKLM\\SYSTEM\\..." for reports and fixes: the path as regedit and `reg add` take it.
    static std::string fullPath(RegistryHive hive, const std::string& key);
};

} // namespace cloudcheck::platform
