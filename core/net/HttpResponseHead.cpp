#include "HttpResponseHead.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace cloudcheck {

namespace {

qsizetype headEnd(const QByteArray& data)
{
    const qsizetype crlf = data.indexOf("\r\n\r\n");
    const qsizetype lf = data.indexOf("\n\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return crlf;
    return lf;
}

} // namespace

bool HttpResponseHead::isComplete(const QByteArray& data)
{
    return headEnd(data) >= 0;
}

std::optional<HttpResponseHead> HttpResponseHead::parse(const QByteArray& data)
{
    const qsizetype end = headEnd(data);
    const QByteArray head = end >= 0 ? data.left(end) : data;
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (lines.isEmpty())
        return std::nullopt;

    // "HTTP/1.1 200 OK", "HTTP/1.0 404", "HTTP/1.1 200" (no reason) all occur in the wild.
    static const QRegularExpression statusLine(
        QStringLiteral("^(HTTP/\\d(?:\\.\\d)?)\\s+(\\d{3})(?:\\s+(.*))?$"));
    const auto match = statusLine.match(QString::fromLatin1(lines.first().trimmed()));
    if (!match.hasMatch())
        return std::nullopt;

    HttpResponseHead result;
    result.m_version = match.captured(1);
    result.m_status = match.captured(2).toInt();
    result.m_reason = match.captured(3).trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        if (line.isEmpty())
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !result.m_headers.isEmpty()) {
            // Obsolete line folding: a continuation of the previous header's value.
            result.m_headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a header; keep reading rather than reject a usable response
        result.m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return result;
}

std::optional<QByteArray> HttpResponseHead::header(const QByteArray& name) const
{
    std::optional<QByteArray> value;
    for (const auto& [key, text] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            value = value ? *value + ", " + text : text;
    }
    return value;
}

std::optional<QDateTime> HttpResponseHead::parseHttpDate(const QByteArray& value)
{
    const QString text = QString::fromLatin1(value.trimmed()).simplified();
    const QLocale c = QLocale::c();
    // IMF-fixdate, RFC 850, asctime; dates in headers are always GMT.
    for (const QString& format :
         {QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"), QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),
          QStringLiteral("ddd MMM d HH:mm:ss yyyy")}) {
        QDateTime parsed = c.toDateTime(text, format);
        if (parsed.isValid()) {
            if (parsed.date().year() < 1970)
                parsed = parsed.addYears(100); // two-digit RFC 850 years
            parsed.setTimeZone(QTimeZone::utc());
            return parsed;
        }
    }
    return std::nullopt;
}

} // namespace cloudcheck
