#include "DigiCertTrustRule.h"

namespace cloudcheck::readiness {

using platform::CertificatePresence;
using platform::CertificateStoreName;
using platform::RegistryHive;
using platform::RegistryValue;

namespace {

const char* presenceWord(CertificatePresence presence)
{
    switch (presence) {
    case CertificatePresence::Present:
        return "present";
    case CertificatePresence::Absent:
        return "missing";
    case CertificatePresence::Unreadable:
        return "unreadable";
    }
    return "unreadable";
}

} // namespace

RuleResult DigiCertTrustRule::evaluate(const platform::HostPlatform& host, bool codeSigning)
{
    RuleResult result;
    result.check = kId;
    const RegistryValue autoUpdate =
        host.registry->read(RegistryHive::LocalMachine, kAutoUpdateKey, "DisableRootAutoUpdate");
    const bool autoUpdateOff = autoUpdate.kind == RegistryValue::Kind::Dword && autoUpdate.dword != 0;
    result.addFact("autoUpdateKey",
                   platform::RegistryReader::fullPath(RegistryHive::LocalMachine, kAutoUpdateKey));
    result.addFact("DisableRootAutoUpdate", autoUpdate.display());

    std::string missingRoots;
    std::string missingIntermediates;
    bool unreadable = false;
    for (const char* root : {kGlobalRootG2, kTrustedRootG4}) {
        const CertificatePresence presence = host.certificates->find(CertificateStoreName::Root, root);
        result.addFact(root, presenceWord(presence));
        unreadable = unreadable || presence == CertificatePresence::Unreadable;
        if (presence == CertificatePresence::Absent)
            appendItem(missingRoots, root, ", ");
    }
    if (codeSigning) {
        const CertificatePresence presence =
            host.certificates->find(CertificateStoreName::Intermediate, kCodeSigningG4);
        result.addFact(kCodeSigningG4, presenceWord(presence));
        unreadable = unreadable || presence == CertificatePresence::Unreadable;
        if (presence == CertificatePresence::Absent)
            missingIntermediates = kCodeSigningG4;
    }
    result.addFact("missingRoots", missingRoots);
    result.addFact("missingIntermediates", missingIntermediates);
    if (!missingRoots.empty() && autoUpdateOff)
        result.outcome = Outcome::Fail;
    else if (!missingRoots.empty() || !missingIntermediates.empty())
        result.outcome = Outcome::Warn;
    else if (unreadable) {
        result.reason = "unreadable";
        return result;
    } else
        result.outcome = Outcome::Pass;
    if (result.outcome != Outcome::Pass)
        result.code = "HOST_ROOTS_MISSING";
    return result;
}

} // namespace cloudcheck::readiness
