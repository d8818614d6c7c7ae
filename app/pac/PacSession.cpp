#include "PacSession.h"

#include "PacRuntime.h"

#include <QDeadlineTimer>
#include <QFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include "platform/windows/WinProcessMemory.h"
#endif

using namespace Qt::StringLiterals;

namespace cloudcheck {

namespace {

constexpr int kMemoryCheckMs = 20;

// Resident set size from /proc (Linux) or the working set (Windows, GetProcessMemoryInfo); -1
// where it cannot be read, which disables the check.
qint64 residentBytes()
{
#ifdef Q_OS_LINUX
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE);
#elif defined(Q_OS_WIN)
    return platform::WinProcessMemory::residentBytes();
#else
    return -1;
#endif
}

QJsonObject errorObject(const QString& reason)
{
    return QJsonObject{{u"error"_s, reason}};
}

} // namespace

PacSession::PacSession(PacRequest request, QObject* parent)
    : QObject(parent), m_request(std::move(request)), m_thread(this), m_deadline(this), m_memoryCheck(this)
{
    m_thread.setObjectName(u"pac-engine"_s);
    m_runtime = new PacRuntime(m_request.pins);
    m_runtime->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runtime, &QObject::deleteLater);
    connect(m_runtime, &PacRuntime::loaded, this, &PacSession::onLoaded);
    connect(m_runtime, &PacRuntime::evaluated, this, &PacSession::onEvaluated);

    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &PacSession::onDeadline);
    m_memoryCheck.setInterval(kMemoryCheckMs);
    connect(&m_memoryCheck, &QTimer::timeout, this, &PacSession::checkMemory);
}

PacSession::~PacSession()
{
    if (!m_stopped)
        stop();
}

bool PacSession::stop()
{
    m_stopped = true;
    m_runtime->interrupt(true);
    m_thread.quit();
    return !m_stuck && m_thread.wait(QDeadlineTimer(kInterruptGraceMs));
}

void PacSession::start()
{
    m_thread.start();
    // Blocking once, before any clock starts: interrupt() needs the engine to exist.
    QMetaObject::invokeMethod(m_runtime, &PacRuntime::setUp, Qt::BlockingQueuedConnection);
    m_memoryCheck.start();
    m_deadline.start(m_request.timeoutMs);
    QMetaObject::invokeMethod(m_runtime,
                              [runtime = m_runtime, script = m_request.script] { runtime->load(script); });
}

void PacSession::onLoaded(const QString& error)
{
    if (m_finished || m_current != -1)
        return;
    m_deadline.stop();
    if (m_interrupted) {
        m_runtime->interrupt(false);
        m_interrupted = false;
        finish(errorObject(u"timeout"_s));
    } else if (!error.isEmpty()) {
        finish(errorObject(error));
    } else {
        askNext();
    }
}

void PacSession::onEvaluated(int index, const QJsonObject& answer)
{
    if (m_finished || index != m_current)
        return;
    m_deadline.stop();
    if (m_interrupted) {
        // Cleared only now that the engine is idle: clearing it earlier could let the stopped
        // loop run on.
        m_runtime->interrupt(false);
        m_interrupted = false;
        m_answers.append(errorObject(u"timeout"_s));
    } else {
        m_answers.append(answer);
    }
    askNext();
}

void PacSession::askNext()
{
    ++m_current;
    if (m_current >= m_request.queries.size()) {
        finish(QJsonObject{{u"answers"_s, m_answers}});
        return;
    }
    const PacRequest::Query& query = m_request.queries.at(m_current);
    m_deadline.start(m_request.timeoutMs);
    QMetaObject::invokeMethod(m_runtime, [runtime = m_runtime, index = m_current, query] {
        runtime->evaluate(index, query.url, query.host);
    });
}

void PacSession::onDeadline()
{
    if (!m_interrupted) {
        m_interrupted = true;
        m_runtime->interrupt(true);
        m_deadline.start(kInterruptGraceMs);
        return;
    }
    // Still busy after the grace period: inside a name lookup. Every query left is a timeout.
    m_stuck = true;
    if (m_current == -1) {
        finish(errorObject(u"timeout"_s));
        return;
    }
    while (m_answers.size() < m_request.queries.size())
        m_answers.append(errorObject(u"timeout"_s));
    finish(QJsonObject{{u"answers"_s, m_answers}});
}

void PacSession::checkMemory()
{
    if (m_finished)
        return;
    const qint64 resident = residentBytes();
    if (resident < 0) {
        m_memoryCheck.stop();
        return;
    }
    if (resident <= kMaxResidentBytes)
        return;
    // The engine's heap now holds whatever the script built; no later query could run in it.
    m_runtime->interrupt(true);
    finish(errorObject(u"memory_limit: >%1 bytes"_s.arg(kMaxResidentBytes)));
}

void PacSession::finish(const QJsonObject& output)
{
    m_finished = true;
    m_deadline.stop();
    m_memoryCheck.stop();
    emit done(output);
}

} // namespace cloudcheck
