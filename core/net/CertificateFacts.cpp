#include "CertificateFacts.h"

#include <QCryptographicHash>

namespace cloudcheck {

namespace {

QString joined(const QStringList& parts)
{
    return parts.join(QStringLiteral(", "));
}

QString distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        return joined(issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field));
    };
    QStringList parts;
    if (const QString cn = info(QSslCertificate::CommonName); !cn.isEmpty())
        parts << QStringLiteral("CN=") + cn;
    if (const QString o = info(QSslCertificate::Organization); !o.isEmpty())
        parts << QStringLiteral("O=") + o;
    if (const QString c = info(QSslCertificate::CountryName); !c.isEmpty())
        parts << QStringLiteral("C=") + c;
    return joined(parts);
}

QString normalizedOrganization(const QString& name)
{
    QString result;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            result += c.toLower();
    }
    return result;
}

} // namespace

QJsonObject CertificateFacts::describe(const QSslCertificate& certificate)
{
    return {
        {QStringLiteral("subject"), distinguishedName(certificate, false)},
        {QStringLiteral("issuer"), distinguishedName(certificate, true)},
        {QStringLiteral("subjectOrganization"),
         joined(certificate.subjectInfo(QSslCertificate::Organization))},
        {QStringLiteral("issuerOrganization"), joined(certificate.issuerInfo(QSslCertificate::Organization))},
        {QStringLiteral("notBefore"), certificate.effectiveDate().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("notAfter"), certificate.expiryDate().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sha256"),
         QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper())},
        {QStringLiteral("serial"), QString::fromLatin1(certificate.serialNumber())},
    };
}

QJsonArray CertificateFacts::describeChain(const QList<QSslCertificate>& chain)
{
    QJsonArray result;
    for (const QSslCertificate& certificate : chain)
        result.append(describe(certificate));
    return result;
}

QStringList CertificateFacts::issuerOrganizations(const QList<QSslCertificate>& chain)
{
    QStringList result;
    for (const QSslCertificate& certificate : chain) {
        for (const QString& organization : certificate.issuerInfo(QSslCertificate::Organization)) {
            if (!organization.isEmpty() && !result.contains(organization))
                result << organization;
        }
    }
    return result;
}

bool CertificateFacts::hasExpectedIssuer(const QStringList& issuerOrganizations, const QStringList& expected)
{
    if (expected.isEmpty())
        return true;
    for (const QString& found : issuerOrganizations) {
        for (const QString& wanted : expected) {
            if (normalizedOrganization(found) == normalizedOrganization(wanted))
                return true;
        }
    }
    return false;
}

QString CertificateFacts::errorKind(QSslError::SslError error)
{
    switch (error) {
    case QSslError::CertificateExpired:
        return QStringLiteral("expired");
    case QSslError::CertificateNotYetValid:
        return QStringLiteral("not_yet_valid");
    case QSslError::HostNameMismatch:
        return QStringLiteral("hostname_mismatch");
    case QSslError::CertificateRevoked:
        return QStringLiteral("revoked");
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::InvalidCaCertificate:
    case QSslError::CertificateSignatureFailed:
        return QStringLiteral("untrusted");
    default:
        return QStringLiteral("other");
    }
}

} // namespace cloudcheck
