#include "OpenSslHandles.h"

#include <QStringList>
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

X509NamePtr nameFromText(const QString& text)
{
    X509NamePtr name(X509_NAME_new());
    const QStringList parts = text.split(u'/', Qt::SkipEmptyParts);
    if (!name || parts.isEmpty() || !text.startsWith(u'/'))
        return nullptr;
    for (const QString& part : parts) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0 || equals == part.size() - 1)
            return nullptr;
        const QByteArray field = part.left(equals).toLatin1();
        const QByteArray value = part.mid(equals + 1).toUtf8();
        if (X509_NAME_add_entry_by_txt(name.get(), field.constData(), MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>(value.constData()),
                                       int(value.size()), -1, 0) != 1) {
            clearErrors();
            return nullptr;
        }
    }
    return name;
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
