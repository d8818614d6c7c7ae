#pragma once

#include "EndpointTypes.h"
#include "LocalizedText.h"

#include <QList>
#include <QStringList>

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
    Confidence confidence = Confidence::Documented;
    QString source;
    QStringList expectedIssuers;
    QStringList links;
};

} // namespace cloudcheck
