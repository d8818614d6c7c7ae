#include "PacEvaluator.h"

#include "pac/PacScriptFetch.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStringDecoder>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#elif defined(Q_OS_WIN)
#include "platform/windows/WinProcessJob.h"
#endif

// Sanitizer builds (CLOUDCHECK_SANITIZE or CLOUDCHECK_TSAN, which set CLOUDCHECK_SANITIZED for
// core) must not get RLIMIT_AS: ASan and TSan map terabytes of shadow memory at start-up and the
// helper would die before main(). There the helper's own resident-memory watchdog
// (app/pac/PacSession) and the timeouts still stop a memory bomb. GCC and Clang also announce the
// sanitizers themselves; those are checked too, so a sanitized build made some other way is covered.
#if defined(CLOUDCHECK_SANITIZED) || defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define CLOUDCHECK_PAC_NO_RLIMIT 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CLOUDCHECK_PAC_NO_RLIMIT 1
#endif
#endif

Q_LOGGING_CATEGORY(lcPac, "cloudcheck.pac")

using namespace Qt::StringLiterals;

namespace cloudcheck {

namespace {

constexpr int kReapMs = 2000;
constexpr qsizetype kMaxErrorOutputBytes = 64 * 1024;
// The helper gives an interrupted evaluation this long to come back (PacSession::kInterruptGraceMs).
constexpr int kHelperGraceMs = 1000;

// PAC files are UTF-8 nearly always; an old one with Latin-1 comments is still a usable script,
// so bytes that are not UTF-8 are read as Latin-1 rather than refused.
QString decodeScript(const QByteArray& script)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(script);
    if (utf8.hasError())
        return QString::fromLatin1(script);
    return text;
}

} // namespace

PacEvaluator::PacEvaluator(QString helperPath, QObject* parent)
    : QObject(parent), m_helperPath(std::move(helperPath)), m_deadline(this)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] { fail(u"helper_timeout"_s); });
}

PacEvaluator::~PacEvaluator()
{
    abort();
    // abort() leaves a killed helper to be reaped from the event loop; there is none left for
    // it now, so reap here. SIGKILL cannot be caught or delayed, so this waits only for the
    // kernel to tear the process down (milliseconds), never for the script.
    const QList<QProcess*> processes = findChildren<QProcess*>(Qt::FindDirectChildrenOnly);
    for (QProcess* process : processes) {
        process->disconnect();
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(kReapMs);
        }
        delete process;
    }
}

QString PacEvaluator::defaultHelperPath()
{
    const QString fromEnvironment = qEnvironmentVariable("CLOUDCHECK_PAC_HELPER");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_WIN
    return QCoreApplication::applicationDirPath() + u"/cloudcheck-pac.exe"_s;
#else
    return QCoreApplication::applicationDirPath() + u"/cloudcheck-pac"_s;
#endif
}

bool PacEvaluator::limitsAddressSpace()
{
#if (defined(Q_OS_LINUX) || defined(Q_OS_WIN)) && !defined(CLOUDCHECK_PAC_NO_RLIMIT)
    return true;
#else
    return false;
#endif
}

void PacEvaluator::evaluate(const QByteArray& script, const QList<PacQuery>& queries,
                            const QList<HostPin>& pins, int timeoutMs)
{
    abort();
    const int generation = ++m_generation;
    auto refuse = [this, generation](const QString& reason) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, reason] {
                if (generation == m_generation)
                    emit failed(reason);
            },
            Qt::QueuedConnection);
    };
    const QFileInfo helper(m_helperPath);
    if (m_helperPath.isEmpty() || !helper.isFile() || !helper.isExecutable()) {
        refuse(u"helper_missing: "_s + m_helperPath);
        return;
    }
    if (script.size() > PacScriptFetch::kMaxScriptBytes) {
        refuse(u"too_large: >%1 bytes"_s.arg(PacScriptFetch::kMaxScriptBytes));
        return;
    }

    QJsonArray queryArray;
    for (const PacQuery& query : queries) {
        queryArray.append(QJsonObject{{u"url"_s, query.url.toString(QUrl::FullyEncoded)},
                                      {u"host"_s, query.host.isEmpty() ? query.url.host() : query.host}});
    }
    QJsonArray pinArray;
    for (const HostPin& pin : pins) {
        pinArray.append(QJsonObject{{u"host"_s, pin.first},
                                    {u"address"_s, pin.second.isNull() ? QString() : pin.second.toString()}});
    }
    const QJsonObject request{{u"script"_s, decodeScript(script)},
                              {u"queries"_s, queryArray},
                              {u"resolve"_s, pinArray},
                              {u"timeoutMs"_s, timeoutMs}};
    m_input = QJsonDocument(request).toJson(QJsonDocument::Compact);
    m_output.clear();
    m_errorOutput.clear();
    m_queryCount = queries.size();

    m_process = new QProcess(this);
    m_process->setProgram(m_helperPath);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
