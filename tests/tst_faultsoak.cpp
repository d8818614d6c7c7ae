// The fault soak (issue 10): every way a network or server misbehaves in the middle of a TLS
// handshake or an HTTP answer (tests/support/FaultServer), probed by the real engine on its
// worker thread. Each misbehaviour has its expected verdict and finding in the table below, each
// target ends within its step timeout + 1 s, nothing broken passes as a handshake, and what the
// engine reads is bounded. The same faults, many at once and through cloudcheck-cli several
// times over, end cleanly; under the asan preset a leak or sanitizer report fails those runs.
//
// Network safety: every host is under soak.test and pinned to 127.0.0.1 (FaultLab); runs refuse
// to start with an unpinned target.
#include "CliRunner.h"
#include "FaultLab.h"
#include "LoopbackPins.h"
#include "ResultInspection.h"
#include "plan/RunPlan.h"
#include "run/BackgroundRun.h"
#include "support/Version.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace cctest;
using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

// Short, so a soak of timeouts stays quick; the bound checked is this + kSlackMs.
constexpr int kStepTimeoutMs = 2000;
// "Each target ends within timeout + 1 s" (issue 10). ThreadSanitizer slows the engine's CPU
// work (TLS handshakes of a whole wave at once) several times over, so under the tsan preset the
// bound checks for a hang rather than for the timing law.
#if defined(__SANITIZE_THREAD__)
constexpr int kSlackMs = 4000;
#else
constexpr int kSlackMs = 1000;
#endif
// Generous: bounds a hang only.
constexpr int kRunWaitMs = 60000;

struct Observed
{
    RunResult result;
    bool finished = false;
    QHash<QString, qint64> wallMs; // targetStarted to targetFinished, as the listener saw them
};

RunSettings settingsFor(const FaultLab& lab, const QList<FaultLab::Target>& targets)
{
    RunSettings settings;
    settings.proxy.mode = ProxySetting::Mode::None;
    settings.timeoutMs = kStepTimeoutMs;
    settings.overrides = lab.overrides(targets);
    settings.extraCaCertificates = {lab.caCertificate()};
    return settings;
}

} // namespace

class FaultSoakTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void eachFaultEndsInTime_data();
    void eachFaultEndsInTime();
    void allFaultsAtOnceEndInTime();
    void cliRunsOverFaultsEndCleanly();

private:
    // Runs `targets` on a BackgroundRun to the end; fails the test on a hang or an unpinned host.
    void run(const QList<FaultLab::Target>& targets, Observed& out);

    FaultLab m_lab;
    QTemporaryDir m_dir;
};

void FaultSoakTest::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QLoggingCategory::setFilterRules(u"cloudcheck.*.debug=false\ncloudcheck.*.info=false"_s);
    QVERIFY2(m_lab.start(), qPrintable(m_lab.errorString()));
    QVERIFY(m_dir.isValid());
}

