#pragma once

#include "platform/HostPlatform.h"
#include "readiness/RuleResult.h"

#include <array>

namespace cloudcheck::readiness {

// HOST_CIPHERS_MISSING: a cipher suite order set by Group Policy that leaves out all four suites
// the Citrix Cloud ingress accepts for TLS 1.2 (CTX335879). Without the policy Windows offers
// its own list, which has them on every supported server.
class CipherSuitePolicyRule
{
public:
    static constexpr const char* kId = "cipher_suites";
    static constexpr const char* kKey =
        "SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002";
    static constexpr std::array<const char*, 4> kAccepted = {
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"};
    static RuleResult evaluate(const platform::HostPlatform& host);
};

} // namespace cloudcheck::readiness
