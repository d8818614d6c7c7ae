#pragma once

#include "result/HostResult.h"
#include "support/Language.h"

#include <QCoreApplication>

namespace cloudcheck {

// The host group ("This machine") as HTML, for the HTML report and the wizard's summary alike:
// every check with its verdict, the values read, and each finding with its fix. Escaped here
// like FindingHtml: facts can quote proxy names and registry strings from the machine.
class HostHtml
{
    Q_DECLARE_TR_FUNCTIONS(HostHtml)

public:
    // headingLevel: 2 in the report, 3 inside the wizard's summary.
    static QString render(const HostResult& host, Language language, int headingLevel);
};

} // namespace cloudcheck
