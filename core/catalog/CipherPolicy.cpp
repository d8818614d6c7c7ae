#include "CipherPolicy.h"

#include "support/EnumNames.h"

namespace cloudcheck {

namespace {
constexpr EnumNames<CipherPolicy, 1> kPolicies({{{CipherPolicy::CitrixIngress, "citrix-ingress"}}});
} // namespace

QString cipherPolicyName(CipherPolicy policy)
{
    return kPolicies.name(policy);
}

std::optional<CipherPolicy> cipherPolicyFromName(QStringView name)
{
    return kPolicies.fromName(name);
}

QStringList cipherPolicyNames()
{
    return kPolicies.names();
}

QList<CipherSuite> cipherSuitesFor(CipherPolicy policy)
{
    switch (policy) {
    case CipherPolicy::Any:
        return {};
    case CipherPolicy::CitrixIngress:
        // CTX335879, "For TLS 1.2, the following cipher suites are supported by the new ingress
        // method", in the article's order. All four need an RSA certificate.
        return {
            {QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384"),
             QStringLiteral("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384")},
            {QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"),
             QStringLiteral("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")},
            {QStringLiteral("DHE-RSA-AES256-GCM-SHA384"),
             QStringLiteral("TLS_DHE_RSA_WITH_AES_256_GCM_SHA384")},
            {QStringLiteral("DHE-RSA-AES128-GCM-SHA256"),
             QStringLiteral("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256")},
        };
    }
    return {};
}

} // namespace cloudcheck
