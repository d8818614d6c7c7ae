#include "RunPlan.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace cloudcheck {

namespace {

const QString kCustomerIdTemplate = QStringLiteral("{customerId}");

void appendUnique(QStringList& list, const QStringList& values)
{
    for (const QString& value : values) {
        if (!list.contains(value))
            list << value;
    }
}

} // namespace

QStringList RunPlan::effectiveServices(const Catalog& catalog, const QStringList& requested)
{
    QStringList result;
    for (const Service& service : catalog.services) {
        if (requested.isEmpty() || requested.contains(service.id) || service.alwaysIncluded)
            result << service.id;
    }
    return result;
}

QString RunPlan::validateCustomerId(const QString& customerId)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (label.match(customerId).hasMatch())
        return {};
    return tr("A Customer ID has 1 to 63 letters, digits or hyphens (not at the start or end); "
              "\"%1\" is not one. Find it under Account Settings in the Citrix Cloud console.")
        .arg(customerId);
}

RunPlan RunPlan::build(const Catalog& catalog, const RunSettings& settings)
{
    RunPlan plan;
    plan.services = effectiveServices(catalog, settings.services);
    const bool haveCustomerId =
        !settings.customerId.isEmpty() && validateCustomerId(settings.customerId).isEmpty();
    QHash<QString, qsizetype> indexById;

    for (const CatalogEntry& entry : catalog.entries) {
        if (!entry.profiles.contains(settings.profile))
            continue;
        QStringList credited;
        for (const QString& service : plan.services) {
            if (entry.services.contains(service))
                credited << service;
        }
        if (credited.isEmpty())
            continue;

        for (const QString& hostTemplate : entry.hosts) {
            const bool templated = hostTemplate.contains(kCustomerIdTemplate);
            QString host = hostTemplate;
            if (!templated || haveCustomerId) // an unfilled template keeps its readable spelling
                host = host.replace(kCustomerIdTemplate, settings.customerId).toLower();
            const QString id =
                schemeName(entry.scheme) + QStringLiteral("://") + host + u':' + QString::number(entry.port);

            qsizetype index = indexById.value(id, -1);
            if (index < 0) {
                Target target;
                target.id = id;
                target.host = host;
                target.port = entry.port;
                target.scheme = entry.scheme;
                target.needsCustomerId = templated && !haveCustomerId;
                index = plan.targets.size();
                indexById.insert(id, index);
                plan.targets << target;
            }
            Target& target = plan.targets[index];
            appendUnique(target.patterns, {entry.pattern});
            appendUnique(target.entryIds, {entry.id});
            appendUnique(target.services, credited);
            appendUnique(target.expectedIssuers, entry.expectedIssuers);
            appendUnique(target.links, entry.links);
            if (entry.cipherPolicy != CipherPolicy::Any)
                target.cipherPolicy = entry.cipherPolicy;
            target.purposes << entry.purpose;
            if (entry.serves && !target.serves) {
                target.serves = entry.serves;
                target.sampleIssuer = entry.sampleIssuer;
            }
            if (entry.serves == target.serves) {
                for (const QString& sample : entry.sampleUrls) {
                    if (QUrl(sample).host().compare(host, Qt::CaseInsensitive) == 0)
                        appendUnique(target.sampleUrls, {sample});
                }
            }
            target.required = target.required || entry.level == RequirementLevel::Required;
            if (entry.confidence == Confidence::Documented)
                target.confidence = Confidence::Documented;
            if (entry.hostConfidence == Confidence::Documented)
                target.hostConfidence = Confidence::Documented;
        }
    }
    // A service this role uses no address of is left out, so its verdict is not reported as
    // "not checked" for a machine that never needs it.
    QStringList used;
    for (const Target& target : std::as_const(plan.targets))
        appendUnique(used, target.services);
    plan.services.removeIf([&](const QString& service) { return !used.contains(service); });
    // Services keep catalog order inside each target, whatever order entries credited them in.
    for (Target& target : plan.targets) {
        QStringList ordered;
        for (const QString& service : plan.services) {
            if (target.services.contains(service))
                ordered << service;
        }
        target.services = ordered;
    }
    return plan;
}

} // namespace cloudcheck
