#pragma once

#include "platform/HostPlatform.h"
#include "readiness/RuleResult.h"

namespace cloudcheck::readiness {

// HOST_ROOTS_MISSING: the DigiCert roots Citrix Cloud's certificates chain to, and (for the
// Connector) the DigiCert G4 code-signing intermediate its binaries are signed under (CTX549325).
// A missing root is a failure when root auto-update is off by policy (Windows cannot fetch it on
// first use) and a warning otherwise; a missing intermediate is a warning, since Windows downloads
// it from cacerts.digicert.com over port 80 when that is allowed (CTX477396).
class DigiCertTrustRule
{
public:
    static constexpr const char* kId = "digicert_trust";
    static constexpr const char* kGlobalRootG2 = "DigiCert Global Root G2";
    static constexpr const char* kTrustedRootG4 = "DigiCert Trusted Root G4";
    static constexpr const char* kCodeSigningG4 = "DigiCert Trusted G4 Code Signing RSA4096 SHA384 2021 CA1";
    static constexpr const char* kAutoUpdateKey =
        "SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\AuthRoot";
    // codeSigning: also ask for the intermediate (the Connector installs signed binaries; a VDA
    // only needs the roots for Citrix Cloud's TLS).
    static RuleResult evaluate(const platform::HostPlatform& host, bool codeSigning);
};

} // namespace cloudcheck::readiness
