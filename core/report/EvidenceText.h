#pragma once

#include "catalog/EndpointTypes.h"

#include <QCoreApplication>

namespace cloudcheck {

// How sure the catalog is of an address, worded once for --list, the reports and the wizard: the
// documented pattern and the host CloudCheck probes for it are two separate claims.
class EvidenceText
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceText)

public:
    // For example "documented pattern, representative host chosen by CloudCheck".
    static QString describe(Confidence pattern, Confidence host);
};

} // namespace cloudcheck
