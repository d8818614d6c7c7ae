#include "CertificateFactory.h"

#include "support/OpenSslHandles.h"

#include <QByteArray>
#include <QFile>
#include <QtDebug>
#include <ctime>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace cctest {

namespace {

using namespace cloudcheck::openssl;

// The OpenSSL error queue is the only place the reason for a failure is recorded; drain it so a
// failing test shows why and later OpenSSL calls (including Qt's) do not see stale errors.
void logOpenSslFailure(const char* what)
{
    qWarning("CertificateFactory: %s failed%s", what, takeErrors().constData());
}

PkeyPtr generateKey(CertificateFactory::KeyType type = CertificateFactory::KeyType::Ec)
{
    if (type == CertificateFactory::KeyType::Rsa)
        return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
    return PkeyPtr(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

QByteArray bioContents(BIO* bio)
{
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, qsizetype(length)) : QByteArray();
}

QByteArray privateKeyPem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioContents(bio.get());
}

QByteArray certificatePem(X509* certificate)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1)
        return {};
    return bioContents(bio.get());
}

PkeyPtr keyFromQt(const QSslKey& key)
{
    const QByteArray pem = key.toPem();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return PkeyPtr(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

X509Ptr certificateFromQt(const QSslCertificate& certificate)
{
    const QByteArray pem = certificate.toPem();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

// 159 random bits keep the serial positive and within RFC 5280's 20-octet limit while making a
// collision between certificates of one test run practically impossible.
bool setRandomSerial(X509* certificate)
{
    BignumPtr serial(BN_new());
    if (!serial || BN_rand(serial.get(), 159, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1)
        return false;
    return BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) != nullptr;
}

bool addNameEntry(X509_NAME* name, const char* field, const QString& value)
{
    if (value.isEmpty())
        return true;
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(utf8.constData()),
                                      int(utf8.size()), -1, 0) == 1;
}

bool setSubject(X509* certificate, const QString& commonName, const QString& organization)
{
    X509_NAME* name = X509_get_subject_name(certificate);
    return addNameEntry(name, "O", organization) && addNameEntry(name, "CN", commonName);
}

bool setValidity(X509* certificate, const QDateTime& notBefore, const QDateTime& notAfter)
{
    return ASN1_TIME_set(X509_getm_notBefore(certificate), std::time_t(notBefore.toSecsSinceEpoch())) &&
           ASN1_TIME_set(X509_getm_notAfter(certificate), std::time_t(notAfter.toSecsSinceEpoch()));
}

bool addExtension(X509* certificate, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

// Shared by CA and leaf: everything except extensions that differ between the two.
X509Ptr newCertificate(EVP_PKEY* subjectKey, const QString& commonName, const QString& organization,
                       const QDateTime& notBefore, const QDateTime& notAfter)
{
    X509Ptr certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1 ||
        !setRandomSerial(certificate.get()) || !setSubject(certificate.get(), commonName, organization) ||
        !setValidity(certificate.get(), notBefore, notAfter) ||
        X509_set_pubkey(certificate.get(), subjectKey) != 1)
        return {};
    return certificate;
}

TestIdentity toIdentity(X509* certificate, EVP_PKEY* key, QList<QSslCertificate> issuers)
{
    TestIdentity identity;
    identity.certificate = QSslCertificate(certificatePem(certificate), QSsl::Pem);
    const QSsl::KeyAlgorithm algorithm = EVP_PKEY_is_a(key, "RSA") == 1 ? QSsl::Rsa : QSsl::Ec;
    identity.key = QSslKey(privateKeyPem(key), algorithm, QSsl::Pem, QSsl::PrivateKey);
    identity.issuers = std::move(issuers);
    if (identity.isNull()) {
        qWarning("CertificateFactory: Qt could not load the generated certificate or key");
        return TestIdentity();
    }
    return identity;
}

QByteArray subjectAltNames(const QStringList& dnsNames)
{
    QByteArray value;
    for (const QString& name : dnsNames) {
        if (!value.isEmpty())
            value += ',';
        value += "DNS:" + name.toUtf8();
    }
    return value;
}

} // namespace

TestIdentity CertificateFactory::createCa(const QString& commonName, const QString& organization)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PkeyPtr key = generateKey();
    if (!key) {
        logOpenSslFailure("CA key generation");
        return TestIdentity();
    }
    X509Ptr ca = newCertificate(key.get(), commonName, organization, now.addDays(-1), now.addDays(365));
    if (!ca || X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get())) != 1 ||
        !addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign") ||
        !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash") ||
        X509_sign(ca.get(), key.get(), EVP_sha256()) <= 0) {
        logOpenSslFailure("CA certificate creation");
        return TestIdentity();
    }
    return toIdentity(ca.get(), key.get(), {});
}

TestIdentity CertificateFactory::createLeaf(const TestIdentity& issuer, const QString& commonName,
                                            const LeafOptions& options)
{
    if (issuer.isNull()) {
        qWarning("CertificateFactory: createLeaf called with a null issuer");
        return TestIdentity();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime notAfter = options.notAfter.isValid() ? options.notAfter : now.addDays(30);
    QDateTime notBefore = options.notBefore;
    if (!notBefore.isValid())
        notBefore = qMin(now.addDays(-1), notAfter.addDays(-1));

    PkeyPtr issuerKey = keyFromQt(issuer.key);
    X509Ptr issuerCertificate = certificateFromQt(issuer.certificate);
    PkeyPtr key = generateKey(options.keyType);
    if (!issuerKey || !issuerCertificate || !key) {
        logOpenSslFailure("loading the issuer or generating the leaf key");
        return TestIdentity();
    }

    X509Ptr leaf = newCertificate(key.get(), commonName, options.organization, notBefore, notAfter);
    bool ok = leaf && X509_set_issuer_name(leaf.get(), X509_get_subject_name(issuerCertificate.get())) == 1 &&
              addExtension(leaf.get(), issuerCertificate.get(), NID_basic_constraints, "critical,CA:FALSE") &&
              // RSA leaves also allow key encipherment, as real RSA server certificates do.
              addExtension(leaf.get(), issuerCertificate.get(), NID_key_usage,
                           options.keyType == KeyType::Rsa ? "critical,digitalSignature,keyEncipherment"
                                                           : "critical,digitalSignature") &&
              addExtension(leaf.get(), issuerCertificate.get(), NID_ext_key_usage, "serverAuth") &&
              addExtension(leaf.get(), issuerCertificate.get(), NID_subject_key_identifier, "hash") &&
              addExtension(leaf.get(), issuerCertificate.get(), NID_authority_key_identifier, "keyid:always");
    if (ok && !options.dnsNames.isEmpty())
        ok = addExtension(leaf.get(), issuerCertificate.get(), NID_subject_alt_name,
                          subjectAltNames(options.dnsNames));
    if (!ok || X509_sign(leaf.get(), issuerKey.get(), EVP_sha256()) <= 0) {
        logOpenSslFailure("leaf certificate creation");
        return TestIdentity();
    }

    QList<QSslCertificate> chain{issuer.certificate};
    chain += issuer.issuers;
    return toIdentity(leaf.get(), key.get(), chain);
}

bool CertificateFactory::writePem(const QString& path, const QList<QSslCertificate>& certificates)
{
    QByteArray pem;
    for (const QSslCertificate& certificate : certificates)
        pem += certificate.toPem();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(pem) == pem.size() && file.flush();
}

} // namespace cctest
