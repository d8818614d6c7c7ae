#include "HttpResponseHead.h"

#include "support/UntrustedText.h"

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

QString HttpResponseHead::displayText(QByteArrayView bytes)
{
    return UntrustedText::forDisplay(bytes.toByteArray());
}

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
    const auto match = statusLine.match(displayText(lines.first().trimmed()));
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
    // IMF-fixdate, RFC 850 and asctime; dates in headers are always GMT. The fields are read
    // one by one and combined in UTC: parsing as local time loses readings that fall into a
    // local daylight-saving gap, and QLocale rejects an RFC 850 date whose weekday does not
    // match its two-digit year read as 19yy.
    static const QRegularExpression imfFixdate(
        QStringLiteral("^[A-Za-z]{3}, (\\d{2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression rfc850(
        QStringLiteral("^[A-Za-z]+, (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression asctime(
        QStringLiteral("^[A-Za-z]{3} ([A-Za-z]{3}) (\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    const QString text = QString::fromLatin1(value.trimmed()).simplified();
    int year = 0;
    QString monthName;
    int day = 0;
    int first = 0; // capture index of the hour
    QRegularExpressionMatch match;
    if (match = imfFixdate.match(text); match.hasMatch()) {
        day = match.captured(1).toInt();
        monthName = match.captured(2);
        year = match.captured(3).toInt();
        first = 4;
    } else if (match = rfc850.match(text); match.hasMatch()) {
        day = match.captured(1).toInt();
        monthName = match.captured(2);
        year = match.captured(3).toInt();
        year += year < 70 ? 2000 : 1900; // two-digit years
        first = 4;
    } else if (match = asctime.match(text); match.hasMatch()) {
        monthName = match.captured(1);
        day = match.captured(2).toInt();
        year = match.captured(6).toInt();
        first = 3;
    } else {
        return std::nullopt;
    }
    int month = 0;
    for (int i = 0; i < 12 && month == 0; ++i) {
        if (monthName.compare(QLatin1String(kMonths[i]), Qt::CaseInsensitive) == 0)
            month = i + 1;
    }
    const QDate date(year, month, day);
    const QTime time(match.captured(first).toInt(), match.captured(first + 1).toInt(),
                     match.captured(first + 2).toInt());
    if (month == 0 || !date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

} // namespace cloudcheck
