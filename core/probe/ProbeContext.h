#pragma once

#include "catalog/EndpointTypes.h"
#include "plan/HostOverride.h"
#include "plan/ProxyCredentials.h"
#include "route/Route.h"

#include <QList>
#include <QSslConfiguration>

namespace cloudcheck {

class RevocationService;

// What a probe needs besides its target: the step timeout, pinned names, the trust store, and
// the route the engine chose for this target (direct or through which proxy).
struct ProbeContext
{
    int timeoutMs = 5000;
    QList<HostOverride> overrides;
    QSslConfiguration tls; // TLS 1.2 minimum; system CAs plus --ca-file
    QByteArray userAgent;
    Route route;
    ProxyCredentials proxyCredentials; // for a proxy that answers 407; never recorded
    Profile profile = Profile::Connector;
    // The run's shared CRL/OCSP downloads (ProbeRunner owns it); null leaves revocation not_run.
    RevocationService* revocation = nullptr;
};

} // namespace cloudcheck
