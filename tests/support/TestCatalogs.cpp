#include "TestCatalogs.h"

namespace cctest {

using namespace cloudcheck;
using namespace Qt::StringLiterals;

Service testService(const QString& id, bool alwaysIncluded)
{
    return {id, {id, id + u"-ja"_s}, {id + u" description"_s, id + u" の説明"_s}, alwaysIncluded};
}

CatalogEntry testEntry(const QString& id, const QStringList& services, const QString& pattern,
                       const QStringList& hosts, const std::function<void(CatalogEntry&)>& tweak)
{
    CatalogEntry result;
    result.id = id;
    result.services = services;
    result.pattern = pattern;
    result.hosts = hosts;
    result.purpose = {id + u" purpose"_s, id + u" の目的"_s};
    result.source = u"https://example.com/"_s + id;
    if (tweak)
        tweak(result);
    return result;
}

Catalog testCatalog(const QList<Service>& services, const QList<CatalogEntry>& entries)
{
    Catalog catalog;
    // Report-schema valid (semantic version, ISO date, URL), as runs on these catalogs are reported.
    catalog.name = u"CloudCheck test catalog"_s;
    catalog.version = u"1.0.0"_s;
    catalog.date = u"2026-01-01"_s;
    catalog.source = u"https://example.invalid/catalog"_s;
    catalog.services = services;
    catalog.entries = entries;
    return catalog;
}

} // namespace cctest
