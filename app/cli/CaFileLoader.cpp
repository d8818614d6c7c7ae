#include "CaFileLoader.h"

#include "support/InputLimits.h"

#include <QFile>
#include <algorithm>

namespace cloudcheck {

QString CaFileLoader::tooLarge(const QString& path, qint64 size)
{
    return tr("%1: the CA file is %2 bytes, more than the limit of %3 bytes (4 MiB)")
        .arg(path)
        .arg(size)
        .arg(InputLimits::kMaxFileBytes);
}

std::variant<QList<QSslCertificate>, QString> CaFileLoader::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1: cannot read the CA file: %2").arg(path, file.errorString());
    if (file.size() > InputLimits::kMaxFileBytes)
        return tooLarge(path, file.size());
    // A pipe or device reports no size: read one byte past the limit to notice.
    const QByteArray pem = file.read(InputLimits::kMaxFileBytes + 1);
    if (pem.size() > InputLimits::kMaxFileBytes)
        return tooLarge(path, pem.size());
    return parse(pem, path);
}

std::variant<QList<QSslCertificate>, QString> CaFileLoader::parse(const QByteArray& pem, const QString& path)
{
    if (pem.size() > InputLimits::kMaxFileBytes)
        return tooLarge(path, pem.size());
    static const QByteArray begin = "-----BEGIN CERTIFICATE-----";
    static const QByteArray end = "-----END CERTIFICATE-----";
    QList<QSslCertificate> certificates;
    qsizetype position = 0;
    qsizetype counted = 0; // lines are counted once, up to `counted`
    int line = 1;
    while ((position = pem.indexOf(begin, position)) >= 0) {
        line += int(std::count(pem.cbegin() + counted, pem.cbegin() + position, '\n'));
        counted = position;
        const qsizetype stop = pem.indexOf(end, position);
        if (stop < 0)
            return tr("%1:%2:1: the certificate that starts here has no END line").arg(path).arg(line);
        const QByteArray block = pem.mid(position, stop + end.size() - position);
        const QList<QSslCertificate> parsed = QSslCertificate::fromData(block, QSsl::Pem);
        if (parsed.size() != 1 || parsed.first().isNull())
            return tr("%1:%2:1: this PEM certificate is damaged and cannot be read").arg(path).arg(line);
        certificates << parsed.first();
        position = stop + end.size();
    }
    if (certificates.isEmpty()) {
        // DER is a common mistake on Windows; accept a single DER certificate too.
        const QList<QSslCertificate> der = QSslCertificate::fromData(pem, QSsl::Der);
        if (der.size() == 1 && !der.first().isNull())
            return der;
        return tr("%1:1:1: no PEM certificate (-----BEGIN CERTIFICATE-----) found").arg(path);
    }
    return certificates;
}

} // namespace cloudcheck
