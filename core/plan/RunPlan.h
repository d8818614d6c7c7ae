#pragma once

#include "RunSettings.h"
#include "Target.h"
#include "catalog/Catalog.h"

#include <QCoreApplication>

namespace cloudcheck {

// Turns the catalog and the chosen services into deduplicated targets: a host that several
// entries or services need is probed once and credited to each of them.
class RunPlan
{
    Q_DECLARE_TR_FUNCTIONS(RunPlan)

public:
    static RunPlan build(const Catalog& catalog, const RunSettings& settings);
    // The services the user asked for plus those every run includes, in catalog order.
    static QStringList effectiveServices(const Catalog& catalog, const QStringList& requested);
    // Empty when the ID can fill a host name label; otherwise why not.
    static QString validateCustomerId(const QString& customerId);

    QStringList services;
    QList<Target> targets;
};

} // namespace cloudcheck
