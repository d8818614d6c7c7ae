#include "EndpointTypes.h"

#include "support/EnumNames.h"

namespace cloudcheck {

namespace {
constexpr EnumNames<Scheme, 3>
    kSchemes({{{Scheme::Https, "https"}, {Scheme::Http, "http"}, {Scheme::Udp, "udp"}}});
constexpr EnumNames<RequirementLevel, 2>
    kLevels({{{RequirementLevel::Required, "required"}, {RequirementLevel::Recommended, "recommended"}}});
constexpr EnumNames<Confidence, 2>
    kConfidences({{{Confidence::Documented, "documented"}, {Confidence::Inferred, "inferred"}}});
constexpr EnumNames<Profile, 3>
    kProfiles({{{Profile::Connector, "connector"}, {Profile::Browser, "browser"}, {Profile::Vda, "vda"}}});
constexpr EnumNames<RevocationRole, 3>
    kRevocationRoles({{{RevocationRole::Crl, "crl"},
                       {RevocationRole::Ocsp, "ocsp"},
                       {RevocationRole::IssuerCertificates, "ca_issuers"}}});
} // namespace

QString schemeName(Scheme scheme)
{
    return kSchemes.name(scheme);
}

std::optional<Scheme> schemeFromName(QStringView name)
{
    return kSchemes.fromName(name);
}

QString levelName(RequirementLevel level)
{
    return kLevels.name(level);
}

std::optional<RequirementLevel> levelFromName(QStringView name)
{
    return kLevels.fromName(name);
}

QString confidenceName(Confidence confidence)
{
    return kConfidences.name(confidence);
}

std::optional<Confidence> confidenceFromName(QStringView name)
{
    return kConfidences.fromName(name);
}

QString profileName(Profile profile)
{
    return kProfiles.name(profile);
}

std::optional<Profile> profileFromName(QStringView name)
{
    return kProfiles.fromName(name);
}

QString revocationRoleName(RevocationRole role)
{
    return kRevocationRoles.name(role);
}

std::optional<RevocationRole> revocationRoleFromName(QStringView name)
{
    return kRevocationRoles.fromName(name);
}

} // namespace cloudcheck
