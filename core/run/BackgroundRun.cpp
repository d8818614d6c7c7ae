#include "BackgroundRun.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <openssl/crypto.h>

Q_LOGGING_CATEGORY(lcBackground, "cloudcheck.run.thread")

namespace cloudcheck {

namespace {

// The worker thread. After its event loop it deletes the runner (and with it every socket), then
// frees the thread's own OpenSSL state (its error queue and random generators, which every TLS
// handshake creates) itself, before the thread counts as finished.
//
// OpenSSL would otherwise free that state from a thread-exit destructor, which runs only after
// QThread::wait() has already returned (Qt 6.4 wakes waiters from QThread's finish, before the
// thread itself exits, and never joins it). The CLI returns from main right after the wait, and
// the atexit OPENSSL_cleanup deletes OpenSSL's thread-exit key: when the main thread got there
// first, the worker's state was never freed, LeakSanitizer's 984 bytes in 3 objects (issue 10,
// defect 8). Freed here, it is gone before wait() returns, whatever the scheduling.
class WorkerThread final : public QThread
{
public:
    WorkerThread(ProbeRunner* runner, QObject* parent) : QThread(parent), m_runner(runner) {}

protected:
    void run() override
    {
        exec();
        delete m_runner;
        // Sockets the runner handed to deleteLater, so nothing touches OpenSSL after the stop.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        OPENSSL_thread_stop();
    }

private:
    ProbeRunner* m_runner;
};

} // namespace

BackgroundRun::BackgroundRun(QObject* parent) : QObject(parent)
{
    m_runner = new ProbeRunner;
    m_thread = new WorkerThread(m_runner, this);
    m_thread->setObjectName(QStringLiteral("cloudcheck-probes"));
    m_runner->moveToThread(m_thread);
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
    // skipped by a loop that quits first; the runner is deleted there as the thread ends
    // (WorkerThread::run).
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
