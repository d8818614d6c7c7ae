#include "RevocationPki.h"

#include "support/OpenSslHandles.h"

#include <QFile>
#include <QtDebug>
#include <ctime>
#include <memory>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace cctest {

namespace {

using namespace cloudcheck::openssl;

void logFailure(const char* what)
{
    qWarning("RevocationPki: %s failed%s", what, takeErrors().constData());
}

QByteArray pemOf(X509* certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), certificate);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(length));
}

QByteArray keyPemOf(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(length));
}

PkeyPtr keyOf(const QSslKey& key)
{
    const QByteArray pem = key.toPem();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return PkeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

X509Ptr x509Of(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, long(der.size())));
}

bool addExtension(X509* certificate, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool addAddresses(X509* certificate, X509* issuer, const RevocationPki::Addresses& addresses)
{
    if (!addresses.crl.isEmpty()) {
        QByteArray value;
        for (const QString& url : addresses.crl)
            value += (value.isEmpty() ? "" : ",") + ("URI:" + url.toUtf8());
        if (!addExtension(certificate, issuer, NID_crl_distribution_points, value))
            return false;
    }
    QByteArray access;
    for (const QString& url : addresses.ocsp)
        access += (access.isEmpty() ? "" : ",") + ("OCSP;URI:" + url.toUtf8());
    for (const QString& url : addresses.caIssuers)
        access += (access.isEmpty() ? "" : ",") + ("caIssuers;URI:" + url.toUtf8());
    return access.isEmpty() || addExtension(certificate, issuer, NID_info_access, access);
}

X509Ptr newCertificate(EVP_PKEY* key, const QString& commonName, const QString& organization)
{
    X509Ptr certificate(X509_new());
    BignumPtr serial(BN_new());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!certificate || !serial || X509_set_version(certificate.get(), X509_VERSION_3) != 1 ||
        BN_rand(serial.get(), 120, BN_RAND_TOP_ONE, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())) ||
        !ASN1_TIME_set(X509_getm_notBefore(certificate.get()),
                       std::time_t(now.addDays(-1).toSecsSinceEpoch())) ||
        !ASN1_TIME_set(X509_getm_notAfter(certificate.get()),
                       std::time_t(now.addDays(60).toSecsSinceEpoch())) ||
        X509_set_pubkey(certificate.get(), key) != 1)
        return {};
    X509_NAME* name = X509_get_subject_name(certificate.get());
    const QByteArray o = organization.toUtf8();
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(o.constData()), int(o.size()), -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(cn.constData()), int(cn.size()), -1, 0);
    return certificate;
}

TestIdentity identityOf(X509* certificate, EVP_PKEY* key, QList<QSslCertificate> issuers)
{
    TestIdentity identity;
    identity.certificate = QSslCertificate(pemOf(certificate), QSsl::Pem);
    identity.key = QSslKey(keyPemOf(key), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    identity.issuers = std::move(issuers);
    return identity;
}

QByteArray indexTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyMMddHHmmss")).toLatin1() + 'Z';
}

} // namespace

QByteArray RevocationPki::serialHex(const QSslCertificate& certificate)
{
    X509Ptr x509 = x509Of(certificate);
    BignumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(x509.get()), nullptr));
    char* hex = BN_bn2hex(serial.get());
    QByteArray result(hex);
    OPENSSL_free(hex);
    return result;
}

