#pragma once

#include "result/HostResult.h"
#include "support/Language.h"

#include <QCoreApplication>

namespace cloudcheck {

// The host group ("This machine") as HTML, for the HTML report, the wizard's summary and its
// details pane alike: every check with its verdict, the values read, and each finding with its
// fix. Escaped here like FindingHtml: facts can quote proxy names and registry strings from the
// machine.
class HostHtml
{
    Q_DECLARE_TR_FUNCTIONS(HostHtml)

public:
    // headingLevel: 2 in the report, 3 inside the wizard's summary and details pane.
    static QString render(const HostResult& host, Language language, int headingLevel);
    // One check of `host` on its own (the wizard's details pane): its verdict, where the facts
    // came from, each value read, why it did not run, and its finding with the fix.
    static QString renderCheck(const HostResult& host, const HostCheck& check, Language language);
    // The values a check read, as plain text ("Enabled = 0; DisabledByDefault = 1"); not yet
    // made safe for display.
    static QString readText(const HostCheck& check);
};

} // namespace cloudcheck
