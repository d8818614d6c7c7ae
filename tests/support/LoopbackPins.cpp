#include "LoopbackPins.h"

namespace cctest {

using namespace cloudcheck;

HostOverride loopbackPin(const QString& host, std::optional<quint16> port, quint16 connectPort)
{
    HostOverride pinned;
    pinned.host = host;
    pinned.port = port;
    pinned.address = QHostAddress(QHostAddress::LocalHost);
    pinned.connectPort = connectPort;
    return pinned;
}

QStringList unpinnedTargets(const RunPlan& plan, const QList<HostOverride>& overrides)
{
    QStringList unpinned;
    for (const Target& target : plan.targets) {
        if (target.needsCustomerId)
            continue;
        bool pinned = false;
        // The first match decides, as it does for the probes.
        for (const HostOverride& override : overrides) {
            if (override.matches(target.host, target.port)) {
                pinned = override.address.isLoopback();
                break;
            }
        }
        if (!pinned)
            unpinned << target.id;
    }
    return unpinned;
}

} // namespace cctest
