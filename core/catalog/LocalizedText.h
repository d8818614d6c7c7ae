#pragma once

#include "support/Language.h"

#include <QString>

namespace cloudcheck {

// Catalog texts carry both languages, so a report can be rendered in either without a reload.
struct LocalizedText
{
    QString english;
    QString japanese;

    const QString& text(Language language) const
    {
        return language == Language::Japanese && !japanese.isEmpty() ? japanese : english;
    }
};

} // namespace cloudcheck
