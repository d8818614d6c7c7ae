#include "BackgroundRun.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBackground, "cloudcheck.run.thread")

namespace cloudcheck {

BackgroundRun::BackgroundRun(QObject* parent) : QObject(parent), m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("cloudcheck-probes"));
    m_runner = new ProbeRunner;
    m_runner->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &ProbeRunner::hostChecked, this, &BackgroundRun::hostChecked);
    connect(m_runner, &ProbeRunner::targetStarted, this, &BackgroundRun::targetStarted);
    connect(m_runner, &ProbeRunner::stepFinished, this, &BackgroundRun::stepFinished);
    connect(m_runner, &ProbeRunner::targetFinished, this, &BackgroundRun::targetFinished);
    connect(m_runner, &ProbeRunner::tunnelHoldProgress, this, &BackgroundRun::tunnelHoldProgress);
    connect(m_runner, &ProbeRunner::finished, this, [this](const RunResult& result) {
        m_running = false;
        emit finished(result);
    });
    m_thread->start();
}

BackgroundRun::~BackgroundRun()
{
    // Cancel and leave the event loop on the worker's own thread, so the request cannot be
    // skipped by a loop that quits first; the runner is deleted there as the thread ends.
    QMetaObject::invokeMethod(
        m_runner,
        [runner = m_runner, taken = m_stopTaken] {
            taken->store(true);
            runner->cancel();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    if (m_thread->wait(QDeadlineTimer(kJoinLimitMs)))
        return;
    if (m_stopTaken->load()) {
        // Slow, not stuck (a loaded machine, a sanitizer): what is left is deleting objects.
        qCInfo(lcBackground) << "the worker thread is still stopping after" << kJoinLimitMs << "ms; waiting";
        m_thread->wait();
        return;
    }
    // Destroying a running QThread aborts the program. A stuck worker is left to finish on its
    // own and delete its thread; its signals no longer reach this object.
    qCWarning(lcBackground) << "the worker thread did not stop within" << kJoinLimitMs
                            << "ms; leaving it to end on its own";
    m_thread->setParent(nullptr);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    if (m_thread->isFinished()) // it ended just now, before the connection
        m_thread->deleteLater();
}

void BackgroundRun::start(const RunPlan& plan, const RunSettings& settings, const CatalogInfo& catalog)
{
    m_running = true;
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, plan, settings, catalog] { runner->start(plan, settings, catalog); },
        Qt::QueuedConnection);
}

void BackgroundRun::cancel()
{
    QMetaObject::invokeMethod(m_runner, &ProbeRunner::cancel, Qt::QueuedConnection);
}

} // namespace cloudcheck
