#include "ProbeRunner.h"

#include "diagnosis/Diagnosis.h"
#include "diagnosis/HostDiagnosis.h"
#include "host/HostChecks.h"
#include "pac/PacEvaluator.h"
#include "pac/PacScriptFetch.h"
#include "probe/TargetProbe.h"
#include "probe/TunnelHold.h"
#include "result/StepFacts.h"
#include "revocation/RevocationService.h"
#include "route/RouteResolver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSysInfo>
#include <algorithm>

Q_LOGGING_CATEGORY(lcRun, "cloudcheck.run")

namespace cloudcheck {

ProbeRunner::ProbeRunner(QObject* parent) : QObject(parent) {}

ProbeRunner::~ProbeRunner()
{
    cancel();
}

QByteArray ProbeRunner::userAgent()
{
    return "CloudCheck/" + QCoreApplication::applicationVersion().toLatin1();
}

void ProbeRunner::start(const RunPlan& plan, const RunSettings& settings, const CatalogInfo& catalog)
{
    cancel();
    m_run = {};
    m_run.toolVersion = QCoreApplication::applicationVersion();
    m_run.catalog = catalog;
    m_run.settings = settings;
    m_run.settings.proxyPassword.clear(); // the result is what reports render: no password in it
    m_run.services = plan.services;
    m_run.environment.hostname = QSysInfo::machineHostName();
    m_run.environment.os = QSysInfo::prettyProductName();
    // Every route of the run is decided here, on the worker thread: the system proxy query is
    // not safe to run on two threads at once (RouteResolver).
    m_resolver = std::make_unique<RouteResolver>(settings.proxy, settings.profile);
    m_run.environment.systemProxy = m_resolver->describeSystemProxy();
    m_run.startedAt = QDateTime::currentDateTimeUtc();
    // This machine's own settings first: registry and store reads take milliseconds, and a
    // cancelled run still reports them.
    m_run.host = HostChecks::run(settings.profile);
    HostDiagnosis::apply(m_run.host);
    emit hostChecked(m_run.host);

    m_context = {};
    m_context.timeoutMs = settings.timeoutMs;
    m_context.overrides = settings.overrides;
    m_context.userAgent = userAgent();
    m_context.tls = QSslConfiguration::defaultConfiguration();
    m_context.tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_context.tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!settings.extraCaCertificates.isEmpty())
        m_context.tls.addCaCertificates(settings.extraCaCertificates);
    m_context.profile = settings.profile;
    m_context.proxyCredentials = {settings.proxy.user, settings.proxyPassword};
    m_concurrency = qMax(1, settings.concurrency);
    // CRL and OCSP downloads are shared by every target of the run, and each URL takes its own
    // route from the same resolver, on this thread.
    m_revocation = std::make_unique<RevocationService>(
        [resolver = m_resolver.get()](const QUrl& url) { return resolver->resolve(url); },
        RevocationService::Settings{settings.timeoutMs, settings.overrides, m_context.userAgent,
                                    settings.extraCaCertificates, true});
    m_context.revocation = m_revocation.get();
    QSet<QString> issuerHosts;
    for (const Target& target : plan.targets) {
        if (target.serves == RevocationRole::IssuerCertificates)
            issuerHosts.insert(target.host.toLower());
    }
    m_revocation->prefetchIssuerCertificatesFrom(issuerHosts);

    m_settings = settings;
    m_settings.proxyPassword.clear();
    m_run.targets.clear();
    m_pending.clear();
    m_deferred.clear();
    m_awaitingAlternate.clear();
    m_published.clear();
    m_holdIndex = -1;
    m_holdOutcome.reset();
    m_holdTarget.reset();
    for (const Target& target : plan.targets) {
        TargetResult placeholder;
        placeholder.target = target;
        m_run.targets << placeholder;
    }
    m_running = true;
    qCInfo(lcRun) << "run started:" << plan.targets.size() << "targets, timeout" << settings.timeoutMs
                  << "ms, concurrency" << m_concurrency << ", catalog" << catalog.version;
    if (settings.proxy.mode == ProxySetting::Mode::Pac) {
        preparePac(settings.proxy.url, settings.timeoutMs);
        return;
    }
    if (const auto script = m_resolver->systemPacUrl()) {
        qCInfo(lcRun) << "system proxy: Internet Settings name a PAC script:"
                      << script->toString(QUrl::RemoveUserInfo);
        preparePac(*script, settings.timeoutMs);
        return;
    }
    planRoutes();
}

