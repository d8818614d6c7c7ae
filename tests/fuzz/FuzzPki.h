// The fixed PKI the revocation fuzz targets evaluate against, made once with the openssl command
// line (see corpus/README.md): a CA, a leaf (serial 0x1001) it issued, and the OCSP request (with a
// nonce) for that leaf. The seed CRLs and OCSP responses in corpus/crl and corpus/ocsp are signed
// by this CA, so the fuzzer starts from inputs that pass signature checks and reach the lookups.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>

namespace cloudcheck {
class TrustStore;
}

namespace cloudcheck::fuzz {

struct FuzzPki
{
    QSslCertificate issuer;
    QSslCertificate subject;
    QByteArray ocspRequestDer;
    // A fixed "now" inside every seed's validity window, so CRL results never depend on the clock.
    QDateTime now;
};

// Built on first use and kept for the life of the process.
const FuzzPki& fuzzPki();
// The issuer as the only trusted root (no system roots).
const TrustStore& fuzzTrustStore();

} // namespace cloudcheck::fuzz
