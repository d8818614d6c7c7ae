// A certificate, its private key and the chain above it, as the TLS test servers present them.
// Produced by CertificateFactory; plain value type so tests can copy identities between servers.
// The key is always a PEM-loadable QSslKey so QSslConfiguration accepts it unchanged.
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>

namespace cctest {

struct TestIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    // Nearest issuer first; empty for a self-signed root.
    QList<QSslCertificate> issuers;

    bool isNull() const { return certificate.isNull() || key.isNull(); }
};

} // namespace cctest
