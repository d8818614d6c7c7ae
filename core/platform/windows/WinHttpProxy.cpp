#include "WinHttpProxy.h"

#include "WideText.h"

#include <windows.h>
#include <winhttp.h>

namespace cloudcheck::platform {

namespace {

// WinHTTP allocates these strings with GlobalAlloc and leaves freeing them to the caller.
std::string takeString(LPWSTR text)
{
    std::string result = WideText::toUtf8(text);
    if (text)
        GlobalFree(text);
    return result;
}

std::string errorText(DWORD code)
{
    return "WinHTTP error " + std::to_string(code);
}

} // namespace

ProxyConfig WinHttpProxy::winHttpDefault() const
{
    ProxyConfig config;
    WINHTTP_PROXY_INFO info{};
    if (!WinHttpGetDefaultProxyConfiguration(&info)) {
        config.error = errorText(GetLastError());
        return config;
    }
    config.readable = true;
    const std::string proxy = takeString(info.lpszProxy);
    const std::string bypass = takeString(info.lpszProxyBypass);
    if (info.dwAccessType == WINHTTP_ACCESS_TYPE_NAMED_PROXY) {
        config.proxy = proxy;
        config.bypass = bypass;
    }
    return config;
}

ProxyConfig WinHttpProxy::currentUser() const
{
    ProxyConfig config;
    WINHTTP_CURRENT_USER_IE_PROXY_CONFIG info{};
    if (!WinHttpGetIEProxyConfigForCurrentUser(&info)) {
        config.error = errorText(GetLastError());
        return config;
    }
    config.readable = true;
    config.autoDetect = info.fAutoDetect != FALSE;
    config.autoConfigUrl = takeString(info.lpszAutoConfigUrl);
    config.proxy = takeString(info.lpszProxy);
    config.bypass = takeString(info.lpszProxyBypass);
    return config;
}

} // namespace cloudcheck::platform
