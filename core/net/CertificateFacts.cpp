#include "CertificateFacts.h"

#include "support/UntrustedText.h"

#include <QCryptographicHash>

namespace cloudcheck {

namespace {

QString joined(const QStringList& parts)
{
    return parts.join(QStringLiteral(", "));
}

// Certificate fields are chosen by whoever made the certificate: an interceptor or a hostile
// server can put terminal escapes, bidi overrides or invisible characters into O= and CN=.
// Every field is made safe here, once, before any report, log or view sees it.
QString safe(const QString& text)
{
    return UntrustedText::forDisplay(text);
}

QStringList safe(const QStringList& texts)
{
    QStringList result;
    for (const QString& text : texts)
        result << safe(text);
    return result;
}

QString distinguishedName(const QSslCertificate& certificate, bool issuer)
{
    const auto info = [&](QSslCertificate::SubjectInfo field) {
        return joined(safe(issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field)));
    };
    QStringList parts;
    if (const QString cn = info(QSslCertificate::CommonName); !cn.isEmpty())
        parts << QStringLiteral("CN=") + cn;
    if (const QString o = info(QSslCertificate::Organization); !o.isEmpty())
        parts << QStringLiteral("O=") + o;
    if (const QString c = info(QSslCertificate::CountryName); !c.isEmpty())
        parts << QStringLiteral("C=") + c;
    return safe(joined(parts));
}

QJsonArray subjectAltNames(const QSslCertificate& certificate)
{
    QJsonArray result;
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (result.size() >= CertificateFacts::kMaxAltNames)
            break;
        const QString kind = it.key() == QSsl::DnsEntry         ? QStringLiteral("DNS:")
                             : it.key() == QSsl::IpAddressEntry ? QStringLiteral("IP:")
                                                                : QStringLiteral("email:");
        result.append(safe(kind + it.value()));
    }
    return result;
}

// Letters and digits only, lower case, without a trailing legal form: "DigiCert, Inc.",
// "DigiCert Inc" and "DIGICERT INC." are one organization, as are "Microsoft Corporation" and
// "Microsoft Corp.". Only trailing words go, and never the last one left, so "Corp Inspection"
// stays itself.
QString normalizedOrganization(const QString& name)
{
    static const QStringList legalForms{QStringLiteral("inc"),  QStringLiteral("incorporated"),
                                        QStringLiteral("ltd"),  QStringLiteral("limited"),
                                        QStringLiteral("corp"), QStringLiteral("corporation"),
                                        QStringLiteral("co"),   QStringLiteral("llc"),
                                        QStringLiteral("plc"),  QStringLiteral("gmbh")};
    QStringList words;
    QString word;
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty() && c != u'.' && c != u'\'') {
            words << std::exchange(word, QString());
        }
    }
    if (!word.isEmpty())
        words << word;
    while (words.size() > 1 && legalForms.contains(words.last()))
        words.removeLast();
    return words.join(QString());
}

} // namespace

QJsonObject CertificateFacts::describe(const QSslCertificate& certificate)
{
    return {
        {QStringLiteral("subject"), distinguishedName(certificate, false)},
        {QStringLiteral("issuer"), distinguishedName(certificate, true)},
        {QStringLiteral("subjectOrganization"),
         safe(joined(safe(certificate.subjectInfo(QSslCertificate::Organization))))},
        {QStringLiteral("issuerOrganization"),
         safe(joined(safe(certificate.issuerInfo(QSslCertificate::Organization))))},
        {QStringLiteral("subjectAltNames"), subjectAltNames(certificate)},
        {QStringLiteral("notBefore"), certificate.effectiveDate().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("notAfter"), certificate.expiryDate().toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sha256"),
         QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper())},
        {QStringLiteral("serial"), UntrustedText::forDisplay(certificate.serialNumber())},
    };
}

QJsonArray CertificateFacts::describeChain(const QList<QSslCertificate>& chain)
{
    QJsonArray result;
    for (const QSslCertificate& certificate : chain) {
        if (result.size() >= kMaxChainLength)
            break;
        result.append(describe(certificate));
    }
    return result;
}

QStringList CertificateFacts::issuerOrganizations(const QList<QSslCertificate>& chain)
{
    QStringList result;
    for (const QSslCertificate& certificate : chain) {
        for (const QString& organization : safe(certificate.issuerInfo(QSslCertificate::Organization))) {
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
