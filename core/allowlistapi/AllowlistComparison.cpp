#include "AllowlistComparison.h"

#include <algorithm>
#include <optional>

namespace cloudcheck {

namespace {

// The entry's pattern and probe hosts as host patterns; the pattern first.
QList<HostPattern> addressesOf(const CatalogEntry& entry)
{
    QList<HostPattern> addresses;
    if (auto pattern = HostPattern::parse(entry.pattern))
        addresses << *pattern;
    for (const QString& host : entry.hosts) {
        if (auto parsed = HostPattern::parse(host); parsed && !addresses.contains(*parsed))
            addresses << *parsed;
    }
    return addresses;
}

} // namespace

AllowlistDrift AllowlistComparison::compare(const Catalog& catalog, const CitrixAllowlist& citrix,
                                            QString source)
{
    AllowlistDrift drift;
    drift.source = std::move(source);
    drift.catalog = catalog.name + u' ' + catalog.version + u" (" + catalog.date + u')';
    drift.citrixNames = int(citrix.names.size());
    drift.ranges = citrix.ranges;
    drift.inboundSkipped = citrix.inboundSkipped;

    QList<HostPattern> ours;
    for (const CatalogEntry& entry : catalog.entries) {
        const QList<HostPattern> addresses = addressesOf(entry);
        ours << addresses;

        const std::optional<HostPattern> pattern = HostPattern::parse(entry.pattern);
        std::optional<AllowlistDrift::Listed> listed;
        // The closest of Citrix's addresses names the entry: the same name before a wildcard.
        for (const bool exactOnly : {true, false}) {
            for (qsizetype i = 0; i < addresses.size() && !listed; ++i) {
                for (const CitrixAllowlist::ListedName& name : citrix.names) {
                    const bool matches = exactOnly ? addresses.at(i) == name.pattern
                                                   : addresses.at(i).isCoveredBy(name.pattern);
                    if (matches) {
                        listed = AllowlistDrift::Listed{entry.id, entry.pattern, name.pattern.text(),
                                                        pattern && addresses.at(i) == *pattern};
                        break;
                    }
                }
            }
        }
        if (listed)
            drift.listed << *listed;
        else
            drift.unlisted << AllowlistDrift::Unlisted{entry.id, entry.pattern, entry.hosts,
                                                       entry.confidence};
    }
    for (const CitrixAllowlist::ListedName& name : citrix.names) {
        const bool covered = std::any_of(ours.cbegin(), ours.cend(), [&](const HostPattern& mine) {
            return name.pattern.isCoveredBy(mine);
        });
        if (!covered)
            drift.unchecked << AllowlistDrift::Unchecked{name.pattern.text(), name.sections};
    }
    return drift;
}

} // namespace cloudcheck
