#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace cloudcheck {

// The status line and headers of an HTTP/1.x response, parsed leniently: the probe must read
// whatever a proxy, block page or old server sends, and report it rather than give up.
class HttpResponseHead
{
public:
    // Parses the bytes up to the blank line (or all of `data` if it never comes).
    // Returns nullopt when the data does not start like an HTTP response.
    static std::optional<HttpResponseHead> parse(const QByteArray& data);
    // Parses an RFC 7231 HTTP-date, and the obsolete RFC 850 and asctime forms.
    static std::optional<QDateTime> parseHttpDate(const QByteArray& value);
    // True once `data` holds a complete head.
    static bool isComplete(const QByteArray& data);
    // Bytes from the network made safe to show, by UntrustedText::forDisplay: read as UTF-8, with
    // invalid bytes, control, bidi and invisible characters (a terminal escape sequence from a
    // hostile middlebox, say) shown as escapes, and at most 512 characters, so reports print
    // them but never obey them.
    static QString displayText(QByteArrayView bytes);

    QString httpVersion() const { return m_version; }
    int status() const { return m_status; }
    QString reason() const { return m_reason; }
    // Case-insensitive; repeated headers are joined with ", " as RFC 9110 allows.
    std::optional<QByteArray> header(const QByteArray& name) const;
    const QList<QPair<QByteArray, QByteArray>>& headers() const { return m_headers; }

private:
    QString m_version;
    int m_status = 0;
    QString m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

} // namespace cloudcheck
