#include "CaFileLoader.h"

#include <QFile>

namespace cloudcheck {

std::variant<QList<QSslCertificate>, QString> CaFileLoader::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1: cannot read the CA file: %2").arg(path, file.errorString());
    return parse(file.readAll(), path);
}

std::variant<QList<QSslCertificate>, QString> CaFileLoader::parse(const QByteArray& pem, const QString& path)
{
    static const QByteArray begin = "-----BEGIN CERTIFICATE-----";
    static const QByteArray end = "-----END CERTIFICATE-----";
    QList<QSslCertificate> certificates;
    qsizetype position = 0;
    while ((position = pem.indexOf(begin, position)) >= 0) {
        const int line = int(pem.left(position).count('\n')) + 1;
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
