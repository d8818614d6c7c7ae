#pragma once

#include "HostResult.h"
#include "RunSummary.h"
#include "TargetResult.h"
#include "catalog/Catalog.h"
#include "plan/RunSettings.h"

#include <QDateTime>
#include <optional>

namespace cloudcheck {

struct CatalogInfo
{
    QString name;
    QString version;
    QString date;
    QString source;
    QList<Service> services; // names for display, in catalog order

    static CatalogInfo of(const Catalog& catalog)
    {
        return {catalog.name, catalog.version, catalog.date, catalog.source, catalog.services};
    }
    QString serviceName(const QString& id, Language language) const
    {
        for (const Service& service : services) {
            if (service.id == id)
                return service.name.text(language);
        }
        return id;
    }
};

struct RunEnvironment
{
    QString hostname;
    QString os;
    QString systemProxy = QStringLiteral("none");
    std::optional<double> clockSkewSeconds;
};

// One run, as every front end and report sees it. The JSON report is this written out.
struct RunResult
{
    QString toolVersion;
    CatalogInfo catalog;
    RunSettings settings;
    QStringList services; // effective, in catalog order
    RunEnvironment environment;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool cancelled = false;
    QList<TargetResult> targets;
    HostResult host; // this machine's own settings (the host group), beside the addresses

    RunSummary summary() const { return RunSummary::of(targets, services, cancelled, &host); }
    qint64 durationMs() const { return startedAt.msecsTo(finishedAt); }
    // Median of the servers' Date headers against the local clock; nullopt when none was read.
    static std::optional<double> medianClockSkew(const QList<TargetResult>& targets);
};

} // namespace cloudcheck
