#pragma once

#include "allowlistapi/AllowlistDrift.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cloudcheck {

// The comparison with Citrix's allowlist, for people (text; the wizard's dialog shows the same
// words) and for scripts (JSON, `cloudcheck-cli --compare-allowlist FILE --format json`).
class AllowlistDriftReport
{
    Q_DECLARE_TR_FUNCTIONS(AllowlistDriftReport)

public:
    static QString text(const AllowlistDrift& drift);
    static QByteArray json(const AllowlistDrift& drift);
};

} // namespace cloudcheck
