#pragma once

#include "result/Verdict.h"
#include "support/Language.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace cloudcheck {

// The HTML pieces that the wizard's details pane, its summary and the HTML report share, so a
// severity, a support link and a certificate chain read the same in each. Every string is
// HTML-escaped here, whatever its source, and only http(s) URLs become anchors, so a javascript:
// or file: link in a damaged catalog stays inert text. The output is also well-formed XML.
class FindingHtml
{
    Q_DECLARE_TR_FUNCTIONS(FindingHtml)

public:
    // Escapes text for HTML and XML alike (& < > " ').
    static QString escape(const QString& text);
    // The verdict's word, bold and in its colour; the word, not the colour, carries the meaning.
    static QString verdictBadge(Verdict verdict);
    // An anchor for a web link in the reader's language (DocLinks), labelled with the support
    // article number (CTX221535) when the link is to one; anything else as escaped text.
    static QString link(const QString& link, Language language);
    // link() of each, separated by middle dots.
    static QString links(const QStringList& links, Language language);
    // The certificate chain as received: one small table per certificate.
    static QString chain(const QJsonArray& chain);
};

} // namespace cloudcheck
