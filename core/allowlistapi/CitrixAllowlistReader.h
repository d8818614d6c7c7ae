#pragma once

#include "CitrixAllowlist.h"

#include <QByteArray>
#include <QCoreApplication>
#include <variant>

namespace cloudcheck {

// Reads an answer of Citrix's Connectivity AllowList API (`GET /v2/allowlist`, format=json) or
// the older published file (`allowlist.json`: one object per service, each with an `AllowList`
// array), without depending on more of their shape than Citrix documents.
//
// Citrix documents what the answer lists (FQDNs and CIDR ranges, outbound and inbound, Customer
// ID placeholders replaced when customerId is given) but, in every source we could read, not the
// JSON schema of the v2 answer (docs/decisions.md #54). So every string value in the document
// that is wholly a host name, a wildcard, a URL of one, an IP address or a CIDR range is taken,
// wherever it sits; the object keys on the way to it name its section. Text meant for people is
// left out: strings with spaces, links with a path, and values under keys such as `description`,
// `documentation`, `link` or `changelog`. An object that says `"direction": "inbound"` is skipped
// with everything in it, and counted.
class CitrixAllowlistReader
{
    Q_DECLARE_TR_FUNCTIONS(CitrixAllowlistReader)

public:
    // The error names the problem (and, for JSON errors, the offset) in words for the user.
    static std::variant<CitrixAllowlist, QString> parse(const QByteArray& json,
                                                        const QString& customerId = {});
    static std::variant<CitrixAllowlist, QString> readFile(const QString& path,
                                                           const QString& customerId = {});
};

} // namespace cloudcheck
