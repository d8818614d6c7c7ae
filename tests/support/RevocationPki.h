// A test PKI for revocation, made at test time with the OpenSSL API: a root, an intermediate and
// leaves whose CRL Distribution Points and Authority Information Access (OCSP) point wherever the
// test serves them (loopback ports), CRLs signed by any key with any dates and revoked serials,
// and the index file a real `openssl ocsp` responder reads.
#pragma once

#include "TestIdentity.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QStringList>
#include <functional>
#include <optional>

namespace cctest {

class RevocationPki
{
public:
    struct Addresses
    {
        QStringList crl;  // CRL Distribution Points (URIs)
        QStringList ocsp; // AIA OCSP
        QStringList caIssuers;
    };
    struct Revoked
    {
        QSslCertificate certificate;
        QDateTime revokedAt;
        int reason = 1; // RFC 5280 CRLReason: 1 keyCompromise
    };

    // CA:TRUE, keyCertSign|cRLSign; the intermediate is signed by `issuer` and carries `addresses`.
    static TestIdentity createCa(const QString& commonName, const QString& organization,
                                 const TestIdentity* issuer = nullptr, const Addresses& addresses = {});
    // serverAuth leaf for `dnsNames`, signed by `issuer`, carrying `addresses`.
    static TestIdentity createLeaf(const TestIdentity& issuer, const QString& commonName,
                                   const QStringList& dnsNames, const Addresses& addresses);
    // A DER CRL in `issuer`'s name, signed by `signer` (the issuer itself unless given).
    static QByteArray createCrl(const TestIdentity& issuer, const QList<Revoked>& revoked,
                                const QDateTime& thisUpdate, const QDateTime& nextUpdate,
                                const TestIdentity* signer = nullptr);
    // A DER OCSPResponse with an error status and no body (OCSP_RESPONSE_STATUS_UNAUTHORIZED
    // by default), what a real responder sends for a question it is not authoritative for.
    static QByteArray ocspErrorResponse(int status = 6);
    // A certificate authority's port-80 host for loopback runs: a current CRL signed by `ca` for
    // a GET of a .crl path, `ca`'s certificate (DER) for a .crt path, an "unauthorized" OCSP
    // answer for a POST; nothing for anything else. For PlainHttpServer::setResponder.
    static std::function<std::optional<QByteArray>(const QByteArray& head)>
    authorityHost(const TestIdentity& ca);
    // `openssl ocsp -index` file: `good` as V, `revoked` as R, everything else is unknown.
    static bool writeOcspIndex(const QString& path, const QList<QSslCertificate>& good,
                               const QList<Revoked>& revoked);
    // Serial as upper-case hex, as the index file and `openssl` print it.
    static QByteArray serialHex(const QSslCertificate& certificate);
    static bool writeFile(const QString& path, const QByteArray& bytes);
};

} // namespace cctest
