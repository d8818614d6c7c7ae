#pragma once

#include "result/RunResult.h"

#include <QCoreApplication>

namespace cloudcheck {

// What the network team must allow, from the addresses this run needed: one line per documented
// pattern and port, with the run's verdict so they can see which rules are missing.
class AllowlistWriter
{
    Q_DECLARE_TR_FUNCTIONS(AllowlistWriter)

public:
    enum class Format
    {
        Text,
        Csv,
        Pac
    };

    static std::optional<Format> formatForPath(const QString& path);
    static QByteArray render(const RunResult& run, Format format);
    // Empty on success, otherwise the reason in words. Written atomically.
    static QString write(const RunResult& run, const QString& path);
};

} // namespace cloudcheck
