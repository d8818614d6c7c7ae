#pragma once

#include <QString>

namespace cloudcheck {

// Where and why a catalog was refused; rendered as "file:line:column: path: message".
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
        return text + QStringLiteral(": ") + message;
    }
};

} // namespace cloudcheck
