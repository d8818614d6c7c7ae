#pragma once

#include "AllowlistDrift.h"
#include "CitrixAllowlist.h"
#include "catalog/Catalog.h"

namespace cloudcheck {

// Compares the catalog with Citrix's allowlist, names only (Citrix lists names and ranges, not
// ports), every entry of every role: the catalog is what CloudCheck may ask a network team to
// open, whichever machine it runs on.
//
// - Citrix's address is covered when a catalog pattern or probe host equals it or is a wildcard
//   over it (`*.citrixworkspacesapi.jp` covers `cws.citrixworkspacesapi.jp`).
// - A catalog entry is listed when one of Citrix's addresses equals or covers its pattern, or
//   failing that one of its probe hosts (the pattern then is CloudCheck's wider reading).
class AllowlistComparison
{
public:
    static AllowlistDrift compare(const Catalog& catalog, const CitrixAllowlist& citrix, QString source);
};

} // namespace cloudcheck
