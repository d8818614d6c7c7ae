#pragma once

#include "plan/RunPlan.h"
#include "probe/ProbeContext.h"
#include "result/RunResult.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace cloudcheck {

class RevocationService;
class RouteResolver;
class TargetProbe;

// Schedules a run's targets on the thread it lives in: at most `concurrency` probes at once,
// each bounded by the step timeout, all stopped at once by cancel(). Every target result is
// diagnosed here, so whoever listens receives findings, never raw facts alone.
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
    void targetStarted(const QString& targetId);
    void stepFinished(const QString& targetId, const cloudcheck::StepResult& step);
    void targetFinished(const cloudcheck::TargetResult& result);
    void finished(const cloudcheck::RunResult& result);

private:
    void launchMore();
    void complete(qsizetype index, TargetResult result);
    void finishRun();

    RunResult m_run;
    ProbeContext m_context;
    std::unique_ptr<RouteResolver> m_resolver;
    std::unique_ptr<RevocationService> m_revocation;
    int m_concurrency = 16;
    QList<qsizetype> m_pending;
    QHash<TargetProbe*, qsizetype> m_active;
    bool m_running = false;
    bool m_launching = false;
};

} // namespace cloudcheck
