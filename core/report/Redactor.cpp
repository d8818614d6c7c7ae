#include "Redactor.h"

#include "result/StepFacts.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cloudcheck {

namespace {

// "1.1 proxy.corp (squid/5.7), 1.0 edge" -> ["proxy.corp", "edge"]: the received-by part of each
// element, which names the proxy (RFC 9110, 7.6.3).
QStringList viaNames(const QString& via)
{
    QStringList names;
    for (const QString& element : via.split(u',')) {
        const QStringList words = element.trimmed().split(u' ', Qt::SkipEmptyParts);
        if (words.size() >= 2) {
            QString name = words.at(1);
            if (const qsizetype colon = name.lastIndexOf(u':'); colon > 0 && !name.contains(u']'))
                name = name.left(colon);
            names << name;
        }
    }
    return names;
}

void collectVia(const QJsonValue& value, QStringList& names)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == fact::kVia)
                names += viaNames(it.value().toString());
            else
                collectVia(it.value(), names);
        }
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectVia(item, names);
    }
}

} // namespace

void Redactor::add(const QString& secret, const QString& replacement)
{
    // Two characters or fewer would mask parts of ordinary words; such a name is not identifying.
    if (secret.size() < 3 || secret.startsWith(QStringLiteral("redacted-")))
        return;
    for (const Mask& mask : std::as_const(m_masks)) {
        if (mask.secret.compare(secret, Qt::CaseInsensitive) == 0)
            return;
    }
    // Whole names only: "corp" must not mask part of "corporate".
    QRegularExpression pattern(QStringLiteral("(?<![A-Za-z0-9_-])") + QRegularExpression::escape(secret) +
                                   QStringLiteral("(?![A-Za-z0-9_-])"),
                               QRegularExpression::CaseInsensitiveOption);
    m_masks.append({secret, replacement, pattern});
    // Longest first, so "proxy.corp.example" is masked whole before "proxy" could be.
    std::stable_sort(m_masks.begin(), m_masks.end(),
                     [](const Mask& a, const Mask& b) { return a.secret.size() > b.secret.size(); });
}

void Redactor::addProxyHost(const QString& host)
{
    if (host.isEmpty())
        return;
    for (const Mask& mask : std::as_const(m_masks)) {
        if (mask.secret.compare(host, Qt::CaseInsensitive) == 0)
            return;
    }
    add(host, QStringLiteral("redacted-proxy-%1").arg(++m_proxies));
}

Redactor Redactor::forSettings(const RunSettings& settings, const QString& machineName)
{
    Redactor redactor;
    redactor.add(settings.customerId, QStringLiteral("redacted-customer-id"));
    redactor.add(machineName, QStringLiteral("redacted-machine"));
    // The short name too: Windows reports and proxies often use it without the domain.
    redactor.add(machineName.section(u'.', 0, 0), QStringLiteral("redacted-machine"));
    redactor.add(settings.proxy.user, QStringLiteral("redacted-user"));
    redactor.addProxyHost(settings.proxy.url.host());
    return redactor;
}

Redactor Redactor::forRun(const RunResult& run)
{
    Redactor redactor = forSettings(run.settings, run.environment.hostname);
    const QUrl system(run.environment.systemProxy);
    if (system.isValid() && !system.host().isEmpty())
        redactor.addProxyHost(system.host());
    QStringList via;
    for (const TargetResult& target : run.targets) {
        redactor.addProxyHost(target.route.proxyHost);
        for (const StepResult& step : target.steps)
            collectVia(step.details, via);
    }
    for (const QString& name : std::as_const(via))
        redactor.addProxyHost(name);
    // The host group quotes both Windows proxy settings ("proxy.corp:8080", or per scheme
    // "http=a:8080;https=b:8080"): their hosts are internal names too.
    for (const HostCheck& check : run.host.checks) {
        for (const char* key : {"winHttpProxy", "userProxy"}) {
            for (QString entry :
                 check.details.value(QLatin1String(key)).toString().split(u';', Qt::SkipEmptyParts)) {
                entry = entry.section(u'=', -1).trimmed();
                if (entry.startsWith(u'('))
                    continue; // "(direct)", "(unreadable: ...)"
                const QUrl url(QStringLiteral("http://") + entry);
                if (url.isValid() && !url.host().isEmpty())
                    redactor.addProxyHost(url.host());
            }
        }
    }
    return redactor;
}

QString Redactor::apply(const QString& text) const
{
    QString result = text;
    for (const Mask& mask : m_masks)
        result.replace(mask.pattern, mask.replacement);
    return result;
}

QJsonValue Redactor::apply(const QJsonValue& value) const
{
    if (value.isString())
        return apply(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(apply(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object.insert(it.key(), apply(it.value()));
        return object;
    }
    return value;
}

RunResult Redactor::apply(RunResult run) const
{
    if (!run.settings.customerId.isEmpty())
        run.settings.customerId = QStringLiteral("redacted-customer-id");
    run.settings.proxy.user = apply(run.settings.proxy.user);
    if (!run.settings.proxy.url.host().isEmpty())
        run.settings.proxy.url.setHost(apply(run.settings.proxy.url.host()));
    // The field itself always: a name too short to mask safely in free text still names the machine.
    if (!run.environment.hostname.isEmpty())
        run.environment.hostname = QStringLiteral("redacted-machine");
    run.environment.systemProxy = apply(run.environment.systemProxy);
    for (TargetResult& target : run.targets) {
        target.target.id = apply(target.target.id);
        target.target.host = apply(target.target.host);
        target.route.proxyHost = apply(target.route.proxyHost);
        target.reason = apply(target.reason);
        for (StepResult& step : target.steps)
            step.details = apply(QJsonValue(step.details)).toObject();
        for (Finding& finding : target.findings) {
            finding.message = apply(finding.message);
            finding.remediation = apply(finding.remediation);
        }
    }
    run.host.fakePath = apply(run.host.fakePath);
    for (HostCheck& check : run.host.checks) {
        check.details = apply(QJsonValue(check.details)).toObject();
        for (Finding& finding : check.findings) {
            finding.message = apply(finding.message);
            finding.remediation = apply(finding.remediation);
        }
    }
    return run;
}

} // namespace cloudcheck
