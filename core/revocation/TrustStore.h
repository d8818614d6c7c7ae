#pragma once

#include <QList>
#include <QSslCertificate>
#include <memory>

struct x509_store_st;
struct X509_name_st;

namespace cloudcheck {

// The run's trusted roots (the system's plus --ca-file) as OpenSSL wants them, built once per run:
// for completing a presented chain up to its root, and for OCSP_basic_verify.
class TrustStore
{
public:
    // `system`: the machine's roots too. Where OpenSSL has a certificate directory (Linux) it is
    // looked up on demand, which costs nothing up front; elsewhere Qt's list of system roots is
    // loaded (about 0.4 s on a Debian machine, which is why it is not the first choice).
    TrustStore(const QList<QSslCertificate>& trusted, bool system);
    ~TrustStore();
    TrustStore(const TrustStore&) = delete;
    TrustStore& operator=(const TrustStore&) = delete;

    // The verified chain from the leaf to a trusted root, or the presented chain when it cannot
    // be completed (the certificate step has judged trust already; revocation still checks what
    // it can).
    QList<QSslCertificate> complete(const QList<QSslCertificate>& presented) const;
    x509_store_st* get() const;
    // The trusted certificate whose subject is `name` (a CRL's issuer, a catalog's sample root),
    // or a null certificate. Looked up the way OpenSSL looks up issuers: by hashed name.
    QSslCertificate find(const X509_name_st* name) const;
    QSslCertificate find(const QString& slashName) const;

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace cloudcheck