TestIdentity RevocationPki::createCa(const QString& commonName, const QString& organization,
                                     const TestIdentity* issuer, const Addresses& addresses)
{
    PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    X509Ptr ca = newCertificate(key.get(), commonName, organization);
    X509Ptr issuerX509 = issuer ? x509Of(issuer->certificate) : nullptr;
    PkeyPtr issuerKey = issuer ? keyOf(issuer->key) : nullptr;
    X509* signerCert = issuer ? issuerX509.get() : ca.get();
    EVP_PKEY* signerKey = issuer ? issuerKey.get() : key.get();
    if (!ca || !signerCert || !signerKey ||
        X509_set_issuer_name(ca.get(), X509_get_subject_name(signerCert)) != 1 ||
        !addExtension(ca.get(), signerCert, NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(ca.get(), signerCert, NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature") ||
        !addExtension(ca.get(), signerCert, NID_subject_key_identifier, "hash") ||
        (issuer && !addExtension(ca.get(), signerCert, NID_authority_key_identifier, "keyid:always")) ||
        !addAddresses(ca.get(), signerCert, addresses) || X509_sign(ca.get(), signerKey, EVP_sha256()) <= 0) {
        logFailure("CA creation");
        return TestIdentity();
    }
    QList<QSslCertificate> chain;
    if (issuer)
        chain = QList<QSslCertificate>{issuer->certificate} + issuer->issuers;
    return identityOf(ca.get(), key.get(), chain);
}

TestIdentity RevocationPki::createLeaf(const TestIdentity& issuer, const QString& commonName,
                                       const QStringList& dnsNames, const Addresses& addresses)
{
    PkeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    X509Ptr leaf = newCertificate(key.get(), commonName, QStringLiteral("CloudCheck Revocation Test"));
    X509Ptr issuerX509 = x509Of(issuer.certificate);
    PkeyPtr issuerKey = keyOf(issuer.key);
    QByteArray names;
    for (const QString& name : dnsNames)
        names += (names.isEmpty() ? "" : ",") + ("DNS:" + name.toUtf8());
    if (!leaf || !issuerX509 || !issuerKey ||
        X509_set_issuer_name(leaf.get(), X509_get_subject_name(issuerX509.get())) != 1 ||
        !addExtension(leaf.get(), issuerX509.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(leaf.get(), issuerX509.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(leaf.get(), issuerX509.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(leaf.get(), issuerX509.get(), NID_authority_key_identifier, "keyid:always") ||
        (!names.isEmpty() && !addExtension(leaf.get(), issuerX509.get(), NID_subject_alt_name, names)) ||
        !addAddresses(leaf.get(), issuerX509.get(), addresses) ||
        X509_sign(leaf.get(), issuerKey.get(), EVP_sha256()) <= 0) {
        logFailure("leaf creation");
        return TestIdentity();
    }
    return identityOf(leaf.get(), key.get(), QList<QSslCertificate>{issuer.certificate} + issuer.issuers);
}

QByteArray RevocationPki::createCrl(const TestIdentity& issuer, const QList<Revoked>& revoked,
                                    const QDateTime& thisUpdate, const QDateTime& nextUpdate,
                                    const TestIdentity* signer)
{
    X509Ptr issuerX509 = x509Of(issuer.certificate);
    PkeyPtr key = keyOf((signer ? *signer : issuer).key);
    X509CrlPtr crl(X509_CRL_new());
    AsnTimePtr last(ASN1_TIME_set(nullptr, std::time_t(thisUpdate.toSecsSinceEpoch())));
    AsnTimePtr next(ASN1_TIME_set(nullptr, std::time_t(nextUpdate.toSecsSinceEpoch())));
    if (!crl || !issuerX509 || !key || X509_CRL_set_version(crl.get(), 1) != 1 ||
        X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(issuerX509.get())) != 1 ||
        X509_CRL_set1_lastUpdate(crl.get(), last.get()) != 1 ||
        X509_CRL_set1_nextUpdate(crl.get(), next.get()) != 1) {
        logFailure("CRL creation");
        return {};
    }
    for (const Revoked& entry : revoked) {
        X509Ptr x509 = x509Of(entry.certificate);
        X509_REVOKED* item = X509_REVOKED_new();
        AsnTimePtr when(ASN1_TIME_set(nullptr, std::time_t(entry.revokedAt.toSecsSinceEpoch())));
        ASN1_ENUMERATED* reason = ASN1_ENUMERATED_new();
        ASN1_ENUMERATED_set(reason, entry.reason);
        X509_REVOKED_set_serialNumber(item, X509_get_serialNumber(x509.get()));
        X509_REVOKED_set_revocationDate(item, when.get());
        X509_REVOKED_add1_ext_i2d(item, NID_crl_reason, reason, 0, 0);
        ASN1_ENUMERATED_free(reason);
        X509_CRL_add0_revoked(crl.get(), item);
    }
    X509_CRL_sort(crl.get());
    if (X509_CRL_sign(crl.get(), key.get(), EVP_sha256()) <= 0) {
        logFailure("CRL signing");
        return {};
    }
    const int length = i2d_X509_CRL(crl.get(), nullptr);
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_X509_CRL(crl.get(), &out);
    return der;
}

QByteArray RevocationPki::ocspErrorResponse(int status)
{
    std::unique_ptr<OCSP_RESPONSE, Deleter<OCSP_RESPONSE, OCSP_RESPONSE_free>> response(
        OCSP_response_create(status, nullptr));
    const int length = response ? i2d_OCSP_RESPONSE(response.get(), nullptr) : 0;
    if (length <= 0) {
        logFailure("OCSP response creation");
        return {};
    }
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_OCSP_RESPONSE(response.get(), &out);
    return der;
}

std::function<std::optional<QByteArray>(const QByteArray&)>
RevocationPki::authorityHost(const TestIdentity& ca)
{
    const auto answer = [](const QByteArray& body, const QByteArray& type) {
        return QByteArray("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    };
    return [ca, answer](const QByteArray& head) -> std::optional<QByteArray> {
        const QByteArray line = head.left(head.indexOf('\n')).trimmed();
        const QList<QByteArray> parts = line.split(' ');
        const QByteArray path = parts.value(1);
        if (parts.value(0) == "POST")
            return answer(ocspErrorResponse(), "application/ocsp-response");
        if (path.endsWith(".crl")) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            return answer(createCrl(ca, {}, now.addSecs(-60), now.addDays(7)), "application/pkix-crl");
        }
        if (path.endsWith(".crt"))
            return answer(ca.certificate.toDer(), "application/pkix-cert");
        return std::nullopt;
    };
}

bool RevocationPki::writeOcspIndex(const QString& path, const QList<QSslCertificate>& good,
                                   const QList<Revoked>& revoked)
{
    QByteArray index;
    const QByteArray expiry = indexTime(QDateTime::currentDateTimeUtc().addDays(60));
    for (const QSslCertificate& certificate : good)
        index += "V\t" + expiry + "\t\t" + serialHex(certificate) + "\tunknown\t/CN=good\n";
    for (const Revoked& entry : revoked)
        index += "R\t" + expiry + '\t' + indexTime(entry.revokedAt) + ",keyCompromise\t" +
                 serialHex(entry.certificate) + "\tunknown\t/CN=revoked\n";
    return writeFile(path, index);
}

bool RevocationPki::writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace cctest