void ProbeRunner::preparePac(const QUrl& script, int timeoutMs)
{
    // The script comes straight from its URL (never through a proxy, never WPAD), within the
    // step timeout; a failure gives every address PROXY_PAC_FAILED rather than a silent direct check.
    m_pacFetch = std::make_unique<PacScriptFetch>();
    connect(m_pacFetch.get(), &PacScriptFetch::finished, this, &ProbeRunner::onPacScript);
    connect(m_pacFetch.get(), &PacScriptFetch::failed, this, [this](const QString& reason) {
        qCWarning(lcRun) << "PAC script not fetched:" << reason;
        m_resolver->setPacFailure(reason);
        planRoutes();
    });
    m_pacFetch->start(script, timeoutMs);
}

void ProbeRunner::onPacScript(const QByteArray& script)
{
    QList<PacQuery> queries;
    QStringList keys;
    for (const TargetResult& placeholder : std::as_const(m_run.targets)) {
        const Target& target = placeholder.target;
        if (target.scheme == Scheme::Udp)
            continue;
        const QUrl url = RouteResolver::urlFor(target.scheme, target.host, target.port);
        const QString key = RouteResolver::pacKey(url);
        if (keys.contains(key))
            continue;
        keys << key;
        queries << PacQuery::forUrl(url);
    }
    QList<PacEvaluator::HostPin> pins;
    for (const HostOverride& pinned : std::as_const(m_settings.overrides)) {
        if (!pinned.port)
            pins.append({pinned.host, pinned.address});
    }
    m_pacEvaluator = std::make_unique<PacEvaluator>();
    connect(m_pacEvaluator.get(), &PacEvaluator::finished, this,
            [this, keys](const QList<PacAnswer>& answers) {
                QHash<QString, PacAnswer> byKey;
                for (qsizetype i = 0; i < keys.size() && i < answers.size(); ++i)
                    byKey.insert(keys.at(i), answers.at(i));
                m_resolver->setPacAnswers(byKey);
                planRoutes();
            });
    connect(m_pacEvaluator.get(), &PacEvaluator::failed, this, [this](const QString& reason) {
        qCWarning(lcRun) << "PAC script not evaluated:" << reason;
        m_resolver->setPacFailure(reason);
        planRoutes();
    });
    m_pacEvaluator->evaluate(script, queries, pins, m_settings.timeoutMs);
}

void ProbeRunner::planRoutes()
{
    if (!m_running)
        return;
    for (qsizetype i = 0; i < m_run.targets.size(); ++i) {
        TargetResult& placeholder = m_run.targets[i];
        placeholder.route =
            m_resolver->resolve(placeholder.target.scheme, placeholder.target.host, placeholder.target.port);
        (placeholder.target.serves ? m_deferred : m_pending) << Job{i, placeholder.route, std::nullopt};
    }
    if (m_settings.holdTunnelSeconds > 0)
        startTunnelHold();
    launchMore();
}

void ProbeRunner::startTunnelHold()
{
    // The first https address that goes through a proxy: its tunnel is held beside the checks.
    qsizetype firstHttps = -1;
    for (qsizetype i = 0; i < m_run.targets.size(); ++i) {
        const TargetResult& candidate = m_run.targets.at(i);
        if (candidate.target.scheme != Scheme::Https || candidate.target.needsCustomerId)
            continue;
        if (firstHttps < 0)
            firstHttps = i;
        if (candidate.route.isProxied() && candidate.route.problem.isEmpty() &&
            !candidate.route.proxyHost.isEmpty()) {
            m_holdIndex = i;
            break;
        }
    }
    if (m_holdIndex < 0) {
        // Said on the first https address rather than dropped: the option was asked for.
        m_holdIndex = firstHttps;
        HeldTunnel none;
        none.requestedSeconds = m_settings.holdTunnelSeconds;
        none.error = tr("no address in this run goes through a proxy");
        m_holdOutcome = none;
        return;
    }
    ProbeContext context = m_context;
    context.route = m_run.targets.at(m_holdIndex).route;
    m_hold = new TunnelHold(m_settings.holdTunnelSeconds, context, this);
    connect(m_hold, &TunnelHold::secondsLeft, this, &ProbeRunner::tunnelHoldProgress);
    connect(m_hold, &TunnelHold::finished, this, &ProbeRunner::onTunnelHoldFinished);
    m_hold->start(m_run.targets.at(m_holdIndex).target);
}

