// CaFileLoader::parse (app/cli, compiled in): a --ca-file, PEM blocks among any other text.
#include "CaFileLoader.h"
#include "FuzzInput.h"

using namespace cloudcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto result = CaFileLoader::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.pem"));
    if (const auto* certificates = std::get_if<QList<QSslCertificate>>(&result)) {
        fuzz::require(!certificates->isEmpty(), "an accepted CA file holds a certificate");
        for (const QSslCertificate& certificate : *certificates)
            fuzz::require(!certificate.isNull(), "an accepted certificate is not null");
    } else {
        fuzz::require(!std::get<QString>(result).isEmpty(), "a refused CA file says why");
    }
    return 0;
}
