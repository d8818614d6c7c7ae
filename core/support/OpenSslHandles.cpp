#include "OpenSslHandles.h"

#include <QTimeZone>
#include <ctime>
#include <openssl/err.h>

namespace cloudcheck::openssl {

X509Ptr toX509(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, long(der.size())));
}

QDateTime toDateTime(const ASN1_TIME* time)
{
    std::tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}

void clearErrors()
{
    ERR_clear_error();
}

QByteArray takeErrors()
{
    QByteArray reasons;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        reasons += QByteArray("; ") + buffer;
    }
    return reasons;
}

} // namespace cloudcheck::openssl
