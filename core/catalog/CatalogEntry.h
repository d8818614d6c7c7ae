#pragma once

#include "CipherPolicy.h"
#include "EndpointTypes.h"
#include "LocalizedText.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace cloudcheck {

// One documented address requirement, with the concrete hosts that stand in for its pattern.
struct CatalogEntry
{
    QString id;
    QStringList services;
    QString pattern;
    QStringList hosts; // may hold the {customerId} template
    Scheme scheme = Scheme::Https;
    quint16 port = 443;
    LocalizedText purpose;
    RequirementLevel level = RequirementLevel::Required;
    QList<Profile> profiles{Profile::Connector, Profile::Browser};
    // The pattern and the probe hosts are judged apart: a documented wildcard is often probed
    // through a host CloudCheck chose to stand in for it.
    Confidence confidence = Confidence::Documented;
    QString source;
    Confidence hostConfidence = Confidence::Documented;
    QString hostSource;
    QStringList expectedIssuers;
    // Citrix ingress hosts only: the TLS 1.2 suites they accept are checked with a handshake of
    // their own.
    CipherPolicy cipherPolicy = CipherPolicy::Any;
    QStringList links;
    // A certificate authority's port-80 host, checked with a real download (docs/decisions.md #40):
    // the URLs the run's own certificate chains name on this host, or these samples when no chain
    // names one. `sampleIssuer` (OCSP) is the root whose certificate a sample OCSP question is
    // about, in OpenSSL's "/C=US/O=…/CN=…" form.
    std::optional<RevocationRole> serves;
    QStringList sampleUrls;
    QString sampleIssuer;
};

} // namespace cloudcheck
