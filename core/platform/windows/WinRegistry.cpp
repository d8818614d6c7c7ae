#include "WinRegistry.h"

#include "WideText.h"

#include <vector>
#include <windows.h>

namespace cloudcheck::platform {

RegistryValue WinRegistry::read(RegistryHive hive, const std::string& key, const std::string& name) const
{
    RegistryValue value;
    const HKEY root = hive == RegistryHive::LocalMachine ? HKEY_LOCAL_MACHINE : HKEY_CURRENT_USER;
    const std::wstring wideKey = WideText::fromUtf8(key);
    const std::wstring wideName = WideText::fromUtf8(name);
    HKEY handle = nullptr;
    LSTATUS status = RegOpenKeyExW(root, wideKey.c_str(), 0, KEY_QUERY_VALUE | KEY_WOW64_64KEY, &handle);
    if (status == ERROR_FILE_NOT_FOUND)
        return value;
    if (status != ERROR_SUCCESS) {
        value.kind = RegistryValue::Kind::Unreadable;
        value.error = "RegOpenKeyEx error " + std::to_string(status);
        return value;
    }
    DWORD type = 0;
    DWORD size = 0;
    status = RegQueryValueExW(handle, wideName.c_str(), nullptr, &type, nullptr, &size);
    std::vector<BYTE> data(size + 2 * sizeof(wchar_t), 0); // room for terminators RegQueryValueEx may omit
    if (status == ERROR_SUCCESS)
        status = RegQueryValueExW(handle, wideName.c_str(), nullptr, &type, data.data(), &size);
    RegCloseKey(handle);
    if (status == ERROR_FILE_NOT_FOUND)
        return value;
    if (status != ERROR_SUCCESS) {
        value.kind = RegistryValue::Kind::Unreadable;
        value.error = "RegQueryValueEx error " + std::to_string(status);
        return value;
    }
    const auto* text = reinterpret_cast<const wchar_t*>(data.data());
    switch (type) {
    case REG_DWORD:
        value.kind = RegistryValue::Kind::Dword;
        value.dword = size >= sizeof(DWORD) ? *reinterpret_cast<const DWORD*>(data.data()) : 0;
        break;
    case REG_SZ:
    case REG_EXPAND_SZ:
        value.kind = RegistryValue::Kind::String;
        value.strings.push_back(WideText::toUtf8(text));
        break;
    case REG_MULTI_SZ: {
        value.kind = RegistryValue::Kind::MultiString;
        const size_t count = size / sizeof(wchar_t);
        size_t start = 0;
        for (size_t i = 0; i < count; ++i) {
            if (text[i] != L'\0')
                continue;
            if (i > start)
                value.strings.push_back(WideText::toUtf8(std::wstring(text + start, text + i)));
            start = i + 1;
        }
        if (start < count)
            value.strings.push_back(WideText::toUtf8(std::wstring(text + start, text + count)));
        break;
    }
    default:
        value.kind = RegistryValue::Kind::Other;
        break;
    }
    return value;
}

} // namespace cloudcheck::platform