#if defined(Q_OS_LINUX) && !defined(CLOUDCHECK_PAC_NO_RLIMIT)
    // Runs in the child between fork and exec: setrlimit is async-signal-safe.
    m_process->setChildProcessModifier([] {
        const rlimit limit{rlim_t(kAddressSpaceLimitBytes), rlim_t(kAddressSpaceLimitBytes)};
        setrlimit(RLIMIT_AS, &limit);
    });
#endif
    connect(m_process, &QProcess::started, this, &PacEvaluator::onStarted);
    connect(m_process, &QProcess::errorOccurred, this, &PacEvaluator::onErrorOccurred);
    connect(m_process, &QProcess::finished, this, &PacEvaluator::onFinished);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &PacEvaluator::onOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray chunk = m_process->readAllStandardError();
        m_errorOutput += chunk.left(qMax<qsizetype>(0, kMaxErrorOutputBytes - m_errorOutput.size()));
    });

    // Each query and the load get timeoutMs in the helper, plus its grace for an interrupted
    // evaluation; the margin covers start-up.
    const qint64 overall = qint64(queries.size() + 1) * (qMax(timeoutMs, 0) + kHelperGraceMs) + kMarginMs;
    m_deadline.start(int(qMin<qint64>(overall, kMaxOverallMs)));
    m_process->start(QIODevice::ReadWrite);
}

void PacEvaluator::abort()
{
    ++m_generation;
    conclude();
}

void PacEvaluator::onStarted()
{
#if defined(Q_OS_WIN) && !defined(CLOUDCHECK_PAC_NO_RLIMIT)
    // The job is made and held here, by the parent, not by the helper for itself: only a job
    // handle that CloudCheck holds makes kill-on-close mean "the helper never outlives us", and a
    // limit is the parent's to set, as RLIMIT_AS is on Linux. Assigning after the start is safe:
    // the helper runs no script before it has read its request to EOF, written just below.
    std::string error;
    m_job = platform::WinProcessJob::create(quint64(kAddressSpaceLimitBytes), &error);
    if (!m_job || !m_job->assign(static_cast<unsigned long>(m_process->processId()), &error)) {
        // The watchdog in the helper and the deadline here still stop a runaway script.
        qCWarning(lcPac, "PAC helper runs without a job object memory limit: %s", error.c_str());
        m_job.reset();
    }
#endif
    m_process->write(m_input);
    m_process->closeWriteChannel(); // the helper reads to EOF
    m_input.clear();
}

void PacEvaluator::onErrorOccurred(QProcess::ProcessError error)
{
    // Crashes, read and write errors are followed by finished(); only a failed start is not.
    if (error == QProcess::FailedToStart)
        fail(u"helper_failed: "_s + m_process->errorString());
}

void PacEvaluator::onOutput()
{
    m_output += m_process->readAllStandardOutput();
    if (m_output.size() > kMaxOutputBytes)
        fail(u"bad_output: more than %1 bytes"_s.arg(kMaxOutputBytes));
}

void PacEvaluator::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_output += m_process->readAllStandardOutput();
    if (status == QProcess::CrashExit) {
        fail(u"crashed"_s);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_output, &parseError);
    const QJsonObject output = document.object();
    if (output.value(u"error").isString()) {
        fail(output.value(u"error").toString());
        return;
    }
    if (exitCode != 0) {
        // Also a sanitizer build's helper that answered but leaked: that must not pass unseen.
        fail(u"helper_exit: %1"_s.arg(exitCode));
        return;
    }
    const QJsonArray answers = output.value(u"answers").toArray();
    if (!document.isObject() || answers.size() != m_queryCount) {
        fail(u"bad_output: "_s + (parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                               : u"wrong answer count"_s));
        return;
    }
    QList<PacAnswer> result;
    result.reserve(answers.size());
    for (const QJsonValue& value : answers) {
        const QJsonObject object = value.toObject();
        PacAnswer answer;
        if (object.value(u"returned").isString()) {
            answer.returned = object.value(u"returned").toString();
            answer.directive = PacDirective::parse(answer.returned);
        } else {
            answer.error = object.value(u"error").toString(u"bad_output: no answer"_s);
        }
        result.append(answer);
    }
    conclude();
    // Delivered from the event loop: a receiver may delete this evaluator, which must not happen
    // inside QProcess's own signal.
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, result] {
            if (generation == m_generation)
                emit finished(result);
        },
        Qt::QueuedConnection);
}

void PacEvaluator::fail(const QString& reason)
{
    if (!m_process)
        return;
    if (!m_errorOutput.isEmpty())
        qCWarning(lcPac).noquote() << "PAC helper failed:" << reason
                                   << "stderr:" << QString::fromLocal8Bit(m_errorOutput);
    conclude();
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation, reason] {
            if (generation == m_generation)
                emit failed(reason);
        },
        Qt::QueuedConnection);
}

void PacEvaluator::conclude()
{
    m_deadline.stop();
    QProcess* process = std::exchange(m_process, nullptr);
#ifdef Q_OS_WIN
    // Closing the job kills a helper still in it, as the kill() below would.
    m_job.reset();
#endif
    if (!process)
        return;
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    // Killed and reaped from the event loop; the destructor reaps any still pending.
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

} // namespace cloudcheck
