#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

namespace cloudcheck {

// Turns certificates and verification errors into the plain facts a report records. Every text
// field passes through UntrustedText::forDisplay: whoever made the certificate chose it.
class CertificateFacts
{
public:
    // Bounds on what one handshake can make a report hold.
    static constexpr qsizetype kMaxChainLength = 16;
    static constexpr qsizetype kMaxAltNames = 100;

    static QJsonObject describe(const QSslCertificate& certificate);
    // The first kMaxChainLength certificates.
    static QJsonArray describeChain(const QList<QSslCertificate>& chain);
    // Organizations (O=) of every issuer in the chain, in chain order, without duplicates, made
    // safe to show (so a zero-width character cannot make "Digi\u200bCert" match "DigiCert").
    static QStringList issuerOrganizations(const QList<QSslCertificate>& chain);
    // True when any issuer organization equals an expected one, ignoring case and punctuation
    // ("DigiCert, Inc." matches "DigiCert Inc"). An empty expectation matches anything.
    static bool hasExpectedIssuer(const QStringList& issuerOrganizations, const QStringList& expected);
    // The report's kind for a verification error: expired, not_yet_valid, hostname_mismatch,
    // untrusted, revoked or other.
    static QString errorKind(QSslError::SslError error);
};

} // namespace cloudcheck
