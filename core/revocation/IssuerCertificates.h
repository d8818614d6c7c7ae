#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>

namespace cloudcheck {

// What an Authority Information Access caIssuers URL serves: the issuing CA's certificate, which
// Windows downloads when a server sends an incomplete chain (cacerts.digicert.com). CAs serve DER
// (.crt, .cer), some PEM, and some a PKCS#7 bundle (.p7c); all three are read with OpenSSL.
class IssuerCertificates
{
public:
    // No more are read from one bundle; a real .p7c holds one or two.
    static constexpr int kMaxCertificates = 16;

    // Empty when the body is none of the three.
    static QList<QSslCertificate> parse(const QByteArray& body);
};

} // namespace cloudcheck
