#include "IssuerCertificates.h"

#include "support/OpenSslHandles.h"

#include <openssl/pkcs7.h>

namespace cloudcheck {

namespace {

QSslCertificate fromX509(X509* x509)
{
    const int length = i2d_X509(x509, nullptr);
    if (length <= 0)
        return QSslCertificate();
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_X509(x509, &out);
    return QSslCertificate(der, QSsl::Der);
}

QList<QSslCertificate> fromPkcs7(const QByteArray& body)
{
    const auto* data = reinterpret_cast<const unsigned char*>(body.constData());
    std::unique_ptr<PKCS7, openssl::Deleter<PKCS7, PKCS7_free>> bundle(
        d2i_PKCS7(nullptr, &data, long(body.size())));
    if (!bundle || OBJ_obj2nid(bundle->type) != NID_pkcs7_signed || !bundle->d.sign)
        return {};
    QList<QSslCertificate> certificates;
    STACK_OF(X509)* stack = bundle->d.sign->cert;
    for (int i = 0; stack && i < sk_X509_num(stack) && i < IssuerCertificates::kMaxCertificates; ++i) {
        const QSslCertificate certificate = fromX509(sk_X509_value(stack, i));
        if (!certificate.isNull())
            certificates << certificate;
    }
    return certificates;
}

} // namespace

QList<QSslCertificate> IssuerCertificates::parse(const QByteArray& body)
{
    QList<QSslCertificate> certificates;
    const auto* data = reinterpret_cast<const unsigned char*>(body.constData());
    if (const openssl::X509Ptr x509{d2i_X509(nullptr, &data, long(body.size()))})
        certificates << fromX509(x509.get());
    else if (body.trimmed().startsWith("-----BEGIN CERTIFICATE-----"))
        certificates = QSslCertificate::fromData(body, QSsl::Pem).mid(0, kMaxCertificates);
    else
        certificates = fromPkcs7(body);
    openssl::clearErrors();
    certificates.removeIf([](const QSslCertificate& certificate) { return certificate.isNull(); });
    return certificates;
}

} // namespace cloudcheck
