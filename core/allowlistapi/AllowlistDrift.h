#pragma once

#include "catalog/EndpointTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cloudcheck {

// The differences between the catalog and Citrix's own allowlist, both ways.
struct AllowlistDrift
{
    // An address Citrix lists that no catalog pattern or probe host covers.
    struct Unchecked
    {
        QString address;
        QStringList sections;
    };
    // A catalog entry none of whose addresses Citrix lists, exactly or under a wildcard.
    struct Unlisted
    {
        QString entryId;
        QString pattern;
        QStringList hosts;
        Confidence confidence = Confidence::Documented;
    };
    // A catalog entry Citrix lists: by its pattern, or only by one of its probe hosts.
    struct Listed
    {
        QString entryId;
        QString pattern;
        QString listedAs; // Citrix's address that lists it
        bool patternListed = false;
    };

    QString source;  // the file or URL the answer came from
    QString catalog; // "name version (date)"
    QList<Unchecked> unchecked;
    QList<Unlisted> unlisted;
    QList<Listed> listed;
    int citrixNames = 0;
    QStringList ranges; // Citrix's IP ranges: counted, not compared
    int inboundSkipped = 0;

    bool hasDrift() const { return !unchecked.isEmpty() || !unlisted.isEmpty(); }
};

} // namespace cloudcheck
