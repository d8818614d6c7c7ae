#include "RunDiagnosis.h"

#include "Diagnosis.h"
#include "result/StepFacts.h"
#include "support/Language.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace cloudcheck {

namespace {

// A step on the target's path; the informational lookup beside a proxied path is not one.
const StepResult* pathStep(const TargetResult& target, StepKind kind)
{
    for (const StepResult& step : target.steps) {
        if (step.step == kind && !step.details.value(fact::kInformational).toBool())
            return &step;
    }
    return nullptr;
}

bool ran(const TargetResult& target)
{
    return std::any_of(target.steps.begin(), target.steps.end(), [](const StepResult& step) {
        return step.verdict != Verdict::NotRun && !step.details.value(fact::kInformational).toBool();
    });
}

bool stepFailed(const TargetResult& target, StepKind kind)
{
    const StepResult* step = pathStep(target, kind);
    return step && step->verdict == Verdict::Fail;
}

bool stepPassed(const TargetResult& target, StepKind kind)
{
    const StepResult* step = pathStep(target, kind);
    return step && (step->verdict == Verdict::Pass || step->verdict == Verdict::Warn);
}

// The proxy itself failed (not the destination beyond it), in the same way for every address.
bool proxyItselfFailed(const TargetResult& target)
{
    const StepResult* proxy = pathStep(target, StepKind::Proxy);
    if (!proxy || proxy->verdict != Verdict::Fail)
        return false;
    const auto error = readFact<ProxyError>(proxy->details, fact::kError);
    return error && *error != ProxyError::Denied && *error != ProxyError::NoReply;
}

const Finding* findingOf(const TargetResult& target, FindingCode code)
{
    for (const Finding& finding : target.findings) {
        if (finding.code == code)
            return &finding;
    }
    return nullptr;
}

QString hostList(const QList<const TargetResult*>& targets)
{
    constexpr qsizetype kShown = 4;
    QStringList hosts;
    for (const TargetResult* target : targets) {
        if (hosts.size() == kShown) {
            hosts << RunDiagnosis::tr("and %1 more").arg(targets.size() - kShown);
            break;
        }
        hosts << target->target.host + u':' + QString::number(target->target.port);
    }
    return joinList(hosts);
}

QStringList idsOf(const QList<const TargetResult*>& targets)
{
    QStringList ids;
    for (const TargetResult* target : targets)
        ids << target->target.id;
    return ids;
}

Verdict severityOf(const QList<const TargetResult*>& targets)
{
    for (const TargetResult* target : targets) {
        if (target->target.required)
            return Verdict::Fail;
    }
    return Verdict::Warn;
}

FindingCode commonestCode(const QList<const TargetResult*>& targets, const QList<FindingCode>& candidates)
{
    FindingCode best = candidates.first();
    qsizetype bestCount = -1;
    for (FindingCode code : candidates) {
        const qsizetype count = std::count_if(targets.begin(), targets.end(),
                                              [code](const TargetResult* t) { return findingOf(*t, code); });
        if (count > bestCount) {
            best = code;
            bestCount = count;
        }
    }
    return best;
}

} // namespace

