#include "HttpMessages.h"

#include <QLocale>
#include <QString>

namespace cctest {

QByteArray httpDate(const QDateTime& time)
{
    // The C locale keeps day and month names English whatever locale the test runs under.
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

QByteArray okResponse(const QDateTime& date)
{
    return "HTTP/1.1 200 OK\r\n"
           "Date: " +
           httpDate(date) +
           "\r\n"
           "Content-Length: 0\r\n"
           "Connection: close\r\n"
           "\r\n";
}

std::optional<QByteArray> requestHead(const QByteArray& received)
{
    static constexpr QByteArrayView terminator("\r\n\r\n");
    const qsizetype end = received.indexOf(terminator);
    if (end >= 0 && end + terminator.size() <= kMaxRequestHead)
        return received.left(end + terminator.size());
    if (received.size() >= kMaxRequestHead)
        return received.left(kMaxRequestHead);
    return std::nullopt;
}

} // namespace cctest
