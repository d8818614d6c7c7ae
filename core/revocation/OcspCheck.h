#pragma once

#include "RevocationStatus.h"

#include <QByteArray>
#include <QSslCertificate>
#include <optional>

namespace cloudcheck {

class TrustStore;

// OCSP with the OpenSSL API: a request for one certificate (OCSP_cert_to_id, with a nonce), and
// the verification of the answer (OCSP_basic_verify against the issuer and the trusted roots,
// the certificate's status, the validity window, the nonce).
class OcspCheck
{
public:
    struct Request
    {
        QByteArray der;    // the OCSP request, to POST as application/ocsp-request
        QByteArray certId; // the DER CertID: with the responder's URL, the run's sharing key
    };

    static std::optional<Request> makeRequest(const QSslCertificate& subject, const QSslCertificate& issuer);

    // `requestDer` is the request the answer is for. A response without a nonce is accepted
    // (DigiCert's responders send cached, pre-signed answers); a different nonce is not.
    static RevocationStatus evaluate(const QByteArray& requestDer, const QByteArray& responseBody,
                                     const QSslCertificate& subject, const QSslCertificate& issuer,
                                     const TrustStore& trust);

    // A question for a responder that no certificate of the run names (a catalog's sample): about
    // the root named `issuerName` ("/C=…/O=…/CN=…"), with its key and serial when the trust store
    // holds it (`root`), else with the name alone. Either way a real responder answers in OCSP,
    // usually "unauthorized" or "unknown", which is all the question is for: that port 80 reaches
    // a responder unchanged.
    static std::optional<Request> makeSampleRequest(const QString& issuerName, const QSslCertificate& root);
    // Any OCSP response is an answer; a successful one must also be signed by a trusted responder
    // and answer this request's nonce. `responseStatus` is OpenSSL's name for the response status.
    static RevocationStatus evaluateSample(const QByteArray& requestDer, const QByteArray& responseBody,
                                           const TrustStore& trust, QString* responseStatus);

    static constexpr long kClockToleranceSeconds = 300;
};

} // namespace cloudcheck
