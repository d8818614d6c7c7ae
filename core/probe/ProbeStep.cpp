#include "ProbeStep.h"

namespace cloudcheck {

ProbeStep::ProbeStep(StepKind kind, ProbeState& state, const ProbeContext& context, QObject* parent)
    : QObject(parent), m_state(state), m_context(context), m_kind(kind), m_timer(this)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire 5 % early, and a finding that says "within 3000 ms" must be true.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_onTimeout)
            std::exchange(m_onTimeout, nullptr)();
    });
}

void ProbeStep::start()
{
    m_clock.start();
    run();
}

void ProbeStep::abort()
{
    m_finished = true;
    m_timer.stop();
    m_onTimeout = nullptr;
}

void ProbeStep::armTimeout(std::function<void()> onTimeout)
{
    m_onTimeout = std::move(onTimeout);
    m_timer.start(m_context.timeoutMs);
}

void ProbeStep::finish(Verdict verdict, const QJsonObject& details)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_onTimeout = nullptr;
    emit finished(verdict, details);
}

} // namespace cloudcheck