void ProbeRunner::onTunnelHoldFinished(const HeldTunnel& outcome)
{
    m_hold->deleteLater();
    m_hold = nullptr;
    m_holdOutcome = outcome;
    if (m_holdTarget) {
        TargetResult result = *std::exchange(m_holdTarget, std::nullopt);
        publish(m_holdIndex, result);
        return;
    }
    if (m_running)
        launchMore(); // finishes the run when nothing else is left
}

void ProbeRunner::launchMore()
{
    // A probe may finish synchronously (a pinned name that fails at once); the guard keeps that
    // from re-entering this loop.
    if (m_launching)
        return;
    m_launching = true;
    if (!m_deferred.isEmpty() && !chainsStillComing())
        m_pending += std::exchange(m_deferred, {});
    while (m_running && !m_pending.isEmpty() && m_active.size() < m_concurrency) {
        const Job job = m_pending.takeFirst();
        const Target& target = m_run.targets.at(job.index).target;
        if (!job.alternate && job.route.triedBefore.isEmpty())
            emit targetStarted(target.id);
        ProbeContext context = m_context;
        context.route = job.route;
        auto* probe = new TargetProbe(target, context, this);
        m_active.insert(probe, job);
        if (!job.alternate)
            connect(probe, &TargetProbe::stepFinished, this, &ProbeRunner::stepFinished);
        connect(probe, &TargetProbe::finished, this, [this, probe] {
            const Job finishedJob = m_active.take(probe);
            probe->deleteLater();
            onProbeFinished(finishedJob, probe->result());
        });
        probe->start();
    }
    m_launching = false;
    if (m_running && m_pending.isEmpty() && m_deferred.isEmpty() && m_active.isEmpty() && !m_hold)
        finishRun();
}

bool ProbeRunner::chainsStillComing() const
{
    const auto presentsChain = [this](const Job& job) {
        return !job.alternate && m_run.targets.at(job.index).target.scheme == Scheme::Https;
    };
    return std::any_of(m_pending.cbegin(), m_pending.cend(), presentsChain) ||
           std::any_of(m_active.cbegin(), m_active.cend(), presentsChain);
}

void ProbeRunner::onProbeFinished(const Job& job, TargetResult result)
{
    // PAC failover: a proxy that cannot be reached gives way to the answer's next entry.
    if (m_running && !result.cancelled) {
        if (const StepResult* proxy = result.step(StepKind::Proxy)) {
            const auto error = readFact<ProxyError>(proxy->details, fact::kError);
            const bool unreachable = error == ProxyError::Refused || error == ProxyError::Unreachable ||
                                     error == ProxyError::Timeout || error == ProxyError::NameNotResolved;
            if (unreachable) {
                if (auto next = result.route.failOver(factName(*error))) {
                    m_pending.prepend(Job{job.index, *next, job.alternate});
                    launchMore();
                    return;
                }
            }
        }
    }
    Diagnosis::apply(result);
    if (job.alternate) {
        TargetResult primary = m_awaitingAlternate.take(job.index);
        primary.alternate =
            AlternatePath{*job.alternate, result.route, result.verdict, result.steps, result.findings, {}};
        Diagnosis::apply(primary);
        publish(job.index, primary);
        return;
    }
    if (m_running && !result.cancelled &&
        (result.verdict == Verdict::Fail || result.verdict == Verdict::Error)) {
        if (auto second = alternateJob(job.index, result)) {
            m_awaitingAlternate.insert(job.index, result);
            m_pending.prepend(*second);
            launchMore();
            return;
        }
        if (m_settings.compareDirect && result.target.scheme != Scheme::Udp) {
            // Nothing to compare with: said once, in the address's own words (Diagnosis).
            result.alternate =
                AlternatePath{AlternatePath::Purpose::CompareDirect, Route{}, Verdict::NotRun, {}, {}, {}};
        }
    }
    publish(job.index, result);
}

