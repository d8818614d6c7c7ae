#pragma once

#include "result/RunResult.h"

#include <QCoreApplication>

namespace cloudcheck {

// The one list of report formats (stdout's --format and every --output or export file), and the
// writer of report files in the format their extension names. Files are written to a temporary
// file and renamed into place, so a reader never sees half a report and a failure keeps the
// previous file intact.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    enum class Format
    {
        Json,
        Text,
        Html
    };

    static std::optional<Format> formatForPath(const QString& path);
    // "json", "text" or "html", as --format takes them.
    static std::optional<Format> formatFromName(QStringView name);
    static QByteArray render(const RunResult& run, Format format);
    // Empty on success, otherwise the reason in words.
    static QString write(const RunResult& run, const QString& path);
    static QString writeBytes(const QByteArray& bytes, const QString& path);
};

} // namespace cloudcheck
