#pragma once

#include "support/InputLimits.h"

#include <QByteArray>
#include <QString>
#include <utility>

namespace cloudcheck {

// QJsonDocument forgets where values came from. The catalog's error messages must name a line,
// a column and a JSON path, so this scanner walks the raw text and finds both.
//
// It is built for hostile input: the walk is iterative (no recursion, so no stack to exhaust),
// stops at kMaxDepth levels of nesting, and keeps no table of values: the constructor checks
// the syntax only, and each question walks the text again, building the paths of at most
// kMaxDepth open containers at a time. Memory stays proportional to the nesting limit, never to
// the size of the file.
class JsonLocator
{
public:
    static constexpr int kMaxDepth = InputLimits::kMaxJsonDepth;

    explicit JsonLocator(const QByteArray& json);

    // Byte offset where the value at `path` (e.g. "$.entries[3].port") starts, or -1.
    qsizetype offsetOf(const QString& path) const;
    // The path of the innermost value that contains `offset`; "$" when none does.
    QString pathAt(qsizetype offset) const;
    // Byte offset where the text stops being JSON (the offending character itself), or -1 when
    // the scan found nothing wrong. QJsonParseError's offset often lies past that character.
    // When the nesting is too deep, the offset of the first container past the limit.
    qsizetype errorOffset() const { return m_error; }
    bool depthExceeded() const { return m_depthExceeded; }

    // 1-based line and column (in characters, not bytes) of a byte offset.
    static std::pair<int, int> lineColumn(const QByteArray& json, qsizetype offset);
    static QString childPath(const QString& parent, const QString& key);
    static QString childPath(const QString& parent, qsizetype index);

private:
    const QByteArray& m_json;
    qsizetype m_error = -1;
    bool m_depthExceeded = false;
};

} // namespace cloudcheck