QList<RunInsight> RunDiagnosis::insights(const RunResult& run)
{
    QList<RunInsight> result;
    QSet<QString> covered;
    QList<const TargetResult*> probed;
    for (const TargetResult& target : run.targets) {
        if (ran(target))
            probed << &target;
    }

    // One proxy fails every address sent to it: name the proxy once, not each address.
    QMap<QString, QList<const TargetResult*>> byProxy;
    QMap<QString, qsizetype> proxiedCount;
    for (const TargetResult* target : std::as_const(probed)) {
        if (!target->route.isProxied())
            continue;
        const QString key = target->route.proxyAuthority() + u'\n' + Diagnosis::routeOrigin(target->route);
        ++proxiedCount[key];
        if (proxyItselfFailed(*target))
            byProxy[key] << target;
    }
    for (auto it = byProxy.cbegin(); it != byProxy.cend(); ++it) {
        if (it->size() < 2 || it->size() != proxiedCount.value(it.key()))
            continue;
        const TargetResult* example = it->first();
        const FindingCode code =
            commonestCode(*it, {FindingCode::ProxyUnreachable, FindingCode::ProxyAuthRequired,
                                FindingCode::ProxyPacFailed});
        const Finding* finding = findingOf(*example, code);
        const QString proxy = example->route.proxyAuthority();
        const QString origin = Diagnosis::routeOrigin(example->route);
        QString message;
        if (code == FindingCode::ProxyAuthRequired) {
            message = tr("The proxy %1 (from %2) asks for authentication for all %3 addresses sent to it.")
                          .arg(proxy, origin, QString::number(it->size()));
        } else if (code == FindingCode::ProxyPacFailed || proxy.isEmpty()) {
            message =
                tr("The proxy setting in %1 cannot be used, so none of the %2 addresses sent to it could be "
                   "checked.")
                    .arg(origin, QString::number(it->size()));
        } else {
            message = tr("The proxy %1 (from %2) did not answer for any of the %3 addresses sent to it.")
                          .arg(proxy, origin, QString::number(it->size()));
        }
        result.append({code,
                       severityOf(*it),
                       message + u' ' + (finding ? finding->message : QString()),
                       finding ? finding->remediation : QString(),
                       finding ? finding->links : QStringList{Diagnosis::kProxyFirewallDoc},
                       idsOf(*it),
                       {}});
        for (const TargetResult* target : *it)
            covered.insert(target->target.id);
    }

    // --compare-direct: several failing addresses work along the other path. One sentence, one fix.
    QMap<QString, QList<const TargetResult*>> byOtherPath;
    for (const TargetResult* target : std::as_const(probed)) {
        const auto& other = target->alternate;
        if (other && other->purpose == AlternatePath::Purpose::CompareDirect &&
            (other->verdict == Verdict::Pass || other->verdict == Verdict::Warn) &&
            !covered.contains(target->target.id))
            byOtherPath[other->route.isProxied() ? other->route.proxyAuthority() : QString()] << target;
    }
    for (auto it = byOtherPath.cbegin(); it != byOtherPath.cend(); ++it) {
        if (it->size() < 2)
            continue;
        const TargetResult* example = it->first();
        const Route& other = example->alternate->route;
        const bool proxyWorks = other.isProxied();
        const QString count = QString::number(it->size());
        RunInsight insight;
        insight.code = example->findings.isEmpty() ? FindingCode::TcpTimeout : example->findings.first().code;
        insight.severity = severityOf(*it);
        insight.message =
            proxyWorks
                ? tr("%1 addresses (%2) fail direct and work through the proxy %3 (from %4): this machine "
                     "reaches the internet only through that proxy.")
                      .arg(count, hostList(*it), it.key(), Diagnosis::routeOrigin(other))
                : tr("%1 addresses (%2) fail through the proxy and work direct: the proxy is what blocks "
                     "them.")
                      .arg(count, hostList(*it));
        insight.remediation =
            proxyWorks
                ? tr("Set that proxy for the Cloud Connector: netsh winhttp set proxy %1 (or netsh winhttp "
                     "import proxy source=ie), then restart the Citrix Cloud services.")
                      .arg(other.proxyAuthority())
                : tr("Fix the proxy's rules for these addresses, or bypass the proxy for them in the Cloud "
                     "Connector's WinHTTP settings (netsh winhttp set proxy ... bypass-list=...).");
        insight.links = {Diagnosis::kProxyFirewallDoc};
        insight.targetIds = idsOf(*it);
        result.append(insight);
        for (const TargetResult* target : *it)
            covered.insert(target->target.id);
    }

    // Nothing resolves: the machine's DNS, not each address, is the problem.
    QList<const TargetResult*> dnsFailed;
    for (const TargetResult* target : std::as_const(probed)) {
        if (stepFailed(*target, StepKind::Dns))
            dnsFailed << target;
    }
    if (probed.size() >= 2 && dnsFailed.size() == probed.size()) {
        const FindingCode code =
            commonestCode(dnsFailed, {FindingCode::DnsNxdomain, FindingCode::DnsServfail,
                                      FindingCode::DnsTimeout, FindingCode::DnsSinkhole});
        result.append(
            {code,
             severityOf(dnsFailed),
             tr("None of the %1 addresses could be resolved: this machine does not resolve public "
                "internet names.")
                 .arg(dnsFailed.size()),
             tr("Check the DNS servers this machine uses (ipconfig /all) and that they forward public "
                "names. Where the internet is reachable only through a proxy, names resolve on the "
                "proxy instead: configure the proxy for the Cloud Connector (netsh winhttp set proxy) "
                "and check again through it."),
             {Diagnosis::kProxyFirewallDoc},
             idsOf(dnsFailed),
             {}});
        for (const TargetResult* target : std::as_const(dnsFailed))
            covered.insert(target->target.id);
    }

    // Everything that resolved fails to connect: outbound traffic is blocked or needs a proxy.
    QList<const TargetResult*> connectable;
    QList<const TargetResult*> tcpFailed;
    for (const TargetResult* target : std::as_const(probed)) {
        if (!stepPassed(*target, StepKind::Dns) || target->target.scheme == Scheme::Udp)
            continue;
        connectable << target;
        if (stepFailed(*target, StepKind::Tcp))
            tcpFailed << target;
    }
    if (connectable.size() >= 2 && tcpFailed.size() == connectable.size()) {
        const FindingCode code = commonestCode(
            tcpFailed, {FindingCode::TcpTimeout, FindingCode::TcpRefused, FindingCode::TcpUnreachable});
        result.append(
            {code,
             severityOf(tcpFailed),
             tr("Direct connections fail for all %1 addresses that resolved (%2): outbound traffic from "
                "this machine is blocked, or must go through a proxy.")
                 .arg(QString::number(tcpFailed.size()), hostList(tcpFailed)),
             tr("Ask the firewall team to allow outbound TCP 443 to the Citrix Cloud addresses, and TCP 80 "
                "to *.digicert.com. If this site uses a proxy, configure it for the Cloud Connector "
                "(netsh winhttp set proxy); the connector supports only proxies without "
                "authentication."),
             {Diagnosis::kProxyFirewallDoc},
             idsOf(tcpFailed),
             {}});
        for (const TargetResult* target : std::as_const(tcpFailed))
            covered.insert(target->target.id);
    } else {
        // Port 80 alone shut while HTTPS works: the connector installer's revocation checks fail.
        QList<const TargetResult*> plainHttp;
        QList<const TargetResult*> plainBlocked;
        bool httpsConnects = false;
        for (const TargetResult* target : std::as_const(connectable)) {
            if (target->target.scheme == Scheme::Http) {
                plainHttp << target;
                if (stepFailed(*target, StepKind::Tcp))
                    plainBlocked << target;
            } else if (stepPassed(*target, StepKind::Tcp)) {
                httpsConnects = true;
            }
        }
        // Two or more: a single blocked host reads better as its own finding.
        if (httpsConnects && plainBlocked.size() >= 2 && plainBlocked.size() == plainHttp.size()) {
            result.append(
                {commonestCode(plainBlocked, {FindingCode::TcpTimeout, FindingCode::TcpRefused,
                                              FindingCode::TcpUnreachable}),
                 severityOf(plainBlocked),
                 tr("Port 80 is blocked for all %1 certificate revocation addresses (%2) while HTTPS "
                    "works. Cloud Connector installations and upgrades will stop with \"verified "
                    "download failed\".")
                     .arg(QString::number(plainBlocked.size()), hostList(plainBlocked)),
                 tr("Allow outbound TCP 80 to *.digicert.com on the firewall, without redirection or "
                    "filtering."),
                 {Diagnosis::kCtx223828},
                 idsOf(plainBlocked),
                 {}});
            for (const TargetResult* target : std::as_const(plainBlocked))
                covered.insert(target->target.id);
        }
    }

    // No revocation address answered anywhere: port 80 is shut, or something answers every
    // port-80 request with its own page. One fix for every https address, worded once.
    QList<const TargetResult*> revocationAsked;
    QList<const TargetResult*> revocationFailed;
    QStringList revocationHosts;
    bool revocationAnswered = false;
    bool sawInvalid = false;
    bool sawUnreachable = false;
    for (const TargetResult* target : std::as_const(probed)) {
        const StepResult* step = pathStep(*target, StepKind::Revocation);
        if (!step || step->verdict == Verdict::NotRun)
            continue;
        revocationAsked << target;
        for (const QJsonValue& value : step->details.value(fact::kChecks).toArray()) {
            const QJsonObject check = value.toObject();
            const auto outcome = readFact<RevocationOutcome>(check, fact::kOutcome);
            if (outcome == RevocationOutcome::Good || outcome == RevocationOutcome::Revoked) {
                revocationAnswered = true;
                continue;
            }
            sawInvalid = sawInvalid || outcome == RevocationOutcome::Invalid;
            sawUnreachable = sawUnreachable || outcome == RevocationOutcome::Unreachable;
            const QString host = check.value(fact::kHost).toString();
            if (!host.isEmpty() && !revocationHosts.contains(host))
                revocationHosts << host;
        }
        if (findingOf(*target, FindingCode::RevocationUnreachable) ||
            findingOf(*target, FindingCode::RevocationInvalid))
            revocationFailed << target;
    }
    if (!revocationAnswered && revocationFailed.size() >= 2 &&
        revocationFailed.size() == revocationAsked.size()) {
        const FindingCode code =
            sawInvalid && !sawUnreachable
                ? FindingCode::RevocationInvalid
                : (sawUnreachable && !sawInvalid
                       ? FindingCode::RevocationUnreachable
                       : commonestCode(revocationFailed,
                                       {FindingCode::RevocationUnreachable, FindingCode::RevocationInvalid}));
        const Finding* example = findingOf(*revocationFailed.first(), code);
        const QString hosts = revocationHosts.join(QStringLiteral(", "));
        result.append(
            {code,
             example ? example->severity : severityOf(revocationFailed),
             (sawInvalid
                  ? tr("No certificate revocation address answered with a valid CRL or OCSP response for any "
                       "of the %1 addresses that need one (%2): port 80 is blocked, or a proxy or filter "
                       "answers every port-80 request with its own page.")
                  : tr("Port 80 is blocked for every certificate revocation address (%2) that the %1 "
                       "addresses need."))
                     .arg(QString::number(revocationFailed.size()), hosts) +
                 u' ' +
                 tr("Cloud Connector installations and upgrades will stop with \"verified download "
                    "failed\"."),
             tr("Allow outbound HTTP (TCP port 80) to %1, directly or through the proxy the machine uses, "
                "without "
                "redirection, block pages or filtering.")
                 .arg(hosts),
             {Diagnosis::kCtx223828},
             idsOf(revocationFailed),
             {}});
        for (const TargetResult* target : std::as_const(revocationFailed))
            covered.insert(target->target.id);
    }

    // Every certificate out of date at once: the local clock is wrong, not the certificates.
    QList<const TargetResult*> judged;
    QList<const TargetResult*> outOfDate;
    for (const TargetResult* target : std::as_const(probed)) {
        const StepResult* certificate = target->step(StepKind::Certificate);
        if (!certificate || certificate->verdict == Verdict::NotRun)
            continue;
        judged << target;
        if (findingOf(*target, FindingCode::CertExpired) || findingOf(*target, FindingCode::CertNotYetValid))
            outOfDate << target;
    }
    if (outOfDate.size() >= 2 && outOfDate.size() == judged.size()) {
        result.append(
            {commonestCode(outOfDate, {FindingCode::CertNotYetValid, FindingCode::CertExpired}),
             severityOf(outOfDate),
             tr("Every certificate checked (%1 addresses) is outside its validity period by this "
                "machine's clock, which says %2 UTC: the clock is almost certainly wrong.")
                 .arg(QString::number(outOfDate.size()),
                      QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
             tr("Set the correct date, time and time zone, and synchronise with a reliable NTP source "
                "(w32tm /resync on Windows). TLS and token validation fail until the clock is "
                "right."),
             {},
             idsOf(outOfDate),
             {}});
        for (const TargetResult* target : std::as_const(outOfDate))
            covered.insert(target->target.id);
    }

    // One inspecting device re-signs many addresses: one exclusion request, not one per host.
    QMap<QString, QList<const TargetResult*>> byIssuer;
    for (const TargetResult* target : std::as_const(probed)) {
        if (!findingOf(*target, FindingCode::TlsIntercepted))
            continue;
        const StepResult* certificate = target->step(StepKind::Certificate);
        const QJsonArray issuers =
            certificate ? certificate->details.value(fact::kIssuerOrganizations).toArray() : QJsonArray();
        byIssuer[issuers.isEmpty() ? QString() : issuers.first().toString()] << target;
    }
    for (auto it = byIssuer.cbegin(); it != byIssuer.cend(); ++it) {
        if (it->size() < 2)
            continue;
        result.append({FindingCode::TlsIntercepted,
                       severityOf(*it),
                       tr("SSL decryption by \"%1\" re-signs %2 addresses (%3).")
                           // One multi-arg call: the issuer comes from the network, and a "%2"
                           // in it must stay text rather than be filled by a later .arg().
                           .arg(it.key(), QString::number(it->size()), hostList(*it)),
                       tr("Exclude the Citrix Cloud and Azure domains from SSL decryption on that device, as "
                          "CTX221535 describes. The Cloud Connector fails through inspection."),
                       {Diagnosis::kCtx221535},
                       idsOf(*it),
                       {}});
        for (const TargetResult* target : *it)
            covered.insert(target->target.id);
    }

    // The rest, grouped by code so a repeated cause is listed once.
    QList<RunInsight> grouped;
    for (const TargetResult& target : run.targets) {
        if (covered.contains(target.target.id))
            continue;
        for (const Finding& finding : target.findings) {
            auto it = std::find_if(grouped.begin(), grouped.end(),
                                   [&](const RunInsight& insight) { return insight.code == finding.code; });
            if (it == grouped.end()) {
                grouped.append({finding.code,
                                finding.severity,
                                finding.message,
                                finding.remediation,
                                finding.links,
                                {target.target.id},
                                {}});
                continue;
            }
            if (!it->targetIds.contains(target.target.id))
                it->targetIds << target.target.id;
            // The example shown is the most severe one (a required address over a recommended).
            if (finding.severity > it->severity) {
                it->severity = finding.severity;
                it->message = finding.message;
                it->remediation = finding.remediation;
            }
            for (const QString& link : finding.links) {
                if (!it->links.contains(link))
                    it->links << link;
            }
        }
    }
    for (RunInsight& insight : grouped) {
        if (insight.targetIds.size() > 1) {
            insight.message = tr("%1 addresses, for example: %2")
                                  .arg(QString::number(insight.targetIds.size()), insight.message);
        }
    }
    std::stable_sort(grouped.begin(), grouped.end(), [](const RunInsight& a, const RunInsight& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return a.targetIds.size() > b.targetIds.size();
    });
    result.append(grouped);

    // This machine's own settings go first within their severity: TLS 1.2 switched off, no
    // accepted cipher suite or the DigiCert roots missing stop every connection the Connector
    // makes, whatever the network allows, and the probes (OpenSSL, not SChannel) cannot see it.
    // The sort below is stable, so a failing host check leads the failures and a warning leads the
    // warnings, in the rules' order.
    QList<RunInsight> host;
    for (const HostCheck& check : run.host.checks) {
        for (const Finding& finding : check.findings) {
            RunInsight insight;
            insight.code = finding.code;
            insight.severity = finding.severity;
            insight.message = finding.message;
            insight.remediation = finding.remediation;
            insight.links = finding.links;
            insight.hostCheckIds = {check.id};
            host.append(insight);
        }
    }
    host.append(result);
    result = std::move(host);
    std::stable_sort(result.begin(), result.end(),
                     [](const RunInsight& a, const RunInsight& b) { return a.severity > b.severity; });
    return result;
}

} // namespace cloudcheck
