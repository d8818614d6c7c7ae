// CrlCheck: a CRL as downloaded over plain HTTP (anyone on the path can change it), parsed and,
// when it parses, evaluated for the fixed test leaf against its issuer.
#include "FuzzInput.h"
#include "FuzzPki.h"
#include "revocation/CrlCheck.h"

using namespace cloudcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto crl = CrlCheck::parse(fuzz::bytes(data, size));
    if (!crl)
        return 0;
    const fuzz::FuzzPki& pki = fuzz::fuzzPki();
    (void)CrlCheck::evaluate(*crl, pki.subject, pki.issuer, pki.now);
    // The issuer's own serial, so the lookup also runs for a certificate the CRL may not list.
    (void)CrlCheck::evaluate(*crl, pki.issuer, pki.issuer, pki.now);
    return 0;
}
