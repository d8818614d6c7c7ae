// Host overrides that aim names at 127.0.0.1, and the check that a plan has one for every target
// it would probe. Tests run the real catalog's names, so a target without such a pin could reach
// a real network: runs refuse to start until unpinnedTargets() is empty.
#pragma once

#include "plan/HostOverride.h"
#include "plan/RunPlan.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace cctest {

// `host` (on `port` only, when given) to 127.0.0.1:`connectPort`.
cloudcheck::HostOverride loopbackPin(const QString& host, std::optional<quint16> port, quint16 connectPort);

// The ids of targets the plan would probe whose first matching override is not a loopback
// address. Targets waiting for a Customer ID are never probed and so never count.
QStringList unpinnedTargets(const cloudcheck::RunPlan& plan,
                            const QList<cloudcheck::HostOverride>& overrides);

} // namespace cctest
