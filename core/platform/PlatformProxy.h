#pragma once

#include <memory>
#include <string>

namespace cloudcheck::platform {

// A proxy configuration as Windows stores it. Plain C++ so that the Windows implementation needs
// no Qt and can be built and tested with mingw-w64 and wine on its own.
struct ProxyConfig
{
    bool readable = false;     // false: the setting could not be read (`error` says why)
    std::string proxy;         // "host:port" or "http=host:port;https=host:port"; empty: direct
    std::string bypass;        // "<local>;*.corp.example"
    std::string autoConfigUrl; // a PAC script (Internet Settings only)
    bool autoDetect = false;   // WPAD (Internet Settings only)
    std::string error;
};

// The two places Windows keeps a proxy: WinHTTP's machine-wide default, which services such as the
// Cloud Connector use (`netsh winhttp show proxy`), and the logged-on user's Internet Settings,
// which browsers use. The two often differ, which is the classic "works in the browser" case.
class PlatformProxy
{
public:
    virtual ~PlatformProxy() = default;
    virtual ProxyConfig winHttpDefault() const = 0;
    virtual ProxyConfig currentUser() const = 0;

    // The operating system's implementation, or nullptr where there is none (Linux, macOS).
    static std::unique_ptr<PlatformProxy> create();
};

} // namespace cloudcheck::platform
