#pragma once

#include <QNetworkProxy>
#include <QString>
#include <optional>

namespace cloudcheck {

// The proxy the operating system would use for Citrix Cloud addresses (environment variables
// on Linux, the user's Internet settings on Windows).
class SystemProxy
{
public:
    static std::optional<QNetworkProxy> forHttps();
    // "none", or "http://host:port" without credentials.
    static QString describe();
};

} // namespace cloudcheck
