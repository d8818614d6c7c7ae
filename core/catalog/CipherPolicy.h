#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace cloudcheck {

// Which TLS 1.2 cipher suites an address must be able to negotiate, checked apart from the
// ordinary handshake. The Citrix Cloud ingress accepts four suites only (CTX335879): a path that
// re-terminates TLS with other suites, such as an inspecting proxy, breaks the Cloud Connector
// while a browser, on TLS 1.3, still gets through. Entries without a policy are never judged on
// their suites: Azure, DigiCert and Pendo hosts may rightly use ECDSA certificates and other suites.
enum class CipherPolicy
{
    Any,          // the catalog sets none: no suite check
    CitrixIngress // "citrix-ingress": one of the four TLS 1.2 suites of CTX335879
};

struct CipherSuite
{
    QString openSslName; // as QSslCipher::name() spells it
    QString ianaName;    // as CTX335879 and Windows' cipher suite order policy spell it
};

// The catalog's name ("citrix-ingress"); empty for Any, which has no name in a catalog.
QString cipherPolicyName(CipherPolicy policy);
// Only the names a catalog may use; "any" is the absence of the field, not a value.
std::optional<CipherPolicy> cipherPolicyFromName(QStringView name);
QStringList cipherPolicyNames();
// The suites a policy accepts, most preferred first; empty for Any.
QList<CipherSuite> cipherSuitesFor(CipherPolicy policy);

} // namespace cloudcheck
