#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

namespace cloudcheck {

// Turns certificates and verification errors into the plain facts a report records.
class CertificateFacts
{
public:
    static QJsonObject describe(const QSslCertificate& certificate);
    static QJsonArray describeChain(const QList<QSslCertificate>& chain);
    // Organizations (O=) of every issuer in the chain, in chain order, without duplicates.
    static QStringList issuerOrganizations(const QList<QSslCertificate>& chain);
    // True when any issuer organization equals an expected one, ignoring case and punctuation
    // ("DigiCert, Inc." matches "DigiCert Inc"). An empty expectation matches anything.
    static bool hasExpectedIssuer(const QStringList& issuerOrganizations, const QStringList& expected);
    // The report's kind for a verification error: expired, not_yet_valid, hostname_mismatch,
    // untrusted, revoked or other.
    static QString errorKind(QSslError::SslError error);
};

} // namespace cloudcheck
