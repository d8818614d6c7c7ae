// CertificateFacts: every field of a presented certificate (or chain) as the report records it;
// whoever made the certificate chose them. The revocation addresses are read from the same bytes.
#include "FuzzInput.h"
#include "net/CertificateFacts.h"
#include "revocation/RevocationAddresses.h"

#include <QJsonDocument>

using namespace cloudcheck;

namespace {

void describe(const QList<QSslCertificate>& chain)
{
    if (chain.isEmpty())
        return;
    for (const QSslCertificate& certificate : chain) {
        (void)QJsonDocument(CertificateFacts::describe(certificate)).toJson();
        (void)RevocationAddresses::of(certificate);
    }
    const QJsonArray described = CertificateFacts::describeChain(chain);
    fuzz::require(described.size() <= CertificateFacts::kMaxChainLength, "the chain is bounded");
    const QStringList organizations = CertificateFacts::issuerOrganizations(chain);
    for (const QString& organization : organizations)
        fuzz::requireDisplaySafe(organization);
    (void)CertificateFacts::hasExpectedIssuer(organizations, {QStringLiteral("DigiCert Inc")});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    (void)RevocationAddresses::fromDer(input);
    describe(QSslCertificate::fromData(input, QSsl::Der));
    describe(QSslCertificate::fromData(input, QSsl::Pem));
    return 0;
}
