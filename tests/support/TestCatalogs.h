// Small in-memory catalogs for engine tests that need entries of their own instead of the
// built-in catalog. One convention for services, entries and catalog metadata, so each test
// states only what its case depends on and every such catalog passes the report schema.
#pragma once

#include "catalog/Catalog.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace cctest {

// Named "<id>" / "<id>-ja", described "<id> description" / "<id> の説明".
cloudcheck::Service testService(const QString& id, bool alwaysIncluded = false);

// An entry with the given id, services, pattern and hosts; everything else keeps CatalogEntry's
// defaults (https/443, required, documented, both profiles) apart from a purpose and a source
// derived from the id. `tweak` changes anything else.
cloudcheck::CatalogEntry testEntry(const QString& id, const QStringList& services, const QString& pattern,
                                   const QStringList& hosts,
                                   const std::function<void(cloudcheck::CatalogEntry&)>& tweak = {});

// A catalog of `services` and `entries` under fixed test metadata.
cloudcheck::Catalog testCatalog(const QList<cloudcheck::Service>& services,
                                const QList<cloudcheck::CatalogEntry>& entries);

} // namespace cctest
