#pragma once

#include "result/RunResult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cloudcheck {

// The HTML report: one self-contained file for the customer's network team, who never see the
// wizard. Inline CSS and SVG, no script, no request of any kind (links are plain links), an A4
// print stylesheet, light and dark. Written as polyglot XHTML (well-formed XML that browsers read
// as HTML5), so a test can parse it with QXmlStreamReader. Every string that came from the
// network, a certificate, a proxy or a catalog file is escaped (FindingHtml::escape after
// UntrustedText), and the report's words come from ReportWords, like the text report's.
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

public:
    static QByteArray render(const RunResult& run);
    // "cloudcheck-HOST-20261125-150000.html": the machine name (letters, digits, '-', '_' and
    // '.' only) and the run's local start time.
    static QString defaultFileName(const RunResult& run);
};

} // namespace cloudcheck
