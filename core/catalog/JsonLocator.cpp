#include "JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QRegularExpression>

namespace cloudcheck {

namespace {

// What a walk reports about each value: where it begins, where it ends, or (after a syntax
// error) that it began and never ended.
enum class Event
{
    Begin,
    End,
    Unclosed
};

// One pass over the text with an explicit stack of open containers. The visitor is called as
// visit(event, path, begin, end) and returns false to stop the walk early.
class Walker
{
public:
    explicit Walker(const QByteArray& json) : m_json(json)
    {
        if (m_json.startsWith("\xEF\xBB\xBF")) // UTF-8 byte order mark: QJsonDocument skips it too
            m_pos = 3;
    }

    qsizetype error() const { return m_error; }
    bool depthExceeded() const { return m_depthExceeded; }

    template <typename Visit>
    void walk(Visit&& visit)
    {
        skipSpace();
        QString path = QStringLiteral("$");
        // Each turn scans one value at m_pos, then what follows it in the enclosing containers.
        for (;;) {
            const qsizetype begin = m_pos;
            if (!visit(Event::Begin, path, begin, -1))
                return;
            if (m_pos >= m_json.size())
                return fail(visit, path, begin);
            const char c = m_json.at(m_pos);
            if (c == '{' || c == '[') {
                if (m_stack.size() >= JsonLocator::kMaxDepth) {
                    m_depthExceeded = true;
                    return fail(visit, path, begin);
                }
                m_stack.append({c == '{', path, begin, 0});
                ++m_pos;
                skipSpace();
                if (m_pos < m_json.size() && m_json.at(m_pos) == (c == '{' ? '}' : ']')) {
                    ++m_pos;
                    if (!close(visit))
                        return;
                } else if (!nextMember(path)) {
                    return fail(visit, {}, -1);
                } else {
                    continue;
                }
            } else if (c == '"') {
                if (!scanString(nullptr))
                    return fail(visit, path, begin);
                if (!visit(Event::End, path, begin, m_pos))
                    return;
            } else if (!scanScalar()) {
                return fail(visit, path, begin);
            } else if (!visit(Event::End, path, begin, m_pos)) {
                return;
            }
            // After a complete value: close containers, or move on to the next member.
            for (;;) {
                skipSpace();
                if (m_stack.isEmpty()) {
                    if (m_pos < m_json.size())
                        m_error = m_pos; // something after the root value
                    return;
                }
                if (m_pos >= m_json.size())
                    return fail(visit, {}, -1);
                const bool object = m_stack.constLast().object;
                const char next = m_json.at(m_pos);
                if (next == (object ? '}' : ']')) {
                    ++m_pos;
                    if (!close(visit))
                        return;
                    continue;
                }
                if (next != ',')
                    return fail(visit, {}, -1);
                ++m_pos;
                skipSpace();
                if (!object) {
                    ++m_stack.last().index;
                    if (m_pos < m_json.size() && m_json.at(m_pos) == ']')
                        return fail(visit, {}, -1); // a trailing comma
                }
                if (!nextMember(path))
                    return fail(visit, {}, -1);
                break;
            }
        }
    }

private:
    struct Frame
    {
        bool object = false;
        QString path;
        qsizetype begin = 0;
        qsizetype index = 0;
    };

    template <typename Visit>
    bool close(Visit& visit)
    {
        const Frame frame = m_stack.takeLast();
        return visit(Event::End, frame.path, frame.begin, m_pos);
    }

    // The text breaks at m_pos: the value being scanned (if any) and every open container are
    // reported unclosed, innermost first.
    template <typename Visit>
    void fail(Visit& visit, const QString& path, qsizetype begin)
    {
        m_error = m_pos;
        if (begin >= 0 && !visit(Event::Unclosed, path, begin, m_json.size()))
            return;
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            if (!visit(Event::Unclosed, m_stack.at(i).path, m_stack.at(i).begin, m_json.size()))
                return;
        }
    }

    // At the start of a member of the innermost container: for an object reads the key and the
    // colon, and sets `path` to the member's path.
    bool nextMember(QString& path)
    {
        Frame& frame = m_stack.last();
        if (!frame.object) {
            path = JsonLocator::childPath(frame.path, frame.index);
            return true;
        }
        QString key;
        if (m_pos >= m_json.size() || m_json.at(m_pos) != '"' || !scanString(&key))
            return false;
        skipSpace();
        if (m_pos >= m_json.size() || m_json.at(m_pos) != ':')
            return false;
        ++m_pos;
        skipSpace();
        path = JsonLocator::childPath(frame.path, key);
        return true;
    }

    void skipSpace()
    {
        while (m_pos < m_json.size()) {
            const char c = m_json.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_pos;
        }
    }

    // Numbers and literals: everything up to a delimiter. QJsonDocument judges number syntax; a
    // token that is no literal and cannot start a number is where the text breaks.
    bool scanScalar()
    {
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
        return true;
    }

    bool scanString(QString* decoded)
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
                    const QByteArray raw = m_json.mid(start, m_pos - start);
                    *decoded = QString::fromUtf8(raw);
                    if (raw.contains('\\')) {
                        const auto doc = QJsonDocument::fromJson("[\"" + raw + "\"]");
                        if (doc.isArray())
                            *decoded = doc.array().at(0).toString();
                    }
                }
                ++m_pos;
                return true;
            }
            ++m_pos;
        }
        m_pos = qMin(m_pos, m_json.size());
        return false;
    }

    const QByteArray& m_json;
    qsizetype m_pos = 0;
    qsizetype m_error = -1;
    bool m_depthExceeded = false;
    QList<Frame> m_stack;
};

} // namespace

JsonLocator::JsonLocator(const QByteArray& json) : m_json(json)
{
    Walker walker(m_json);
    walker.walk([](Event, const QString&, qsizetype, qsizetype) { return true; });
    m_error = walker.error();
    m_depthExceeded = walker.depthExceeded();
}

qsizetype JsonLocator::offsetOf(const QString& path) const
{
    qsizetype found = -1;
    Walker walker(m_json);
    walker.walk([&](Event event, const QString& at, qsizetype begin, qsizetype) {
        if (event == Event::Begin && at == path) {
            found = begin;
            return false;
        }
        return true;
    });
    return found;
}

QString JsonLocator::pathAt(qsizetype offset) const
{
    // Of the values that contain the offset, the smallest is the innermost. Unclosed values
    // (after a syntax error) run to the end of the text and are reported innermost first.
    QString best = QStringLiteral("$");
    qsizetype bestSize = -1;
    Walker walker(m_json);
    walker.walk([&](Event event, const QString& path, qsizetype begin, qsizetype end) {
        if (event == Event::Begin)
            return true;
        if (begin <= offset && offset <= end && (bestSize < 0 || end - begin < bestSize)) {
            best = path;
            bestSize = end - begin;
        }
        return true;
    });
    return best;
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

} // namespace cloudcheck
