#include "JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cloudcheck {

JsonLocator::JsonLocator(const QByteArray& json) : m_json(json)
{
    if (m_json.startsWith("\xEF\xBB\xBF")) // UTF-8 byte order mark: QJsonDocument skips it too
        m_pos = 3;
    skipSpace();
    // Every scan function stops at the character that breaks the syntax and returns false.
    if (!scanValue(QStringLiteral("$"))) {
        m_error = m_pos;
    } else {
        skipSpace();
        if (m_pos < m_json.size())
            m_error = m_pos; // something after the root value
    }
    // A syntax error leaves spans open; close them at the end so pathAt() still finds them.
    for (Span& span : m_spans) {
        if (span.end < span.begin)
            span.end = m_json.size();
    }
}

qsizetype JsonLocator::offsetOf(const QString& path) const
{
    for (const Span& span : m_spans) {
        if (span.path == path)
            return span.begin;
    }
    return -1;
}

QString JsonLocator::pathAt(qsizetype offset) const
{
    const Span* best = nullptr;
    for (const Span& span : m_spans) {
        if (span.begin <= offset && offset <= span.end) {
            if (!best || span.end - span.begin <= best->end - best->begin)
                best = &span;
        }
    }
    return best ? best->path : QStringLiteral("$");
}

std::pair<int, int> JsonLocator::lineColumn(const QByteArray& json, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = qMin(offset, json.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(json.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // count UTF-8 lead bytes only
            ++column;
        }
    }
    return {line, column};
}

QString JsonLocator::childPath(const QString& parent, const QString& key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(key).hasMatch())
        return parent + u'.' + key;
    QString quoted = key;
    quoted.replace(u'"', QStringLiteral("\\\""));
    return parent + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
}

QString JsonLocator::childPath(const QString& parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        ++m_pos;
    }
}

bool JsonLocator::scanValue(const QString& path)
{
    const qsizetype index = m_spans.size();
    m_spans.append({path, m_pos, -1});
    if (m_pos >= m_json.size())
        return false;
    bool ok = true;
    switch (m_json.at(m_pos)) {
    case '{':
        ok = scanObject(path);
        break;
    case '[':
        ok = scanArray(path);
        break;
    case '"':
        ok = scanString(nullptr);
        break;
    default: {
        // Numbers and literals: everything up to a delimiter. QJsonDocument judges number syntax;
        // a token that is no literal and cannot start a number is where the text breaks.
        const qsizetype start = m_pos;
        while (m_pos < m_json.size() && !QByteArrayView(",]} \t\r\n").contains(m_json.at(m_pos)))
            ++m_pos;
        const QByteArrayView token = QByteArrayView(m_json).sliced(start, m_pos - start);
        const bool literal = token == "true" || token == "false" || token == "null";
        const bool number =
            !token.isEmpty() && (token.front() == '-' || (token.front() >= '0' && token.front() <= '9'));
        if (!literal && !number) {
            m_pos = start;
            return false;
        }
    }
    }
    if (ok)
        m_spans[index].end = m_pos;
    return ok;
}

bool JsonLocator::scanObject(const QString& path)
{
    ++m_pos; // '{'
    skipSpace();
    if (m_pos < m_json.size() && m_json.at(m_pos) == '}') {
        ++m_pos;
        return true;
    }
    while (m_pos < m_json.size()) {
        QString key;
        if (m_json.at(m_pos) != '"' || !scanString(&key))
            return false;
        skipSpace();
        if (m_pos >= m_json.size() || m_json.at(m_pos) != ':')
            return false;
        ++m_pos;
        skipSpace();
        if (!scanValue(childPath(path, key)))
            return false;
        skipSpace();
        if (m_pos >= m_json.size())
            return false;
        if (m_json.at(m_pos) == '}') {
            ++m_pos;
            return true;
        }
        if (m_json.at(m_pos) != ',')
            return false;
        ++m_pos;
        skipSpace();
    }
    return false;
}

bool JsonLocator::scanArray(const QString& path)
{
    ++m_pos; // '['
    skipSpace();
    if (m_pos < m_json.size() && m_json.at(m_pos) == ']') {
        ++m_pos;
        return true;
    }
    for (qsizetype index = 0; m_pos < m_json.size(); ++index) {
        if (!scanValue(childPath(path, index)))
            return false;
        skipSpace();
        if (m_pos >= m_json.size())
            return false;
        if (m_json.at(m_pos) == ']') {
            ++m_pos;
            return true;
        }
        if (m_json.at(m_pos) != ',')
            return false;
        ++m_pos;
        skipSpace();
        if (m_pos < m_json.size() && m_json.at(m_pos) == ']')
            return false; // a trailing comma
    }
    return false;
}

bool JsonLocator::scanString(QString* decoded)
{
    const qsizetype start = ++m_pos; // opening quote
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == '\\') {
            m_pos += 2;
            continue;
        }
        if (c == '"') {
            if (decoded) {
                // Keys are compared against QJsonObject keys, so decode escapes the same way.
                const QByteArray literal = '"' + m_json.mid(start, m_pos - start) + '"';
                const QByteArray wrapped = '[' + literal + ']';
                *decoded = QString::fromUtf8(m_json.mid(start, m_pos - start));
                if (literal.contains('\\')) {
                    const auto doc = QJsonDocument::fromJson(wrapped);
                    if (doc.isArray())
                        *decoded = doc.array().at(0).toString();
                }
            }
            ++m_pos;
            return true;
        }
        ++m_pos;
    }
    return false;
}

} // namespace cloudcheck
