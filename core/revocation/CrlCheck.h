#pragma once

#include "RevocationStatus.h"

#include <QByteArray>
#include <QSslCertificate>
#include <memory>

namespace cloudcheck {

class TrustStore;

// A downloaded CRL, parsed once and shared by every certificate of the run that points at it
// (a DigiCert CRL runs to several MB, so it is never parsed twice).
class CrlCheck
{
public:
    class Crl;
    // Most CAs serve DER; PEM is accepted too. Null when the bytes are not a CRL.
    static std::shared_ptr<const Crl> parse(const QByteArray& body);

    // Verifies the CRL against the issuer (name and signature), its dates against `now` (with
    // kClockToleranceSeconds of tolerance) and looks up the subject's serial.
    static RevocationStatus evaluate(const Crl& crl, const QSslCertificate& subject,
                                     const QSslCertificate& issuer, const QDateTime& now);

    // A CRL downloaded from a catalog's sample URL, with no certificate of the run to look up:
    // verified against its issuer when the trust store holds it (`issuerFound`), and dated.
    static RevocationStatus evaluateSample(const Crl& crl, const TrustStore& trust, const QDateTime& now,
                                           bool* issuerFound);

    static constexpr qint64 kClockToleranceSeconds = 300;
};

} // namespace cloudcheck
