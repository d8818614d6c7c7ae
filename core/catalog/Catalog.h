#pragma once

#include "CatalogEntry.h"
#include "Service.h"

#include <QList>

namespace cloudcheck {

struct Catalog
{
    QString name;
    QString version;
    QString date;
    QString source;
    QList<Service> services;
    QList<CatalogEntry> entries;

    const Service* service(const QString& id) const
    {
        for (const Service& candidate : services) {
            if (candidate.id == id)
                return &candidate;
        }
        return nullptr;
    }
};

} // namespace cloudcheck
