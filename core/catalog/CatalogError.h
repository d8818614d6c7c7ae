#pragma once

#include "support/UntrustedText.h"

#include <QString>

namespace cloudcheck {

// Where and why a catalog was refused; rendered as "file:line:column: path: message". The
// message quotes the file, so the rendering goes through UntrustedText before a terminal sees it.
struct CatalogError
{
    QString file;
    int line = 0;
    int column = 0;
    QString path;
    QString message;

    QString toString() const
    {
        QString text = file;
        if (line > 0)
            text += u':' + QString::number(line) + u':' + QString::number(column);
        if (!path.isEmpty())
            text += QStringLiteral(": ") + path;
        text += QStringLiteral(": ") + message;
        return UntrustedText::forDisplay(text, 2048);
    }
};

} // namespace cloudcheck
