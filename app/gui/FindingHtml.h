#pragma once

#include "result/Verdict.h"

#include <QString>
#include <QStringList>

namespace cloudcheck {

// The HTML pieces of a finding that the details pane and the summary's top problems both show,
// so a severity and a support link read the same in each. Every string is HTML-escaped here,
// whatever its source, and only http(s) URLs become anchors, so a javascript: or file: link in a
// damaged catalog stays inert text.
class FindingHtml
{
public:
    // The verdict's word, bold and in its colour; the word, not the colour, carries the meaning.
    static QString verdictBadge(Verdict verdict);
    // An anchor for a web link, labelled with the support article number (CTX221535) when the
    // link is to one; anything else as escaped text.
    static QString link(const QString& link);
    // link() of each, separated by middle dots.
    static QString links(const QStringList& links);
};

} // namespace cloudcheck
