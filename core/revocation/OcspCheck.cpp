#include "OcspCheck.h"

#include "TrustStore.h"
#include "support/OpenSslHandles.h"

#include <openssl/x509v3.h>

namespace cloudcheck {

namespace {

QByteArray certIdDer(OCSP_CERTID* id)
{
    const int length = i2d_OCSP_CERTID(id, nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    i2d_OCSP_CERTID(id, &out);
    return der;
}

void freeCertificates(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}

// The request around one CertID, with a nonce, as DER.
std::optional<OcspCheck::Request> requestFor(openssl::OcspCertIdPtr id)
{
    openssl::OcspRequestPtr request(OCSP_REQUEST_new());
    if (!id || !request)
        return std::nullopt;
    OcspCheck::Request result;
    result.certId = certIdDer(id.get());
    // OCSP_request_add0_id takes ownership of the id on success.
    if (!OCSP_request_add0_id(request.get(), id.get()))
        return std::nullopt;
    id.release();
    if (OCSP_request_add1_nonce(request.get(), nullptr, -1) != 1)
        return std::nullopt;
    const int length = i2d_OCSP_REQUEST(request.get(), nullptr);
    if (length <= 0)
        return std::nullopt;
    result.der.resize(length);
    auto* out = reinterpret_cast<unsigned char*>(result.der.data());
    i2d_OCSP_REQUEST(request.get(), &out);
    openssl::clearErrors();
    return result;
}

} // namespace

std::optional<OcspCheck::Request> OcspCheck::makeRequest(const QSslCertificate& subject,
                                                         const QSslCertificate& issuer)
{
    const openssl::X509Ptr subjectX509 = openssl::toX509(subject);
    const openssl::X509Ptr issuerX509 = openssl::toX509(issuer);
    if (!subjectX509 || !issuerX509)
        return std::nullopt;
    // SHA-1 CertID: what every public responder (and Windows) uses.
    return requestFor(openssl::OcspCertIdPtr(OCSP_cert_to_id(nullptr, subjectX509.get(), issuerX509.get())));
}

std::optional<OcspCheck::Request> OcspCheck::makeSampleRequest(const QString& issuerName,
                                                               const QSslCertificate& root)
{
    const openssl::X509Ptr rootX509 = root.isNull() ? nullptr : openssl::toX509(root);
    if (rootX509) {
        return requestFor(openssl::OcspCertIdPtr(OCSP_cert_id_new(
            EVP_sha1(), X509_get_subject_name(rootX509.get()), X509_get0_pubkey_bitstr(rootX509.get()),
            X509_get0_serialNumber(rootX509.get()))));
    }
    const openssl::X509NamePtr name = openssl::nameFromText(issuerName);
    std::unique_ptr<ASN1_BIT_STRING, openssl::Deleter<ASN1_BIT_STRING, ASN1_BIT_STRING_free>> noKey(
        ASN1_BIT_STRING_new());
    std::unique_ptr<ASN1_INTEGER, openssl::Deleter<ASN1_INTEGER, ASN1_INTEGER_free>> serial(
        ASN1_INTEGER_new());
    if (!name || !noKey || !serial || ASN1_INTEGER_set(serial.get(), 1) != 1)
        return std::nullopt;
    return requestFor(
        openssl::OcspCertIdPtr(OCSP_cert_id_new(EVP_sha1(), name.get(), noKey.get(), serial.get())));
}

RevocationStatus OcspCheck::evaluateSample(const QByteArray& requestDer, const QByteArray& responseBody,
                                           const TrustStore& trust, QString* responseStatus)
{
    struct ClearOnExit
    {
        ~ClearOnExit() { openssl::clearErrors(); }
    } clear;

    const auto* data = reinterpret_cast<const unsigned char*>(responseBody.constData());
    openssl::OcspResponsePtr response(d2i_OCSP_RESPONSE(nullptr, &data, long(responseBody.size())));
    if (!response)
        return RevocationStatus::invalid(RevocationProblem::NotOcsp);
    const int code = OCSP_response_status(response.get());
    if (responseStatus)
        *responseStatus = QString::fromLatin1(OCSP_response_status_str(code));
    RevocationStatus status;
    if (code != OCSP_RESPONSE_STATUS_SUCCESSFUL) {
        status.outcome = RevocationOutcome::Good; // a responder, answering in OCSP
        return status;
    }
    openssl::OcspBasicPtr basic(OCSP_response_get1_basic(response.get()));
    if (!basic)
        return RevocationStatus::invalid(RevocationProblem::NotOcsp);
    const auto* requestData = reinterpret_cast<const unsigned char*>(requestDer.constData());
    openssl::OcspRequestPtr request(d2i_OCSP_REQUEST(nullptr, &requestData, long(requestDer.size())));
    const int nonce = request ? OCSP_check_nonce(request.get(), basic.get()) : -1;
    if (nonce == 0) {
        status.problem = RevocationProblem::NonceMismatch;
        return status;
    }
    status.nonce = nonce == 1 ? QStringLiteral("matched") : QStringLiteral("absent");
    if (OCSP_basic_verify(basic.get(), nullptr, trust.get(), 0) != 1) {
        status.problem = RevocationProblem::BadSignature;
        return status;
    }
    status.outcome = RevocationOutcome::Good;
    return status;
}

RevocationStatus OcspCheck::evaluate(const QByteArray& requestDer, const QByteArray& responseBody,
                                     const QSslCertificate& subject, const QSslCertificate& issuer,
                                     const TrustStore& trust)
{
    struct ClearOnExit
    {
        ~ClearOnExit() { openssl::clearErrors(); }
    } clear;

    const auto* data = reinterpret_cast<const unsigned char*>(responseBody.constData());
    openssl::OcspResponsePtr response(d2i_OCSP_RESPONSE(nullptr, &data, long(responseBody.size())));
    if (!response)
        return RevocationStatus::invalid(RevocationProblem::NotOcsp);
    if (OCSP_response_status(response.get()) != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return RevocationStatus::invalid(RevocationProblem::OcspStatus);
    openssl::OcspBasicPtr basic(OCSP_response_get1_basic(response.get()));
    if (!basic)
        return RevocationStatus::invalid(RevocationProblem::NotOcsp);

    RevocationStatus status;
    const auto* requestData = reinterpret_cast<const unsigned char*>(requestDer.constData());
    openssl::OcspRequestPtr request(d2i_OCSP_REQUEST(nullptr, &requestData, long(requestDer.size())));
    // 1: the nonces match; -1: the response has none (a cached answer); 0: they differ.
    const int nonce = request ? OCSP_check_nonce(request.get(), basic.get()) : -1;
    if (nonce == 0) {
        status.problem = RevocationProblem::NonceMismatch;
        return status;
    }
    status.nonce = nonce == 1 ? QStringLiteral("matched") : QStringLiteral("absent");

    const openssl::X509Ptr subjectX509 = openssl::toX509(subject);
    const openssl::X509Ptr issuerX509 = openssl::toX509(issuer);
    if (!subjectX509 || !issuerX509) {
        status.problem = RevocationProblem::NotOcsp;
        return status;
    }
    // The issuer may sign itself or delegate to a responder certificate it issued (carried in the
    // response); either way the signer must chain to a trusted root.
    std::unique_ptr<STACK_OF(X509), openssl::Deleter<STACK_OF(X509), freeCertificates>> extra(
        sk_X509_new_null());
    if (extra && X509_up_ref(issuerX509.get()) == 1)
        sk_X509_push(extra.get(), issuerX509.get());
    if (OCSP_basic_verify(basic.get(), extra.get(), trust.get(), 0) != 1) {
        status.problem = RevocationProblem::BadSignature;
        return status;
    }

    openssl::OcspCertIdPtr id(OCSP_cert_to_id(nullptr, subjectX509.get(), issuerX509.get()));
    int certificateStatus = -1;
    int reason = -1;
    ASN1_GENERALIZEDTIME* revokedAt = nullptr;
    ASN1_GENERALIZEDTIME* thisUpdate = nullptr;
    ASN1_GENERALIZEDTIME* nextUpdate = nullptr;
    if (!id || OCSP_resp_find_status(basic.get(), id.get(), &certificateStatus, &reason, &revokedAt,
                                     &thisUpdate, &nextUpdate) != 1) {
        status.problem = RevocationProblem::NoAnswerForCertificate;
        return status;
    }
    status.thisUpdate = openssl::toDateTime(thisUpdate);
    status.nextUpdate = openssl::toDateTime(nextUpdate);
    if (OCSP_check_validity(thisUpdate, nextUpdate, kClockToleranceSeconds, -1) != 1) {
        status.problem =
            status.thisUpdate.isValid() &&
                    status.thisUpdate > QDateTime::currentDateTimeUtc().addSecs(kClockToleranceSeconds)
                ? RevocationProblem::NotYetValid
                : RevocationProblem::Stale;
        return status;
    }
    switch (certificateStatus) {
    case V_OCSP_CERTSTATUS_GOOD:
        status.outcome = RevocationOutcome::Good;
        break;
    case V_OCSP_CERTSTATUS_REVOKED:
        status.outcome = RevocationOutcome::Revoked;
        status.revokedAt = openssl::toDateTime(revokedAt);
        if (reason >= 0)
            status.revocationReason = QLatin1String(OCSP_crl_reason_str(reason));
        break;
    default:
        status.problem = RevocationProblem::UnknownCertificate;
        break;
    }
    return status;
}

} // namespace cloudcheck
