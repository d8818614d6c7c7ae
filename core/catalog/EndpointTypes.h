#pragma once

#include <QString>
#include <optional>

namespace cloudcheck {

enum class Scheme
{
    Https,
    Http,
    Udp
};
enum class RequirementLevel
{
    Required,
    Recommended
};
enum class Confidence
{
    Documented,
    Inferred
};
// Which machine the check is for: a Cloud Connector host, an admin's browser workstation, or a
// session host (VDA) whose HDX traffic reaches the Gateway service itself (Rendezvous).
enum class Profile
{
    Connector,
    Browser,
    Vda
};

// What a certificate authority's plain-HTTP host serves, for a catalog address that is checked by
// downloading it (`serves` in the catalog) rather than by an HTTP request for `/`.
enum class RevocationRole
{
    Crl,
    Ocsp,
    IssuerCertificates // Authority Information Access caIssuers: intermediate certificates
};

QString schemeName(Scheme scheme);
std::optional<Scheme> schemeFromName(QStringView name);
QString levelName(RequirementLevel level);
std::optional<RequirementLevel> levelFromName(QStringView name);
QString confidenceName(Confidence confidence);
std::optional<Confidence> confidenceFromName(QStringView name);
QString profileName(Profile profile);
std::optional<Profile> profileFromName(QStringView name);
QString revocationRoleName(RevocationRole role);
std::optional<RevocationRole> revocationRoleFromName(QStringView name);

} // namespace cloudcheck