std::optional<ProbeRunner::Job> ProbeRunner::alternateJob(qsizetype index, const TargetResult& result) const
{
    const Target& target = result.target;
    if (const auto route = m_resolver->alternate(target.scheme, target.host, target.port)) {
        // The PAC's answer may be the very path already taken (DIRECT): nothing new to learn.
        const bool samePath = route->isProxied() == result.route.isProxied() &&
                              route->proxyAuthority() == result.route.proxyAuthority() &&
                              route->problem.isEmpty();
        if (!samePath)
            return Job{index, *route, AlternatePath::Purpose::PacForConnector};
        return std::nullopt;
    }
    if (m_settings.compareDirect) {
        if (const auto route = m_resolver->otherPath(target.scheme, target.host, target.port, result.route))
            return Job{index, *route, AlternatePath::Purpose::CompareDirect};
    }
    return std::nullopt;
}

void ProbeRunner::publish(qsizetype index, TargetResult result)
{
    if (index == m_holdIndex) {
        if (m_hold) {
            m_holdTarget = result; // reported once its tunnel has been held
            return;
        }
        result.heldTunnel = m_holdOutcome;
    }
    Diagnosis::apply(result);
    m_published.insert(index);
    m_run.targets[index] = result;
    qCInfo(lcRun).noquote() << result.target.id << verdictName(result.verdict) << result.durationMs << "ms"
                            << (result.findings.isEmpty() ? QString()
                                                          : findingCodeName(result.findings.first().code));
    emit targetFinished(result);
    if (m_running)
        launchMore();
}

void ProbeRunner::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_run.cancelled = true;
    if (m_revocation)
        m_revocation->cancel();
    if (m_hold) {
        m_hold->abort();
        m_hold->deleteLater();
        m_hold = nullptr;
    }
    if (m_holdTarget)
        publish(m_holdIndex, *std::exchange(m_holdTarget, std::nullopt));
    if (m_pacFetch)
        m_pacFetch->abort();
    if (m_pacEvaluator)
        m_pacEvaluator->abort();
    const auto active = m_active.keys();
    for (TargetProbe* probe : active)
        probe->cancel(); // finishes synchronously and reports through onProbeFinished()
    const QList<Job> pending = std::exchange(m_pending, {}) + std::exchange(m_deferred, {});
    for (const Job& job : pending) {
        if (job.alternate)
            continue; // its primary result is published below, as it stands
        TargetResult result;
        result.target = m_run.targets.at(job.index).target;
        result.route = job.route;
        result.cancelled = true;
        publish(job.index, result);
    }
    const QList<qsizetype> waiting = m_awaitingAlternate.keys();
    for (const qsizetype index : waiting)
        publish(index, m_awaitingAlternate.take(index));
    // Addresses still waiting for the PAC script had no route yet.
    for (qsizetype i = 0; i < m_run.targets.size(); ++i) {
        if (m_run.targets.at(i).steps.isEmpty() && !m_run.targets.at(i).cancelled &&
            m_run.targets.at(i).verdict == Verdict::NotRun && !m_published.contains(i)) {
            TargetResult result = m_run.targets.at(i);
            result.cancelled = true;
            publish(i, result);
        }
    }
    finishRun();
}

void ProbeRunner::finishRun()
{
    m_running = false;
    m_run.finishedAt = QDateTime::currentDateTimeUtc();
    m_run.environment.clockSkewSeconds = RunResult::medianClockSkew(m_run.targets);
    qCInfo(lcRun) << "run finished:" << verdictName(m_run.summary().verdict)
                  << (m_run.cancelled ? "(cancelled)" : "") << m_run.durationMs() << "ms";
    emit finished(m_run);
}

} // namespace cloudcheck
