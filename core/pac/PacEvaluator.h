#pragma once

#include "pac/PacAnswer.h"
#include "pac/PacQuery.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QTimer>

#ifdef Q_OS_WIN
#include <memory>

namespace cloudcheck::platform {
class WinProcessJob;
}
#endif

namespace cloudcheck {

// Asks a PAC script where each query goes, by running it in the cloudcheck-pac helper process
// (app/pac): QJSEngine stays out of the engine, an endless loop is interrupted there, and a
// memory bomb kills the helper, not the run (docs/decisions.md). Asynchronous only: evaluate()
// returns at once and exactly one of finished() or failed() follows from the event loop.
//
// failed() reasons: "helper_missing: <path>", "helper_failed: <Qt's error>", "crashed" (the
// helper died, e.g. at the address-space limit), "helper_exit: <code>", "helper_timeout" (the
// overall deadline), "bad_output: ...", "too_large: >N bytes", and what the helper says of the
// script as a whole: "syntax: SyntaxError: ... line N", "exception: ...", "timeout" (loading
// took too long), "missing_function: FindProxyForURL", "memory_limit: >N bytes".
class PacEvaluator : public QObject
{
    Q_OBJECT

public:
    // name -> address given to dnsResolve() and isResolvable() before the system resolver
    // (--resolve); a null address pins the name as not resolvable.
    using HostPin = QPair<QString, QHostAddress>;

    // The helper's address space on Linux (its committed memory on Windows, through a job
    // object): far more than any PAC script needs, small enough that a script allocating without
    // end fails in the helper long before the machine notices.
    static constexpr qint64 kAddressSpaceLimitBytes = 1024LL * 1024 * 1024;
    // Beyond the per-evaluation timeouts the helper enforces itself: start-up and a name lookup
    // that cannot be interrupted. The overall deadline never exceeds kMaxOverallMs.
    static constexpr int kMarginMs = 3000;
    static constexpr int kMaxOverallMs = 180000;
    static constexpr qint64 kMaxOutputBytes = 16 * 1024 * 1024;

    explicit PacEvaluator(QString helperPath = defaultHelperPath(), QObject* parent = nullptr);
    ~PacEvaluator() override;

    // $CLOUDCHECK_PAC_HELPER if set, else cloudcheck-pac next to the running program.
    static QString defaultHelperPath();
    // Whether the helper runs under a memory limit: RLIMIT_AS on Linux, a job object on Windows,
    // in builds without sanitizers (ASan reserves terabytes of shadow address space and cannot
    // start under such a limit).
    static bool limitsAddressSpace();

    QString helperPath() const { return m_helperPath; }
    bool isRunning() const { return m_process != nullptr; }

    // timeoutMs bounds each FindProxyForURL call and the loading of the script. A call while an
    // evaluation runs abandons that one silently.
    void evaluate(const QByteArray& script, const QList<PacQuery>& queries, const QList<HostPin>& pins,
                  int timeoutMs);
    // Kills the helper; no signal follows.
    void abort();

signals:
    void finished(const QList<cloudcheck::PacAnswer>& answers);
    void failed(const QString& reason);

private:
    void onStarted();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onOutput();
    void fail(const QString& reason);
    void conclude(); // stops the clock and lets the finished helper go

    QString m_helperPath;
    QProcess* m_process = nullptr;
    QByteArray m_input;
    QByteArray m_output;
    QByteArray m_errorOutput; // the helper's stderr, logged when it fails
#ifdef Q_OS_WIN
    // The helper's job (memory limit, kill on close); released when the helper is let go.
    std::unique_ptr<platform::WinProcessJob> m_job;
#endif
    qsizetype m_queryCount = 0;
    QTimer m_deadline;
    int m_generation = 0; // a result queued for an abandoned evaluation is dropped
};

} // namespace cloudcheck
