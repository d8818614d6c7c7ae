#pragma once

#include "plan/HostOverride.h"

#include <QList>
#include <QSslConfiguration>

namespace cloudcheck {

// What every probe of a run shares: the step timeout, pinned names and the trust store.
struct ProbeContext
{
    int timeoutMs = 5000;
    QList<HostOverride> overrides;
    QSslConfiguration tls; // TLS 1.2 minimum; system CAs plus --ca-file
    QByteArray userAgent;
};

} // namespace cloudcheck
