#pragma once

#include "ProbeContext.h"
#include "ProbeState.h"
#include "result/StepResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

namespace cloudcheck {

// One step of a probe (dns, proxy, tcp, tls, certificate, http, udp). A step observes and records
// facts; its verdict follows mechanically from what happened. It ends exactly once, by emitting
// finished(), possibly before start() returns.
class ProbeStep : public QObject
{
    Q_OBJECT

public:
    ProbeStep(StepKind kind, ProbeState& state, const ProbeContext& context, QObject* parent = nullptr);

    StepKind kind() const { return m_kind; }
    void start();
    // Stops at once and releases what the step holds; finished() is not emitted.
    virtual void abort();
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    bool isFinished() const { return m_finished; }

signals:
    void finished(cloudcheck::Verdict verdict, const QJsonObject& details);

protected:
    virtual void run() = 0;
    // (Re)starts the wait this step is in: one timeout per wait, never a sum of waits.
    void armTimeout(std::function<void()> onTimeout);
    // The step's own work starts only now (it waited for a shared resource): time it from here.
    void restartClock() { m_clock.start(); }
    void finish(Verdict verdict, const QJsonObject& details);

    ProbeState& m_state;
    const ProbeContext& m_context;

private:
    StepKind m_kind;
    QTimer m_timer;
    std::function<void()> m_onTimeout;
    QElapsedTimer m_clock;
    bool m_finished = false;
};

} // namespace cloudcheck
