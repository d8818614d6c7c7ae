#pragma once

#include "ProbeRunner.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <memory>

namespace cloudcheck {

// Owns the worker thread a ProbeRunner lives on and relays its signals, queued, to the thread
// that created this object. Destroying it cancels the run and joins the thread, so closing a
// window mid-run neither crashes nor hangs.
//
// The join is deterministic: the worker takes the stop request from its event loop, cancels,
// and ends its thread, deleting the runner and every socket there. Once it has taken the request
// nothing it does can block, so it is waited for however slow a loaded machine makes it: the
// program never ends with the worker's OpenSSL sockets, or its OpenSSL thread state, still
// there (issue 10, defect 8; the thread frees that state itself, see BackgroundRun.cpp). Only a
// worker that has not taken the request within kJoinLimitMs is stuck in a call that should not
// be there; that one is left to end on its own (logged) rather than hang the program.
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
    void hostChecked(const cloudcheck::HostResult& host);
    void targetStarted(const QString& targetId);
    void stepFinished(const QString& targetId, const cloudcheck::StepResult& step);
    void targetFinished(const cloudcheck::TargetResult& result);
    void tunnelHoldProgress(int secondsLeft);
    void finished(const cloudcheck::RunResult& result);

private:
    QThread* m_thread = nullptr; // a child, deleted with this unless the worker is stuck
    // Set by the worker when it takes the stop request; shared, as a stuck worker may take it
    // after this object is gone.
    std::shared_ptr<std::atomic_bool> m_stopTaken = std::make_shared<std::atomic_bool>(false);
    ProbeRunner* m_runner = nullptr;
    bool m_running = false;
};

} // namespace cloudcheck
