#include "CrlCheck.h"

#include "TrustStore.h"
#include "support/OpenSslHandles.h"

#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace cloudcheck {

class CrlCheck::Crl
{
public:
    explicit Crl(openssl::X509CrlPtr crl) : m_crl(std::move(crl)) {}
    X509_CRL* get() const { return m_crl.get(); }

private:
    openssl::X509CrlPtr m_crl;
};

namespace {

QString reasonName(long code)
{
    // RFC 5280 5.3.1 CRLReason; 7 is unused.
    static const char* const names[] = {
        "unspecified",   "keyCompromise",        "cACompromise",    "affiliationChanged",
        "superseded",    "cessationOfOperation", "certificateHold", "",
        "removeFromCRL", "privilegeWithdrawn",   "aACompromise"};
    if (code < 0 || code >= long(std::size(names)) || !*names[code])
        return QStringLiteral("unknown");
    return QLatin1String(names[code]);
}

// thisUpdate and nextUpdate against `now`, with the tolerance; nullopt when current.
std::optional<RevocationProblem> datingProblem(const RevocationStatus& status, const QDateTime& now)
{
    if (!status.thisUpdate.isValid() || status.thisUpdate > now.addSecs(CrlCheck::kClockToleranceSeconds))
        return RevocationProblem::NotYetValid;
    if (status.nextUpdate.isValid() && status.nextUpdate < now.addSecs(-CrlCheck::kClockToleranceSeconds))
        return RevocationProblem::Stale;
    return std::nullopt;
}

} // namespace

std::shared_ptr<const CrlCheck::Crl> CrlCheck::parse(const QByteArray& body)
{
    const auto* data = reinterpret_cast<const unsigned char*>(body.constData());
    openssl::X509CrlPtr crl(d2i_X509_CRL(nullptr, &data, long(body.size())));
    if (!crl && body.trimmed().startsWith("-----BEGIN X509 CRL-----")) {
        std::unique_ptr<BIO, openssl::Deleter<BIO, BIO_free_all>> bio(
            BIO_new_mem_buf(body.constData(), int(qMin<qsizetype>(body.size(), INT_MAX))));
        if (bio)
            crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
    }
    openssl::clearErrors();
    if (!crl)
        return nullptr;
    return std::make_shared<const Crl>(std::move(crl));
}

RevocationStatus CrlCheck::evaluateSample(const Crl& parsed, const TrustStore& trust, const QDateTime& now,
                                          bool* issuerFound)
{
    X509_CRL* crl = parsed.get();
    RevocationStatus status;
    status.thisUpdate = openssl::toDateTime(X509_CRL_get0_lastUpdate(crl));
    status.nextUpdate = openssl::toDateTime(X509_CRL_get0_nextUpdate(crl));
    // A sample CRL is usually a root's (it lists intermediates); its issuer is then in the store.
    const QSslCertificate issuer = trust.find(X509_CRL_get_issuer(crl));
    if (issuerFound)
        *issuerFound = !issuer.isNull();
    if (!issuer.isNull()) {
        const openssl::X509Ptr issuerX509 = openssl::toX509(issuer);
        EVP_PKEY* key = issuerX509 ? X509_get0_pubkey(issuerX509.get()) : nullptr;
        const bool verified = key && X509_CRL_verify(crl, key) == 1;
        openssl::clearErrors();
        if (!verified) {
            status.problem = RevocationProblem::BadSignature;
            return status;
        }
    }
    status.problem = datingProblem(status, now);
    if (!status.problem)
        status.outcome = RevocationOutcome::Good;
    return status;
}

RevocationStatus CrlCheck::evaluate(const Crl& parsed, const QSslCertificate& subject,
                                    const QSslCertificate& issuer, const QDateTime& now)
{
    X509_CRL* crl = parsed.get();
    const openssl::X509Ptr issuerX509 = openssl::toX509(issuer);
    const openssl::X509Ptr subjectX509 = openssl::toX509(subject);
    if (!issuerX509 || !subjectX509)
        return RevocationStatus::invalid(RevocationProblem::NotCrl);

    RevocationStatus status;
    status.thisUpdate = openssl::toDateTime(X509_CRL_get0_lastUpdate(crl));
    status.nextUpdate = openssl::toDateTime(X509_CRL_get0_nextUpdate(crl));

    EVP_PKEY* issuerKey = X509_get0_pubkey(issuerX509.get());
    const bool signedByIssuer =
        X509_NAME_cmp(X509_CRL_get_issuer(crl), X509_get_subject_name(issuerX509.get())) == 0 && issuerKey &&
        X509_CRL_verify(crl, issuerKey) == 1;
    openssl::clearErrors();
    if (!signedByIssuer) {
        status.problem = RevocationProblem::BadSignature;
        return status;
    }
    if (const auto problem = datingProblem(status, now)) {
        status.problem = problem;
        return status;
    }

    X509_REVOKED* entry = nullptr;
    // 1: listed; 2: listed as removeFromCRL (a delta CRL's "no longer on hold"), which is good.
    const int found = X509_CRL_get0_by_serial(crl, &entry, X509_get0_serialNumber(subjectX509.get()));
    if (found == 1 && entry) {
        status.outcome = RevocationOutcome::Revoked;
        status.revokedAt = openssl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
        if (auto* reason = static_cast<ASN1_ENUMERATED*>(
                X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, nullptr, nullptr))) {
            status.revocationReason = reasonName(ASN1_ENUMERATED_get(reason));
            ASN1_ENUMERATED_free(reason);
        }
    } else {
        status.outcome = RevocationOutcome::Good;
    }
    openssl::clearErrors();
    return status;
}

} // namespace cloudcheck
