#include "AllowlistDriftReport.h"

#include "support/UntrustedText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace cloudcheck {

namespace {

constexpr qsizetype kSectionLength = 80;

// Section names come from the answer's keys and names: text CloudCheck did not write.
QStringList shownSections(const QStringList& sections)
{
    QStringList shown;
    for (const QString& section : sections)
        shown << UntrustedText::forDisplay(section, kSectionLength);
    return shown;
}

} // namespace

QString AllowlistDriftReport::text(const AllowlistDrift& drift)
{
    QString out;
    QTextStream stream(&out);
    stream << tr("Catalog %1 compared with Citrix's Connectivity AllowList answer %2")
                  .arg(drift.catalog, UntrustedText::forDisplay(drift.source))
           << "\n"
           << tr("Citrix lists %1 names and %2 IP ranges; the catalog has %3 entries, %4 of them listed by "
                 "Citrix.")
                  .arg(drift.citrixNames)
                  .arg(drift.ranges.size())
                  .arg(drift.listed.size() + drift.unlisted.size())
                  .arg(drift.listed.size())
           << "\n";
    if (!drift.hasDrift())
        stream << "\n"
               << tr("No difference: every name Citrix lists is checked, and Citrix lists every entry.")
               << "\n";

    if (!drift.unchecked.isEmpty()) {
        stream << "\n"
               << tr("Listed by Citrix, not checked by this catalog (%1):").arg(drift.unchecked.size())
               << "\n";
        for (const AllowlistDrift::Unchecked& address : drift.unchecked) {
            stream << "  " << address.address << "  ["
                   << shownSections(address.sections).join(QStringLiteral(", ")) << "]\n";
        }
        stream << "  "
               << tr("Fix: add the addresses this machine's role needs to a local catalog "
                     "(cloudcheck-cli --export-catalog, then --catalog), and report them so the "
                     "built-in catalog gains them.")
               << "\n";
    }
    if (!drift.unlisted.isEmpty()) {
        stream << "\n" << tr("In the catalog, not listed by Citrix (%1):").arg(drift.unlisted.size()) << "\n";
        for (const AllowlistDrift::Unlisted& entry : drift.unlisted) {
            stream << "  " << entry.entryId << "  " << entry.pattern << "  ("
                   << tr("probe: %1; pattern %2")
                          .arg(entry.hosts.join(QStringLiteral(", ")), confidenceName(entry.confidence))
                   << ")\n";
        }
        stream << "  "
               << tr("These come from other sources (Azure, certificate authorities, Citrix documentation "
                     "pages); docs/catalog-sources.md gives each one's evidence.")
               << "\n";
    }
    const int byHostOnly =
        int(std::count_if(drift.listed.cbegin(), drift.listed.cend(),
                          [](const AllowlistDrift::Listed& l) { return !l.patternListed; }));
    if (byHostOnly > 0) {
        stream << "\n"
               << tr("Listed by Citrix through a probe host only (the catalog's pattern is wider):") << "\n";
        for (const AllowlistDrift::Listed& entry : drift.listed) {
            if (!entry.patternListed)
                stream << "  " << entry.entryId << "  " << entry.pattern << "  <- " << entry.listedAs << "\n";
        }
    }
    if (!drift.ranges.isEmpty()) {
        stream << "\n"
               << tr("%1 IP ranges are listed but not compared: CloudCheck checks names, which is what "
                     "Citrix asks firewalls to allow where they can.")
                      .arg(drift.ranges.size())
               << "\n";
    }
    if (drift.inboundSkipped > 0) {
        stream << tr("%1 inbound entries (Citrix connecting in) were left out.").arg(drift.inboundSkipped)
               << "\n";
    }
    return out;
}

QByteArray AllowlistDriftReport::json(const AllowlistDrift& drift)
{
    QJsonArray unchecked;
    for (const AllowlistDrift::Unchecked& address : drift.unchecked) {
        unchecked.append(QJsonObject{{u"address"_s, address.address},
                                     {u"sections"_s, QJsonArray::fromStringList(address.sections)}});
    }
    QJsonArray unlisted;
    for (const AllowlistDrift::Unlisted& entry : drift.unlisted) {
        unlisted.append(QJsonObject{{u"entry"_s, entry.entryId},
                                    {u"pattern"_s, entry.pattern},
                                    {u"hosts"_s, QJsonArray::fromStringList(entry.hosts)},
                                    {u"confidence"_s, confidenceName(entry.confidence)}});
    }
    QJsonArray listed;
    for (const AllowlistDrift::Listed& entry : drift.listed) {
        listed.append(QJsonObject{{u"entry"_s, entry.entryId},
                                  {u"pattern"_s, entry.pattern},
                                  {u"listedAs"_s, entry.listedAs},
                                  {u"patternListed"_s, entry.patternListed}});
    }
    const QJsonObject root{{u"source"_s, drift.source},
                           {u"catalog"_s, drift.catalog},
                           {u"citrixNames"_s, drift.citrixNames},
                           {u"ranges"_s, QJsonArray::fromStringList(drift.ranges)},
                           {u"inboundSkipped"_s, drift.inboundSkipped},
                           {u"drift"_s, drift.hasDrift()},
                           {u"notInCatalog"_s, unchecked},
                           {u"notListedByCitrix"_s, unlisted},
                           {u"listed"_s, listed}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace cloudcheck
