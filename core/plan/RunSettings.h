#pragma once

#include "HostOverride.h"
#include "ProxyCredentials.h"
#include "ProxySetting.h"
#include "catalog/EndpointTypes.h"
#include "support/Language.h"

#include <QList>
#include <QSslCertificate>
#include <QStringList>

namespace cloudcheck {

// Everything a run needs besides the catalog; filled by the CLI options or the wizard pages.
struct RunSettings
{
    QStringList services; // empty means every service in the catalog
    QString customerId;
    Profile profile = Profile::Connector;
    ProxySetting proxy;
    // The password for proxy.user, in memory only (never in a report, the log or QSettings).
    QString proxyPassword;
    // --compare-direct: a failing address is also tried along the other path (direct or proxy).
    bool compareDirect = false;
    // --hold-tunnel: hold one proxy tunnel open this long beside the checks; 0 is off.
    int holdTunnelSeconds = 0;
    int timeoutMs = 5000;
    // Enough for the whole built-in catalog in one wave: with 16, the 17th target waited for a
    // slot, so a site that drops everything took two timeouts instead of one (docs/cli.md).
    int concurrency = kDefaultConcurrency;
    static constexpr int kDefaultConcurrency = 64;
    Language language = Language::English;
    QList<HostOverride> overrides;
    QList<QSslCertificate> extraCaCertificates;
};

} // namespace cloudcheck
