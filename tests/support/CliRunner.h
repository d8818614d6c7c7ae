// Runs cloudcheck-cli (or any program) to completion while the calling thread's event loop keeps
// spinning, so loopback servers living on the test's main thread can answer the child process.
// Never use QProcess::waitForFinished() in tests that talk to those servers.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cctest {

struct CliResult
{
    // -1 when the process crashed, timed out or could not be started.
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray standardOutput;
    // Also carries the QProcess error text when the program could not be started.
    QByteArray standardError;
    qint64 elapsedMs = 0;
};

class CliRunner
{
public:
    // Stdin is /dev/null; on timeout the child is killed and timedOut set.
    static CliResult run(const QString& program, const QStringList& arguments, int timeoutMs = 60000,
                         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    // The system environment plus (or overridden by) `additions`, e.g. {{"LC_ALL", "C"}}.
    static QProcessEnvironment environmentWith(const QHash<QString, QString>& additions);

    // Inline so the definition comes from the test target that links cloudcheck-cli, not from
    // this library. Empty when the test did not define CLOUDCHECK_CLI_PATH.
    static QString cliPath()
    {
#ifdef CLOUDCHECK_CLI_PATH
        return QString::fromUtf8(CLOUDCHECK_CLI_PATH);
#else
        return {};
#endif
    }
};

} // namespace cctest
