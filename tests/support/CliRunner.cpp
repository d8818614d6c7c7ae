#include "CliRunner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

namespace cctest {

CliResult CliRunner::run(const QString& program, const QStringList& arguments, int timeoutMs,
                         const QProcessEnvironment& environment)
{
    CliResult result;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    // A child waiting for input would otherwise hang until the timeout.
    process.setStandardInputFile(QProcess::nullDevice());

    QEventLoop loop;
    bool failedToStart = false;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            failedToStart = true;
            loop.quit();
        }
    });

    QTimer deadline;
    deadline.setSingleShot(true);
    // A coarse timer may fire up to 5% early, and tests assert the timeout was honoured.
    deadline.setTimerType(Qt::PreciseTimer);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        // finished() follows the kill and ends the loop.
        process.kill();
    });

    QElapsedTimer elapsed;
    elapsed.start();
    process.start();
    // QProcess may report FailedToStart synchronously from start(); exec() would then never end.
    if (!failedToStart && process.state() != QProcess::NotRunning) {
        deadline.start(timeoutMs);
        loop.exec();
    }
    result.elapsedMs = elapsed.elapsed();
    deadline.stop();

    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    if (failedToStart || process.error() == QProcess::FailedToStart) {
        result.standardError += "CliRunner: could not start " + program.toLocal8Bit() + ": " +
                                process.errorString().toLocal8Bit() + '\n';
        return result;
    }
    result.crashed = !result.timedOut && process.exitStatus() == QProcess::CrashExit;
    if (!result.timedOut && !result.crashed)
        result.exitCode = process.exitCode();
    return result;
}

QProcessEnvironment CliRunner::environmentWith(const QHash<QString, QString>& additions)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = additions.cbegin(); it != additions.cend(); ++it)
        environment.insert(it.key(), it.value());
    return environment;
}

} // namespace cctest
