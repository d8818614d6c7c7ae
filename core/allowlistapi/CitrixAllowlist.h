#pragma once

#include "HostPattern.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cloudcheck {

// What a saved (or fetched) answer of Citrix's Connectivity AllowList API lists, reduced to what
// CloudCheck can compare with its catalog: host names and wildcards, each with the sections of
// the answer that list it, and the IP ranges, which are counted but not compared (CloudCheck
// probes names, never ranges).
struct CitrixAllowlist
{
    struct ListedName
    {
        HostPattern pattern;
        QStringList sections; // where in the answer it was listed ("DaaS", "$.items[3]")
    };

    QList<ListedName> names;
    QStringList ranges;     // CIDR ranges and bare IP addresses, as written
    int inboundSkipped = 0; // entries the answer marks as inbound: Citrix connecting in, not out
};

} // namespace cloudcheck
