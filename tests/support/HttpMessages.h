// HTTP framing shared by the loopback servers: the canned response, the Date format the probes
// parse, and where a request head ends. Tests build clock-skew or odd-header responses from
// httpDate() instead of hand-writing dates.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace cctest {

// A client that never sends the blank line still gets an answer once this much has arrived.
inline constexpr qsizetype kMaxRequestHead = 16 * 1024;

// IMF-fixdate (RFC 7231 section 7.1.1.1), e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime& time);

// "HTTP/1.1 200 OK" with Date (of `date`), Content-Length: 0 and Connection: close.
QByteArray okResponse(const QDateTime& date = QDateTime::currentDateTimeUtc());

// The head (through "\r\n\r\n", or the first kMaxRequestHead bytes) once `received` holds one.
std::optional<QByteArray> requestHead(const QByteArray& received);

} // namespace cctest
