#pragma once

#include "result/RunResult.h"

#include <QCoreApplication>

namespace cloudcheck {

// Writes a report file in the format its extension names. Files are written to a temporary
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
    // Empty on success, otherwise the reason in words.
    static QString write(const RunResult& run, const QString& path);
    static QString writeBytes(const QByteArray& bytes, const QString& path);
};

} // namespace cloudcheck
