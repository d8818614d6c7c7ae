#include "ProbeRunner.h"

#include "diagnosis/Diagnosis.h"
#include "probe/TargetProbe.h"
#include "revocation/RevocationService.h"
#include "route/RouteResolver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSysInfo>

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

    m_run.targets.clear();
    m_pending.clear();
    for (qsizetype i = 0; i < plan.targets.size(); ++i) {
        TargetResult placeholder;
        placeholder.target = plan.targets.at(i);
        placeholder.route =
            m_resolver->resolve(placeholder.target.scheme, placeholder.target.host, placeholder.target.port);
        m_run.targets << placeholder;
        m_pending << i;
    }
    m_running = true;
    qCInfo(lcRun) << "run started:" << plan.targets.size() << "targets, timeout" << settings.timeoutMs
                  << "ms, concurrency" << m_concurrency << ", catalog" << catalog.version;
    launchMore();
}

void ProbeRunner::launchMore()
{
    // A probe may finish synchronously (a pinned name that fails at once); the guard keeps that
    // from re-entering this loop.
    if (m_launching)
        return;
    m_launching = true;
    while (m_running && !m_pending.isEmpty() && m_active.size() < m_concurrency) {
        const qsizetype index = m_pending.takeFirst();
        const Target& target = m_run.targets.at(index).target;
        emit targetStarted(target.id);
        ProbeContext context = m_context;
        context.route = m_run.targets.at(index).route;
        auto* probe = new TargetProbe(target, context, this);
        m_active.insert(probe, index);
        connect(probe, &TargetProbe::stepFinished, this, &ProbeRunner::stepFinished);
        connect(probe, &TargetProbe::finished, this, [this, probe] {
            const qsizetype finishedIndex = m_active.take(probe);
            probe->deleteLater();
            complete(finishedIndex, probe->result());
        });
        probe->start();
    }
    m_launching = false;
    if (m_running && m_pending.isEmpty() && m_active.isEmpty())
        finishRun();
}

void ProbeRunner::complete(qsizetype index, TargetResult result)
{
    Diagnosis::apply(result);
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
    const auto active = m_active.keys();
    for (TargetProbe* probe : active)
        probe->cancel(); // finishes synchronously and reports through complete()
    for (const qsizetype index : std::as_const(m_pending)) {
        TargetResult result;
        result.target = m_run.targets.at(index).target;
        result.route = m_run.targets.at(index).route;
        result.cancelled = true;
        complete(index, result);
    }
    m_pending.clear();
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
