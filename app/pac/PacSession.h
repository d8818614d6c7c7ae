#pragma once

#include "PacRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace cloudcheck {

class PacRuntime;

// The helper's main thread: loads the script into a PacRuntime on its own thread, asks it each
// query in turn, and keeps the clock. Every evaluation (and the load) gets the request's timeout;
// when it passes, the engine is interrupted and the answer is "timeout". The main thread also
// watches the process's resident memory, so a script that allocates without end is stopped
// before the parent's limit (RLIMIT_AS on Linux, a job object on Windows) or the machine has to.
class PacSession : public QObject
{
    Q_OBJECT

public:
    // A PAC script needs a few MB. Past this the script is stopped with "memory_limit"; it sits
    // below the parent's RLIMIT_AS or job limit (1 GiB) so the limit is only the backstop for one huge
    // allocation, and it still bounds a sanitizer build, where no RLIMIT_AS is set.
    static constexpr qint64 kMaxResidentBytes = 512LL * 1024 * 1024;
    // How long an interrupted evaluation may take to come back. Only a blocking name lookup
    // (getaddrinfo cannot be interrupted) takes longer; the helper then answers without it.
    static constexpr int kInterruptGraceMs = 1000;

    explicit PacSession(PacRequest request, QObject* parent = nullptr);
    ~PacSession() override;

    void start();
    // Stops the engine thread. False when it did not come back within the grace period (stuck
    // in a name lookup): it cannot be joined, so the process must end without destroying this.
    bool stop();

signals:
    void done(const QJsonObject& output);

private:
    void onLoaded(const QString& error);
    void onEvaluated(int index, const QJsonObject& answer);
    void askNext();
    void onDeadline();
    void checkMemory();
    void finish(const QJsonObject& output);

    PacRequest m_request;
    QThread m_thread;
    PacRuntime* m_runtime = nullptr; // lives on m_thread, deleted there when it finishes
    QTimer m_deadline;
    QTimer m_memoryCheck;
    int m_current = -1; // -1 while the script loads
    bool m_interrupted = false;
    bool m_stuck = false;
    bool m_finished = false;
    bool m_stopped = false;
    QJsonArray m_answers;
};

} // namespace cloudcheck
