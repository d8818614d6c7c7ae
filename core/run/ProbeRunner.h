#pragma once

#include "plan/RunPlan.h"
#include "probe/ProbeContext.h"
#include "result/RunResult.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <memory>

namespace cloudcheck {

class PacEvaluator;
class PacScriptFetch;
class RevocationService;
class RouteResolver;
class TargetProbe;
class TunnelHold;

// Schedules a run's targets on the thread it lives in: at most `concurrency` probes at once,
// each bounded by the step timeout, all stopped at once by cancel(). Every target result is
// diagnosed here, so whoever listens receives findings, never raw facts alone.
//
// With `--proxy pac:` the script is fetched and evaluated for every address first (PacEvaluator),
// then routes are decided. A PAC answer's later entries are tried in order when a proxy cannot
// be reached (failover). When a target fails and another path applies (the PAC's under connector,
// or the other path under --compare-direct), that path is probed too before the target is
// reported, and its outcome is part of the result (TargetResult::alternate).
//
// Certificate authorities' hosts (Target::serves) start once no https address is left to present
// a certificate chain, so their downloads are the ones those chains name, shared.
class ProbeRunner : public QObject
{
    Q_OBJECT

public:
    explicit ProbeRunner(QObject* parent = nullptr);
    ~ProbeRunner() override;

    void start(const cloudcheck::RunPlan& plan, const cloudcheck::RunSettings& settings,
               const cloudcheck::CatalogInfo& catalog);
    void cancel();
    bool isRunning() const { return m_running; }

    static QByteArray userAgent();

signals:
    // The host group, read and worded at the start of the run, before any target.
    void hostChecked(const cloudcheck::HostResult& host);
    void targetStarted(const QString& targetId);
    void stepFinished(const QString& targetId, const cloudcheck::StepResult& step);
    void targetFinished(const cloudcheck::TargetResult& result);
    // --hold-tunnel: the seconds the held tunnel still has to go, once a second.
    void tunnelHoldProgress(int secondsLeft);
    void finished(const cloudcheck::RunResult& result);

private:
    struct Job
    {
        qsizetype index = 0;
        Route route;
        std::optional<AlternatePath::Purpose> alternate; // set for the second path's probe
    };

    void preparePac(const QUrl& script, int timeoutMs);
    void onPacScript(const QByteArray& script);
    void planRoutes();
    void launchMore();
    bool chainsStillComing() const;
    void onProbeFinished(const Job& job, TargetResult result);
    std::optional<Job> alternateJob(qsizetype index, const TargetResult& result) const;
    void publish(qsizetype index, TargetResult result);
    void startTunnelHold();
    void onTunnelHoldFinished(const HeldTunnel& outcome);
    void finishRun();

    RunResult m_run;
    ProbeContext m_context;
    std::unique_ptr<RouteResolver> m_resolver;
    std::unique_ptr<RevocationService> m_revocation;
    std::unique_ptr<PacScriptFetch> m_pacFetch;
    std::unique_ptr<PacEvaluator> m_pacEvaluator;
    RunSettings m_settings;
    int m_concurrency = 16;
    QList<Job> m_pending;
    // Certificate authorities' hosts wait until every https address has presented its chain, so
    // they ask what the chains name (decision 40); they hold no probe slot while they wait.
    QList<Job> m_deferred;
    QHash<TargetProbe*, Job> m_active;
    QHash<qsizetype, TargetResult> m_awaitingAlternate; // primary results whose second path runs
    QSet<qsizetype> m_published;
    TunnelHold* m_hold = nullptr;
    qsizetype m_holdIndex = -1;
    std::optional<HeldTunnel> m_holdOutcome;
    std::optional<TargetResult> m_holdTarget; // finished while its tunnel is still held
    bool m_running = false;
    bool m_launching = false;
};

} // namespace cloudcheck
