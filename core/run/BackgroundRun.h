#pragma once

#include "ProbeRunner.h"

#include <QObject>
#include <QThread>

namespace cloudcheck {

// Owns the worker thread a ProbeRunner lives on and relays its signals, queued, to the thread
// that created this object. Destroying it cancels the run and joins the thread, so closing a
// window mid-run neither crashes nor hangs: cancelling takes microseconds, so a worker that is
// still busy after kJoinLimitMs is stuck, and is left to end on its own (logged) rather than
// hang the program.
class BackgroundRun : public QObject
{
    Q_OBJECT

public:
    static constexpr int kJoinLimitMs = 3000;

    explicit BackgroundRun(QObject* parent = nullptr);
    ~BackgroundRun() override;

    void start(const RunPlan& plan, const RunSettings& settings, const CatalogInfo& catalog);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void targetStarted(const QString& targetId);
    void stepFinished(const QString& targetId, const cloudcheck::StepResult& step);
    void targetFinished(const cloudcheck::TargetResult& result);
    void tunnelHoldProgress(int secondsLeft);
    void finished(const cloudcheck::RunResult& result);

private:
    QThread* m_thread; // a child, deleted with this unless it outlives kJoinLimitMs
    ProbeRunner* m_runner = nullptr;
    bool m_running = false;
};

} // namespace cloudcheck
