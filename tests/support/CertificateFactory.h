// Creates throwaway CAs and server certificates with OpenSSL so TLS tests need no files on disk.
// Every certificate gets a fresh random serial; keys are EC P-256 (fast to generate, accepted by
// every TLS 1.2/1.3 stack) unless a leaf asks for RSA: the TLS 1.2 suites the Citrix Cloud ingress
// accepts (ECDHE-RSA and DHE-RSA, CTX335879) need an RSA certificate, and an EC one can use none
// of them. Failures return a null TestIdentity and log the OpenSSL error queue.
#pragma once

#include "TestIdentity.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace cctest {

class CertificateFactory
{
public:
    enum class KeyType
    {
        Ec, // P-256
        Rsa // 2048 bits
    };

    struct LeafOptions
    {
        QStringList dnsNames;
        QString organization = QStringLiteral("CloudCheck Test Services");
        // Invalid means now - 1 day, or notAfter - 1 day when notAfter is earlier than that, so
        // an expired leaf only needs notAfter set.
        QDateTime notBefore;
        // Invalid means now + 30 days.
        QDateTime notAfter;
        KeyType keyType = KeyType::Ec;
    };

    // Self-signed, CA:TRUE, keyUsage keyCertSign|cRLSign, valid from yesterday for a year.
    static TestIdentity createCa(const QString& commonName, const QString& organization);
    // CN=commonName, SAN DNS entries from options.dnsNames, EKU serverAuth, signed by issuer.
    static TestIdentity createLeaf(const TestIdentity& issuer, const QString& commonName,
                                   const LeafOptions& options);
    static bool writePem(const QString& path, const QList<QSslCertificate>& certificates);
};

} // namespace cctest
