#pragma once

#include "catalog/CipherPolicy.h"
#include "catalog/EndpointTypes.h"
#include "catalog/LocalizedText.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace cloudcheck {

// One host, port and scheme to probe, merged from every catalog entry that needs it.
struct Target
{
    QString id; // scheme://host:port
    QString host;
    quint16 port = 443;
    Scheme scheme = Scheme::Https;
    QStringList patterns;
    QStringList entryIds;
    QStringList services;
    QList<LocalizedText> purposes;
    bool required = false;
    Confidence confidence = Confidence::Inferred;     // of the pattern
    Confidence hostConfidence = Confidence::Inferred; // of this host as a probe for it
    QStringList expectedIssuers;
    // Set when any entry asking for this host names a policy (only citrix-ingress exists).
    CipherPolicy cipherPolicy = CipherPolicy::Any;
    QStringList links;
    // A {customerId} host planned without a Customer ID: reported not_run, never probed.
    bool needsCustomerId = false;
    // A certificate authority's host, checked by downloading what it serves (CatalogEntry::serves).
    std::optional<RevocationRole> serves;
    QStringList sampleUrls; // only those on this host
    QString sampleIssuer;
};

} // namespace cloudcheck