void FaultSoakTest::init()
{
    // Cross-thread misuse and sockets left behind show up as warnings; they are bugs here.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void FaultSoakTest::run(const QList<FaultLab::Target>& targets, Observed& out)
{
    const Catalog catalog = FaultLab::catalog(targets);
    const RunSettings settings = settingsFor(m_lab, targets);
    const RunPlan plan = RunPlan::build(catalog, settings);
    QCOMPARE(plan.targets.size(), targets.size());
    const QStringList unpinned = unpinnedTargets(plan, settings.overrides);
    QVERIFY2(unpinned.isEmpty(), qPrintable(u"refusing unpinned targets: "_s + unpinned.join(u", "_s)));

    BackgroundRun background;
    QHash<QString, QElapsedTimer> clocks;
    connect(&background, &BackgroundRun::targetStarted, this,
            [&clocks](const QString& id) { clocks[id].start(); });
    connect(&background, &BackgroundRun::targetFinished, this, [&](const TargetResult& result) {
        const QString& id = result.target.id;
        out.wallMs.insert(id, clocks.contains(id) ? clocks.value(id).elapsed() : -1);
    });
    connect(&background, &BackgroundRun::finished, this, [&out](const RunResult& result) {
        out.result = result;
        out.finished = true;
    });
    background.start(plan, settings, CatalogInfo::of(catalog));
    QTRY_VERIFY_WITH_TIMEOUT(out.finished, kRunWaitMs);
    QCOMPARE(out.result.targets.size(), targets.size());
}

void FaultSoakTest::eachFaultEndsInTime_data()
{
    using Fault = FaultServer::Fault;
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Scheme>("scheme");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QStringList>("findings");
    QTest::addColumn<QString>("failedStep"); // the step that failed, or empty for a pass

    const QStringList handshake{u"TLS_HANDSHAKE_FAILED"_s};
    const QStringList http{u"HTTP_UNEXPECTED"_s};
    // A broken handshake never passes: whatever ends it, the tls step fails and names it.
    QTest::newRow("silent after accept (TLS)")
        << Fault::SilentAfterAccept << Scheme::Https << Verdict::Fail << handshake << u"tls"_s;
    QTest::newRow("reset after the ClientHello")
        << Fault::ResetAfterClientHello << Scheme::Https << Verdict::Fail << handshake << u"tls"_s;
    QTest::newRow("TLS alert") << Fault::TlsAlert << Scheme::Https << Verdict::Fail << handshake << u"tls"_s;
    QTest::newRow("garbage instead of TLS")
        << Fault::GarbageInsteadOfTls << Scheme::Https << Verdict::Fail << handshake << u"tls"_s;
    // No HTTP answer within the timeout: the service is not answering.
    QTest::newRow("silent after accept (HTTP)")
        << Fault::SilentAfterAccept << Scheme::Http << Verdict::Fail << http << u"http"_s;
    // Two or three bytes of a status line by the timeout are no HTTP answer.
    QTest::newRow("trickled one byte a second")
        << Fault::Trickle << Scheme::Http << Verdict::Fail << http << u"http"_s;
    // The probe reads at most 16 KiB of head and never a body: a status line that arrived is an
    // answer from the service however the rest goes on, and the read stops at the cap.
    QTest::newRow("1 MB header") << Fault::HugeHeader << Scheme::Http << Verdict::Pass << QStringList()
                                 << QString();
    QTest::newRow("close mid-head") << Fault::CloseMidHead << Scheme::Http << Verdict::Pass << QStringList()
                                    << QString();
    QTest::newRow("close mid-body") << Fault::CloseMidBody << Scheme::Http << Verdict::Pass << QStringList()
                                    << QString();
    // A redirect is an answer; it is never followed, so a loop costs one request.
    QTest::newRow("redirect loop") << Fault::RedirectLoop << Scheme::Http << Verdict::Pass << QStringList()
                                   << QString();
    QTest::newRow("5 GB Content-Length")
        << Fault::HugeContentLength << Scheme::Http << Verdict::Pass << QStringList() << QString();
}

void FaultSoakTest::eachFaultEndsInTime()
{
    QFETCH(FaultServer::Fault, fault);
    QFETCH(Scheme, scheme);
    QFETCH(Verdict, verdict);
    QFETCH(QStringList, findings);
    QFETCH(QString, failedStep);

    FaultServer* server = m_lab.server(fault);
    QVERIFY(server);
    const int connectionsBefore = server->connections();
    const int requestsBefore = server->requests();
    const FaultLab::Target target = FaultLab::faultTarget(fault, scheme);
    Observed observed;
    run({target}, observed);
    QVERIFY(!QTest::currentTestFailed());

    const TargetResult& result = observed.result.targets.first();
    QVERIFY2(result.verdict == verdict, qPrintable(stepVerdicts(result)));
    // What the probe read is bounded: the http step keeps a few facts of the head, never the
    // 1 MB header or a body.
    if (const StepResult* httpStep = result.step(StepKind::Http)) {
        const qsizetype kept = QJsonDocument(httpStep->details).toJson(QJsonDocument::Compact).size();
        QVERIFY2(kept < 4096, qPrintable(QString::number(kept)));
    }
    QCOMPARE(findingCodes(result), findings);
    const QString steps = stepVerdicts(result);
    if (!failedStep.isEmpty()) {
        // That step failed, and nothing after it ran, let alone passed.
        const qsizetype failed = steps.indexOf(failedStep + u":fail"_s);
        QVERIFY2(failed >= 0, qPrintable(steps));
        QVERIFY2(!steps.mid(failed).contains(u":pass"_s), qPrintable(steps));
    } else {
        QVERIFY2(!steps.contains(u":fail"_s), qPrintable(steps));
    }
    // Bounded in time, by the engine's clock and by the listener's.
    QVERIFY2(result.durationMs <= kStepTimeoutMs + kSlackMs, qPrintable(QString::number(result.durationMs)));
    const qint64 wallMs = observed.wallMs.value(result.target.id, -1);
    QVERIFY2(wallMs >= 0 && wallMs <= kStepTimeoutMs + kSlackMs, qPrintable(QString::number(wallMs)));
    // The 5 GB body: the probe stopped reading after the head, so the server could hand the
    // kernel only what the socket buffers hold. Read to the end, it would be gigabytes.
    if (fault == FaultServer::Fault::HugeContentLength)
        QVERIFY2(server->bytesSent() < 64 * 1024 * 1024, qPrintable(QString::number(server->bytesSent())));
    // One connection, and over HTTP one request: nothing retried, no redirect followed.
    QCOMPARE(server->connections() - connectionsBefore, 1);
    if (scheme == Scheme::Http)
        QCOMPARE(server->requests() - requestsBefore, 1);
}

void FaultSoakTest::allFaultsAtOnceEndInTime()
{
    // Every misbehaviour several times over, beside good targets, all at once and three runs in
    // a row: the same verdicts as alone, each target still within its bound, nothing left over.
    const QList<FaultLab::Target> targets = FaultLab::soakTargets(90);
    for (int round = 0; round < 3; ++round) {
        Observed observed;
        run(targets, observed);
        QVERIFY(!QTest::currentTestFailed());
        for (qsizetype i = 0; i < targets.size(); ++i) {
            const TargetResult& result = observed.result.targets.at(i);
            QCOMPARE(result.target.host, targets.at(i).host);
            const bool brokenHandshake = targets.at(i).scheme == Scheme::Https && targets.at(i).fault;
            const bool unanswered = targets.at(i).fault == FaultServer::Fault::SilentAfterAccept ||
                                    targets.at(i).fault == FaultServer::Fault::Trickle;
            const Verdict expected = brokenHandshake || unanswered ? Verdict::Fail : Verdict::Pass;
            QVERIFY2(result.verdict == expected,
                     qPrintable(result.target.host + u": "_s + stepVerdicts(result)));
            QVERIFY2(result.durationMs <= kStepTimeoutMs + kSlackMs,
                     qPrintable(result.target.host + u": "_s + QString::number(result.durationMs)));
        }
        QVERIFY(!observed.result.cancelled);
        QCOMPARE(observed.result.summary().verdict, Verdict::Fail);
    }
}

void FaultSoakTest::cliRunsOverFaultsEndCleanly()
{
    // The program end to end, repeatedly over the faults: no crash, no hang, exit 2 (a required
    // address failed), a complete report. Under the asan preset this is the leak test for runs
    // that end on faults (issue 10, defect 8): LeakSanitizer makes a leaking process exit with
    // its own code and says so on stderr. That leak was a race at exit (the worker thread's
    // OpenSSL state, decision 55), lost in up to one run in eight on a busy machine and rarely on
    // an idle one, so under ASan the program runs 24 times (about a minute).
#ifdef __SANITIZE_ADDRESS__
    constexpr int kRounds = 24;
#else
    constexpr int kRounds = 5;
#endif
    const QList<FaultLab::Target> targets = FaultLab::soakTargets(30);
    const QString catalogFile = m_dir.filePath(u"soak.json"_s);
    QFile file(catalogFile);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.write(FaultLab::catalogJson(targets)) > 0);
    file.close();
    const QString caFile = m_dir.filePath(u"soak-ca.pem"_s);
    QFile ca(caFile);
    QVERIFY(ca.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(ca.write(m_lab.caCertificate().toPem()) > 0);
    ca.close();

    const QStringList arguments =
        QStringList{u"--catalog"_s, catalogFile, u"--ca-file"_s, caFile,
                    u"--proxy"_s,   u"none"_s,   u"--timeout"_s, QString::number(kStepTimeoutMs / 1000),
                    u"--format"_s,  u"json"_s,   u"--lang"_s,    u"en"_s} +
        m_lab.connectToArguments(targets);
    QProcessEnvironment environment = CliRunner::environmentWith({{u"LC_ALL"_s, u"C.UTF-8"_s}});
    for (const QString& name : {u"http_proxy"_s, u"https_proxy"_s, u"HTTP_PROXY"_s, u"HTTPS_PROXY"_s,
                                u"all_proxy"_s, u"ALL_PROXY"_s, u"no_proxy"_s, u"NO_PROXY"_s})
        environment.remove(name);
    for (int round = 0; round < kRounds; ++round) {
        const CliResult result = CliRunner::run(CliRunner::cliPath(), arguments, kRunWaitMs, environment);
        QVERIFY2(!result.crashed && !result.timedOut, result.standardError.constData());
        QVERIFY2(!result.standardError.contains("Sanitizer"), result.standardError.constData());
        QVERIFY2(result.exitCode == 2, result.standardError.constData());
        const QJsonObject report = QJsonDocument::fromJson(result.standardOutput).object();
        QCOMPARE(report.value(u"targets"_s).toArray().size(), targets.size());
        QCOMPARE(report.value(u"cancelled"_s).toBool(true), false);
    }
}

QTEST_GUILESS_MAIN(FaultSoakTest)
#include "tst_faultsoak.moc"
