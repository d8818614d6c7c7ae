#include "RevocationAddresses.h"

#include "support/OpenSslHandles.h"

#include <openssl/x509v3.h>

namespace cloudcheck {

namespace {

// A URI general name as a fetchable http:// URL, or an invalid QUrl.
QUrl httpUrl(const GENERAL_NAME* name)
{
    if (!name || name->type != GEN_URI || !name->d.uniformResourceIdentifier)
        return {};
    const ASN1_IA5STRING* text = name->d.uniformResourceIdentifier;
    const QByteArray bytes(reinterpret_cast<const char*>(ASN1_STRING_get0_data(text)),
                           qsizetype(ASN1_STRING_length(text)));
    const QUrl url(QString::fromLatin1(bytes), QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(u"http", Qt::CaseInsensitive) != 0 || url.host().isEmpty())
        return {};
    return url;
}

void append(QList<QUrl>& list, const QUrl& url)
{
    if (url.isValid() && !list.contains(url) && list.size() < RevocationAddresses::kMaxPerKind)
        list << url;
}

RevocationAddresses read(X509* certificate)
{
    RevocationAddresses result;
    if (!certificate)
        return result;
    if (auto* points = static_cast<STACK_OF(DIST_POINT)*>(
            X509_get_ext_d2i(certificate, NID_crl_distribution_points, nullptr, nullptr))) {
        for (int i = 0; i < sk_DIST_POINT_num(points); ++i) {
            const DIST_POINT* point = sk_DIST_POINT_value(points, i);
            if (!point->distpoint || point->distpoint->type != 0)
                continue; // a relative name needs the issuer's name; no real CA uses one
            const GENERAL_NAMES* names = point->distpoint->name.fullname;
            for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j)
                append(result.crl, httpUrl(sk_GENERAL_NAME_value(names, j)));
        }
        sk_DIST_POINT_pop_free(points, DIST_POINT_free);
    }
    if (auto* access = static_cast<AUTHORITY_INFO_ACCESS*>(
            X509_get_ext_d2i(certificate, NID_info_access, nullptr, nullptr))) {
        for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(access); ++i) {
            const ACCESS_DESCRIPTION* description = sk_ACCESS_DESCRIPTION_value(access, i);
            const int method = OBJ_obj2nid(description->method);
            if (method == NID_ad_OCSP)
                append(result.ocsp, httpUrl(description->location));
            else if (method == NID_ad_ca_issuers)
                append(result.caIssuers, httpUrl(description->location));
        }
        AUTHORITY_INFO_ACCESS_free(access);
    }
    openssl::clearErrors();
    return result;
}

} // namespace

RevocationAddresses RevocationAddresses::of(const QSslCertificate& certificate)
{
    return read(openssl::toX509(certificate).get());
}

RevocationAddresses RevocationAddresses::fromDer(const QByteArray& der)
{
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    openssl::X509Ptr certificate(d2i_X509(nullptr, &data, long(der.size())));
    return read(certificate.get());
}

} // namespace cloudcheck
