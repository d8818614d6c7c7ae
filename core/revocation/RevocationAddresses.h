#pragma once

#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

namespace cloudcheck {

// Where a certificate says its revocation can be checked: the CRL distribution points and the
// Authority Information Access (OCSP responders and the issuer's certificate), read with the
// OpenSSL API. Only http:// addresses are kept (Windows fetches these over port 80; ldap:// and
// others are never used by the Cloud Connector), at most kMaxPerKind of each, in certificate order.
struct RevocationAddresses
{
    static constexpr qsizetype kMaxPerKind = 8;

    QList<QUrl> crl;
    QList<QUrl> ocsp;
    QList<QUrl> caIssuers;

    bool isEmpty() const { return crl.isEmpty() && ocsp.isEmpty(); }

    static RevocationAddresses of(const QSslCertificate& certificate);
    // Same, from DER bytes (the fuzz target's entry point).
    static RevocationAddresses fromDer(const QByteArray& der);
};

} // namespace cloudcheck
