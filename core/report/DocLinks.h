#pragma once

#include "support/Language.h"

#include <QHash>
#include <QString>

namespace cloudcheck {

// Documentation links in the reader's language. The pairs come from a data file kept with the
// catalog (resources/catalogs/doc-links.json), each checked against Citrix's published pages; a
// link without a verified pair keeps its English page, so no translated address is ever guessed.
class DocLinks
{
public:
    static QString localize(const QString& link, Language language);
    // The pairs of a file like doc-links.json (English page to Japanese page); empty when the
    // file is not valid.
    static QHash<QString, QString> parse(const QByteArray& json);
};

} // namespace cloudcheck
