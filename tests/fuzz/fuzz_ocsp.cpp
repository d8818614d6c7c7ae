// OcspCheck::evaluate: an OCSP responder's answer (plain HTTP again) for the fixed request about
// the test leaf, verified against its issuer as the only trusted root.
#include "FuzzInput.h"
#include "FuzzPki.h"
#include "revocation/OcspCheck.h"

using namespace cloudcheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const fuzz::FuzzPki& pki = fuzz::fuzzPki();
    const RevocationStatus status = OcspCheck::evaluate(pki.ocspRequestDer, fuzz::bytes(data, size),
                                                        pki.subject, pki.issuer, fuzz::fuzzTrustStore());
    fuzz::require(status.outcome == RevocationOutcome::Invalid || !status.problem.has_value(),
                  "an OCSP outcome has no problem");
    return 0;
}
