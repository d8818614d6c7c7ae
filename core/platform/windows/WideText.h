#pragma once

#include <string>

namespace cloudcheck::platform {

// UTF-8 (what the rest of CloudCheck speaks) to and from the UTF-16 the wide WinAPI takes.
class WideText
{
public:
    static std::string toUtf8(const wchar_t* text);
    static std::string toUtf8(const std::wstring& text) { return toUtf8(text.c_str()); }
    static std::wstring fromUtf8(const std::string& text);
};

} // namespace cloudcheck::platform
