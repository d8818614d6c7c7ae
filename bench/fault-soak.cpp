// cloudcheck-bench-faultsoak: cloudcheck-cli over 1000 generated targets, a third of them aimed
// at loopback servers that misbehave (tests/support/FaultLab: silent, reset after the ClientHello,
// TLS alert, garbage, 1 MB header, trickle, close mid-head and mid-body, redirect loop, 5 GB
// Content-Length), the rest at good TLS and HTTP servers. Checks what issue 10 asks of that run
// (no crash, no hang, exit code 2, peak RSS under 100 MB) and prints the figures for
// bench/README.md. Not a test: nothing here is registered with CTest.
//
// The servers run on a thread of their own; the CLI is started with posix_spawn and reaped with
// wait4(), whose rusage gives the child's own peak resident set size.
#include "FaultLab.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <memory>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

using namespace cctest;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kRssLimitBytes = 100LL * 1000 * 1000; // "RSS under 100 MB"

struct Outcome
{
    bool started = false;
    bool crashed = false;
    bool hung = false;
    int exitCode = -1;
    qint64 wallMs = 0;
    qint64 peakRssBytes = 0;
};

// Runs `program` with `arguments`, stdout and stderr to files, within `limitMs`.
Outcome spawn(const QString& program, const QStringList& arguments, const QString& stdoutPath,
              const QString& stderrPath, int limitMs)
{
    Outcome outcome;
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString& argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
    const QByteArray out = QFile::encodeName(stdoutPath);
    const QByteArray err = QFile::encodeName(stderrPath);
    posix_spawn_file_actions_addopen(&files, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&files, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, argv.front(), &files, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    if (rc != 0)
        return outcome;
    outcome.started = true;

    const QDeadlineTimer deadline(limitMs);
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR)
            return outcome;
        if (deadline.hasExpired() && !outcome.hung) {
            outcome.hung = true;
            kill(pid, SIGKILL);
        }
        QThread::msleep(10);
    }
    outcome.wallMs = clock.elapsed();
    outcome.peakRssBytes = qint64(usage.ru_maxrss) * 1024; // kilobytes on Linux
    if (WIFSIGNALED(status))
        outcome.crashed = !outcome.hung;
    else if (WIFEXITED(status))
        outcome.exitCode = WEXITSTATUS(status);
    return outcome;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"cloudcheck-cli over 1000 targets, a third faulty (bench/README.md)"_s);
    parser.addHelpOption();
    const QCommandLineOption cliOption(u"cli"_s, u"cloudcheck-cli to run (default: next to this program)"_s,
                                       u"path"_s);
    const QCommandLineOption targetsOption(u"targets"_s, u"targets per run (default 1000)"_s, u"n"_s,
                                           u"1000"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"runs (default 3)"_s, u"n"_s, u"3"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, u"--timeout in seconds (default 3)"_s, u"s"_s,
                                           u"3"_s);
    parser.addOptions({cliOption, targetsOption, runsOption, timeoutOption});
    parser.process(app);
    const QString cli = parser.isSet(cliOption)
                            ? parser.value(cliOption)
                            : QDir(QCoreApplication::applicationDirPath()).filePath(u"cloudcheck-cli"_s);
    const int count = parser.value(targetsOption).toInt();
    const int runs = parser.value(runsOption).toInt();
    const int timeoutSeconds = parser.value(timeoutOption).toInt();
    QTextStream out(stdout);
    if (!QFileInfo(cli).isExecutable() || count < 3 || runs < 1 || timeoutSeconds < 1) {
        QTextStream(stderr) << "usage: see --help; no executable cloudcheck-cli at " << cli << Qt::endl;
        return 64;
    }

    // The servers on a thread of their own, so they answer while this thread waits on the child.
    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    std::unique_ptr<FaultLab> lab;
    QString labError;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            lab = std::make_unique<FaultLab>();
            if (!lab->start())
                labError = lab->errorString();
        },
        Qt::BlockingQueuedConnection);
    const auto stopServers = [&] {
        QMetaObject::invokeMethod(
            &anchor, [&] { lab.reset(); }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    };
    if (!labError.isEmpty()) {
        QTextStream(stderr) << "cloudcheck-bench-faultsoak: " << labError << Qt::endl;
        stopServers();
        return 1;
    }

    const QList<FaultLab::Target> targets = FaultLab::soakTargets(count);
    qsizetype faulty = 0;
    for (const FaultLab::Target& target : targets)
        faulty += target.fault ? 1 : 0;
    QTemporaryDir dir;
    const QString catalogFile = dir.filePath(u"soak.json"_s);
    const QString caFile = dir.filePath(u"soak-ca.pem"_s);
    {
        QFile catalog(catalogFile);
        QFile ca(caFile);
        if (!dir.isValid() || !catalog.open(QIODevice::WriteOnly) || !ca.open(QIODevice::WriteOnly)) {
            QTextStream(stderr) << "cloudcheck-bench-faultsoak: cannot write to a temporary directory"
                                << Qt::endl;
            stopServers();
            return 1;
        }
        catalog.write(FaultLab::catalogJson(targets));
        ca.write(lab->caCertificate().toPem());
    }
    const QStringList arguments =
        QStringList{u"--catalog"_s, catalogFile, u"--ca-file"_s, caFile,
                    u"--proxy"_s,   u"none"_s,   u"--timeout"_s, QString::number(timeoutSeconds),
                    u"--format"_s,  u"json"_s,   u"--lang"_s,    u"en"_s,
                    u"--no-color"_s} +
        lab->connectToArguments(targets);
    // A hang is anything far beyond one timeout per wave of 64 targets.
    const int limitMs = (count / 64 + 2) * timeoutSeconds * 4 * 1000 + 30000;

    out << "cli: " << QFileInfo(cli).canonicalFilePath() << "\n"
        << "targets: " << count << " (" << faulty << " faulty), --timeout " << timeoutSeconds << " s\n\n"
        << "| run | exit code | wall s | engine s | peak RSS MB | pass | fail | other | longest target ms | "
           "ok |\n"
        << "|---|---|---|---|---|---|---|---|---|---|\n";
    bool allOk = true;
    for (int run = 1; run <= runs; ++run) {
        const QString report = dir.filePath(u"report.json"_s);
        const QString errors = dir.filePath(u"stderr.txt"_s);
        const Outcome outcome = spawn(cli, arguments, report, errors, limitMs);
        const QJsonObject json = QJsonDocument::fromJson(readAll(report)).object();
        int pass = 0;
        int fail = 0;
        int other = 0;
        qint64 longest = 0;
        const QJsonArray shown = json.value(u"targets"_s).toArray();
        for (const QJsonValue& value : shown) {
            const QJsonObject target = value.toObject();
            const QString verdict = target.value(u"verdict"_s).toString();
            (verdict == u"pass" ? pass : verdict == u"fail" ? fail : other) += 1;
            longest = qMax(longest, qint64(target.value(u"durationMs"_s).toDouble()));
        }
        const bool ok = outcome.started && !outcome.crashed && !outcome.hung && outcome.exitCode == 2 &&
                        outcome.peakRssBytes < kRssLimitBytes && shown.size() == count &&
                        longest <= timeoutSeconds * 1000 + 1000;
        allOk = allOk && ok;
        out << "| " << run << " | "
            << (outcome.hung      ? u"hung"_s
                : outcome.crashed ? u"crashed"_s
                                  : QString::number(outcome.exitCode))
            << " | " << QString::number(outcome.wallMs / 1000.0, 'f', 2) << " | "
            << QString::number(json.value(u"durationMs"_s).toDouble() / 1000.0, 'f', 2) << " | "
            << QString::number(outcome.peakRssBytes / 1e6, 'f', 1) << " | " << pass << " | " << fail << " | "
            << other << " | " << longest << " | " << (ok ? "yes" : "NO") << " |" << Qt::endl;
        if (!ok) {
            const QByteArray tail = readAll(errors).right(2000);
            QTextStream(stderr) << "run " << run << " stderr (last 2000 bytes):\n" << tail << Qt::endl;
        }
    }
    stopServers();
    out << "\nchecked: no crash, no hang, exit code 2, peak RSS < 100 MB, every target reported and "
           "within timeout + 1 s: "
        << (allOk ? "yes" : "NO") << Qt::endl;
    return allOk ? 0 : 2;
}
