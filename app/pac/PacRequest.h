#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace cloudcheck {

// What the parent (core/pac/PacEvaluator) asks of the helper, read from one JSON object on stdin:
//   {"script": "...", "queries": [{"url": "...", "host": "..."}],
//    "resolve": [{"host": "a.example", "address": "198.18.0.5"}], "timeoutMs": 2000}
// An empty or null "address" pins the name as not resolvable.
struct PacRequest
{
    struct Query
    {
        QString url;
        QString host;
    };

    // The fetcher caps a script at 2 MiB; a little more is accepted here for JSON escaping of
    // the same script, and anything past it is refused before it is parsed.
    static constexpr qsizetype kMaxInputBytes = 16 * 1024 * 1024;
    static constexpr qsizetype kMaxScriptChars = 2 * 1024 * 1024;
    static constexpr qsizetype kMaxQueries = 10000;
    static constexpr int kMinTimeoutMs = 10;
    static constexpr int kMaxTimeoutMs = 60000;

    QString script;
    QList<Query> queries;
    QHash<QString, QString> pins; // lower-case host -> address ("" = does not resolve)
    int timeoutMs = 2000;

    // The request, or a reason ("bad_input: ...") in error.
    static PacRequest parse(const QByteArray& json, QString* error);
};

} // namespace cloudcheck
