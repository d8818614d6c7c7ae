#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cloudcheck {

// QJsonDocument forgets where values came from. The catalog's error messages must name a line,
// a column and a JSON path, so this scanner walks the raw text once and remembers both.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray& json);

    // Byte offset where the value at `path` (e.g. "$.entries[3].port") starts, or -1.
    qsizetype offsetOf(const QString& path) const;
    // The path of the innermost value that contains `offset`; "$" when none does.
    QString pathAt(qsizetype offset) const;
    // Byte offset where the text stops being JSON (the offending character itself), or -1 when
    // the scan found nothing wrong. QJsonParseError's offset often lies past that character.
    qsizetype errorOffset() const { return m_error; }

    // 1-based line and column (in characters, not bytes) of a byte offset.
    static std::pair<int, int> lineColumn(const QByteArray& json, qsizetype offset);
    static QString childPath(const QString& parent, const QString& key);
    static QString childPath(const QString& parent, qsizetype index);

private:
    struct Span
    {
        QString path;
        qsizetype begin = 0;
        qsizetype end = 0;
    };

    bool scanValue(const QString& path);
    bool scanObject(const QString& path);
    bool scanArray(const QString& path);
    bool scanString(QString* decoded);
    void skipSpace();

    const QByteArray& m_json;
    qsizetype m_pos = 0;
    qsizetype m_error = -1;
    QList<Span> m_spans;
};

} // namespace cloudcheck
