// CatalogLoader::parse: a --catalog file is whatever the user (or someone who sent them one) wrote.
#include "FuzzInput.h"
#include "catalog/CatalogLoader.h"

using namespace cloudcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto result = CatalogLoader::parse(fuzz::bytes(data, size), QStringLiteral("fuzz.json"));
    if (const auto* error = std::get_if<CatalogError>(&result))
        fuzz::require(!error->toString().isEmpty(), "a refused catalog says why");
    return 0;
}
