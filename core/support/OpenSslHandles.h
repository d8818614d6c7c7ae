#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <memory>
#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace cloudcheck::openssl {

// Owning handles for the OpenSSL objects the engine (revocation) and the test PKIs use, so no
// path leaks one.
template <typename T, void (*Free)(T*)>
struct Deleter
{
    void operator()(T* object) const { Free(object); }
};

using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using X509CrlPtr = std::unique_ptr<X509_CRL, Deleter<X509_CRL, X509_CRL_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using OcspRequestPtr = std::unique_ptr<OCSP_REQUEST, Deleter<OCSP_REQUEST, OCSP_REQUEST_free>>;
using OcspResponsePtr = std::unique_ptr<OCSP_RESPONSE, Deleter<OCSP_RESPONSE, OCSP_RESPONSE_free>>;
using OcspBasicPtr = std::unique_ptr<OCSP_BASICRESP, Deleter<OCSP_BASICRESP, OCSP_BASICRESP_free>>;
using OcspCertIdPtr = std::unique_ptr<OCSP_CERTID, Deleter<OCSP_CERTID, OCSP_CERTID_free>>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;
using AsnTimePtr = std::unique_ptr<ASN1_TIME, Deleter<ASN1_TIME, ASN1_TIME_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Deleter<X509_NAME, X509_NAME_free>>;

// The OpenSSL form of a Qt certificate (through DER), or null.
X509Ptr toX509(const QSslCertificate& certificate);
// A distinguished name written as OpenSSL's one-line form, "/C=US/O=DigiCert Inc/CN=…", in
// certificate order; null when a part is not `field=value` with a field OpenSSL knows.
X509NamePtr nameFromText(const QString& text);
// A UTC QDateTime from an ASN1_TIME; invalid when there is none.
QDateTime toDateTime(const ASN1_TIME* time);
// Empties OpenSSL's error queue, so a failed parse of hostile bytes leaves nothing behind for
// the next caller (Qt's TLS code reads the same thread-local queue).
void clearErrors();
// Empties the queue too, returning its reasons ("; reason; reason") for a message.
QByteArray takeErrors();

} // namespace cloudcheck::openssl
