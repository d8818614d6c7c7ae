// cloudcheck-bench-gui: how smooth the wizard stays while a 1000-target run streams in.
//
// Requirement (wizard issue): "The GUI never freezes: repaint stays smooth during a 1000-target
// custom catalog run." This program shows the real wizard (cloudcheck_gui) with a generated
// catalog of `--targets` targets t0001.bench.test ... t1000.bench.test spread over `--services`
// services, every host pinned to 127.0.0.1. Odd-numbered targets are https to a port nothing
// listens on (an instant RST, so their results arrive as fast as the engine can produce them);
// even-numbered ones are answered by a loopback server: http entries served by PlainHttpServer
// by default, or https entries served by TlsTestServer with --served tls. It moves to the Run
// page as a user would, and while the run streams in, a 16 ms precise timer on the GUI thread
// records how late each tick fires (actual interval minus 16 ms); a late tick is time the GUI
// thread could neither paint nor react to input. It also counts the paint events of the results
// view's viewport.
//
// Not a test: it asserts nothing and is not registered with CTest; its figures are written down
// in bench/README.md. Run it under a real X server so painting really happens:
//
//   xvfb-run -a -s "-screen 0 1280x1024x24" build/<dir>/bin/cloudcheck-bench-gui [--runs N]
#include "CertificateFactory.h"
#include "CloudCheckWizard.h"
#include "GuiSettings.h"
#include "LoopbackPorts.h"
#include "PlainHttpServer.h"
#include "ResultsModel.h"
#include "RunPage.h"
#include "TlsTestServer.h"
#include "support/Logging.h"
#include "support/Version.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

using namespace cloudcheck;
using namespace cctest;
using namespace Qt::StringLiterals;

namespace {

constexpr int kHeartbeatMs = 16;
// After the run's finished signal the heartbeat keeps going this long, so the work the page
// does once the run ends (merging results, filling the summary) is measured too.
constexpr int kTailMs = 250;
constexpr int kRunLimitMs = 180000;
const QString kIssuer = u"CloudCheck Bench CA"_s;

struct Options
{
    int runs = 3;
    int targets = 1000;
    int services = 4;
    bool tls = false;
    int concurrency = RunSettings::kDefaultConcurrency;
    int timeoutSeconds = 5;
    double listLateMs = -1; // list ticks later than this; negative: none
    bool problemsOnly = false;
};

struct Figures
{
    int targets = 0;
    int passed = 0;
    int failed = 0;
    double wallMs = 0;
    double nextMs = 0; // the Next click that opens the Run page and starts the run
    int ticks = 0;
    double maxMs = 0;
    double p99Ms = 0;
    double p95Ms = 0;
    double medianMs = 0;
    int over50 = 0;
    int over100 = 0;
    int paints = 0;
    double paintsPerSecond = 0;
};

// Records the lateness of a 16 ms heartbeat on the thread it lives on (the GUI thread), and
// counts the paint events of one widget.
class ResponsivenessMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ResponsivenessMonitor(QWidget* painted, QObject* parent = nullptr)
        : QObject(parent), m_painted(painted)
    {
        m_heartbeat.setTimerType(Qt::PreciseTimer);
        m_heartbeat.setInterval(kHeartbeatMs);
        connect(&m_heartbeat, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double intervalMs = double(now - m_lastTickNs) / 1e6;
            m_lastTickNs = now;
            m_lateness << intervalMs - kHeartbeatMs;
            m_tickAtMs << double(now) / 1e6;
        });
        m_painted->installEventFilter(this);
    }

    void start()
    {
        m_lateness.clear();
        m_tickAtMs.clear();
        m_paints = 0;
        m_counting = true;
        m_clock.start();
        m_lastTickNs = 0;
        m_heartbeat.start();
    }
    void stopPaintCount() { m_counting = false; }
    void stop()
    {
        m_heartbeat.stop();
        m_counting = false;
    }

    const QList<double>& lateness() const { return m_lateness; }
    // When each tick fired, in ms since start(), for --late-ticks.
    const QList<double>& tickAtMs() const { return m_tickAtMs; }
    int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_counting && watched == m_painted && event->type() == QEvent::Paint)
            ++m_paints;
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_painted;
    QTimer m_heartbeat;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    QList<double> m_lateness;
    QList<double> m_tickAtMs;
    int m_paints = 0;
    bool m_counting = false;
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString hostName(int number)
{
    return u"t%1.bench.test"_s.arg(number, 4, 10, QLatin1Char('0'));
}

bool served(int number)
{
    return number % 2 == 0;
}

// Built directly rather than parsed: the loader is not what is measured, and the struct is what
// the wizard receives either way.
Catalog benchCatalog(const Options& options)
{
    Catalog catalog;
    catalog.name = u"CloudCheck GUI benchmark"_s;
    catalog.version = u"bench.1"_s;
    catalog.date = u"2026-01-01"_s;
    catalog.source = u"https://example.invalid/bench"_s;
    for (int service = 1; service <= options.services; ++service) {
        const QString number = QString::number(service);
        catalog.services << Service{u"bench"_s + number,
                                    {u"Bench service "_s + number, u"ベンチ サービス "_s + number},
                                    {u"Generated targets"_s, u"生成したターゲット"_s},
                                    false};
    }
    for (int number = 1; number <= options.targets; ++number) {
        const QString host = hostName(number);
        const bool plainHttp = served(number) && !options.tls;
        CatalogEntry entry;
        entry.id = u"e%1"_s.arg(number, 4, 10, QLatin1Char('0'));
        // Consecutive targets go to different services, so every service row updates all run long.
        entry.services = {catalog.services.at((number - 1) % options.services).id};
        entry.scheme = plainHttp ? Scheme::Http : Scheme::Https;
        entry.port = plainHttp ? 80 : 443;
        entry.pattern = (plainHttp ? u"http://"_s : u"https://"_s) + host;
        entry.hosts = {host};
        entry.purpose = {u"Benchmark target"_s, u"ベンチマーク用"_s};
        entry.source = catalog.source;
        if (!plainHttp)
            entry.expectedIssuers = {kIssuer};
        catalog.entries << entry;
    }
    return catalog;
}

QList<HostOverride> benchOverrides(const Catalog& catalog, quint16 servedPort, quint16 refused)
{
    QList<HostOverride> overrides;
    for (qsizetype i = 0; i < catalog.entries.size(); ++i) {
        const CatalogEntry& entry = catalog.entries.at(i);
        HostOverride pin;
        pin.host = entry.hosts.constFirst();
        pin.port = entry.port;
        pin.address = QHostAddress(QHostAddress::LocalHost);
        pin.connectPort = served(int(i) + 1) ? servedPort : refused;
        overrides << pin;
    }
    return overrides;
}

// Nearest-rank percentile of sorted values.
double percentile(const QList<double>& sorted, double fraction)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return percentile(values, 0.5);
}

std::optional<Figures> measureOnce(const Options& options, const Catalog& catalog,
                                   const QList<HostOverride>& overrides, const QList<QSslCertificate>& cas)
{
    QTemporaryDir home;
    QSettings store(home.filePath(u"settings.ini"_s), QSettings::IniFormat);
    GuiSettings settings(&store);
    settings.setLanguage(Language::English);
    QStringList services;
    for (const Service& service : catalog.services)
        services << service.id;
    settings.setServices(services);
    settings.setProxyMode(ProxySetting::Mode::None);
    settings.setTimeoutSeconds(options.timeoutSeconds);
    settings.setConcurrency(options.concurrency);

    CloudCheckWizard wizard(catalog, &settings);
    wizard.setTestOverrides(overrides, cas);
    wizard.resize(980, 760);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard)) {
        err() << "the wizard window was never exposed" << Qt::endl;
        return std::nullopt;
    }
    wizard.next(); // Services
    wizard.next(); // Network: lists the 1000 planned addresses
    if (wizard.currentId() != CloudCheckWizard::NetworkPageId) {
        err() << "could not reach the Network page" << Qt::endl;
        return std::nullopt;
    }
    QTest::qWait(300); // let the Network page's layout and paints settle before measuring

    RunPage* page = wizard.runPage();
    // A user who only wants to see what failed: every result then also goes through the
    // filter model, which inserts each failed target (and its service) into the view as it ends.
    page->problemsOnlyBox()->setChecked(options.problemsOnly);
    ResponsivenessMonitor monitor(page->view()->viewport());
    std::optional<RunResult> engineResult;
    QEventLoop loop;
    QObject::connect(page, &RunPage::runFinished, &loop, [&](const RunResult& result) {
        engineResult = result;
        loop.quit();
    });
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);

    QElapsedTimer clock;
    monitor.start();
    clock.start();
    wizard.next(); // Run: initializePage() plans and starts the run
    const double nextMs = double(clock.nsecsElapsed()) / 1e6;
    if (wizard.currentId() != CloudCheckWizard::RunPageId || !page->isRunning()) {
        err() << "the run did not start: " << page->statusLabel()->text() << Qt::endl;
        return std::nullopt;
    }
    limit.start(kRunLimitMs);
    loop.exec();
    const double wallMs = double(clock.nsecsElapsed()) / 1e6;
    monitor.stopPaintCount();
    if (!engineResult) {
        err() << "the run did not finish within " << kRunLimitMs / 1000 << " s" << Qt::endl;
        return std::nullopt;
    }
    QTest::qWait(kTailMs);
    monitor.stop();

    Figures figures;
    figures.targets = int(engineResult->targets.size());
    for (const TargetResult& target : engineResult->targets) {
        figures.passed += target.verdict == Verdict::Pass ? 1 : 0;
        figures.failed += target.verdict == Verdict::Fail ? 1 : 0;
    }
    figures.wallMs = wallMs;
    figures.nextMs = nextMs;
    QList<double> sorted = monitor.lateness();
    std::sort(sorted.begin(), sorted.end());
    figures.ticks = int(sorted.size());
    figures.maxMs = sorted.isEmpty() ? 0 : sorted.constLast();
    figures.p99Ms = percentile(sorted, 0.99);
    figures.p95Ms = percentile(sorted, 0.95);
    figures.medianMs = percentile(sorted, 0.5);
    figures.over50 = int(std::count_if(sorted.cbegin(), sorted.cend(), [](double ms) { return ms > 50; }));
    figures.over100 = int(std::count_if(sorted.cbegin(), sorted.cend(), [](double ms) { return ms > 100; }));
    figures.paints = monitor.paints();
    figures.paintsPerSecond = figures.paints / (wallMs / 1000);

    if (options.listLateMs >= 0) {
        for (qsizetype i = 0; i < monitor.lateness().size(); ++i) {
            if (monitor.lateness().at(i) > options.listLateMs) {
                out() << "  tick at " << qRound(monitor.tickAtMs().at(i))
                      << " ms: " << QString::number(monitor.lateness().at(i), 'f', 1) << " ms late"
                      << Qt::endl;
            }
        }
    }
    return figures;
}

QString row(const QString& label, const Figures& f)
{
    const auto ms = [](double value) { return QString::number(value, 'f', 1); };
    return u"| %1 | %2 | %3 / %4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 | %12 | %13 | %14 |"_s.arg(
        label, QString::number(f.targets), QString::number(f.passed), QString::number(f.failed),
        QString::number(f.wallMs / 1000, 'f', 2), ms(f.nextMs), QString::number(f.ticks), ms(f.maxMs),
        ms(f.p99Ms), ms(f.p95Ms), ms(f.medianMs), QString::number(f.over50), QString::number(f.over100),
        QString::number(f.paintsPerSecond, 'f', 1));
}

Figures medianOf(const QList<Figures>& runs)
{
    const auto of = [&](auto member) {
        QList<double> values;
        for (const Figures& f : runs)
            values << double(f.*member);
        return median(values);
    };
    Figures m;
    m.targets = int(of(&Figures::targets));
    m.passed = int(of(&Figures::passed));
    m.failed = int(of(&Figures::failed));
    m.wallMs = of(&Figures::wallMs);
    m.nextMs = of(&Figures::nextMs);
    m.ticks = int(of(&Figures::ticks));
    m.maxMs = of(&Figures::maxMs);
    m.p99Ms = of(&Figures::p99Ms);
    m.p95Ms = of(&Figures::p95Ms);
    m.medianMs = of(&Figures::medianMs);
    m.over50 = int(of(&Figures::over50));
    m.over100 = int(of(&Figures::over100));
    m.paintsPerSecond = of(&Figures::paintsPerSecond);
    return m;
}

std::optional<Options> parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Measures how smooth the wizard stays during a large run."_s);
    parser.addHelpOption();
    const QCommandLineOption runs(u"runs"_s, u"Measured runs (default 3)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption targets(u"targets"_s, u"Targets in the catalog (default 1000)."_s, u"N"_s,
                                     u"1000"_s);
    const QCommandLineOption services(u"services"_s, u"Services the targets are spread over (default 4)."_s,
                                      u"N"_s, u"4"_s);
    const QCommandLineOption servedOption(
        u"served"_s, u"What answers the even targets: http (plain HTTP, default) or tls."_s, u"KIND"_s,
        u"http"_s);
    const QCommandLineOption concurrency(u"concurrency"_s, u"Targets probed at once (default 64)."_s, u"N"_s,
                                         QString::number(RunSettings::kDefaultConcurrency));
    const QCommandLineOption timeout(u"timeout"_s, u"Per-step timeout in seconds (default 5)."_s, u"S"_s,
                                     u"5"_s);
    const QCommandLineOption late(u"late-ticks"_s, u"List every tick more than MS late (e.g. 50)."_s,
                                  u"MS"_s);
    const QCommandLineOption problems(u"problems-only"_s, u"Tick \"Show only problems\" before the run."_s);
    parser.addOptions({runs, targets, services, servedOption, concurrency, timeout, late, problems});
    parser.process(app);

    Options options;
    bool ok = true;
    const auto number = [&](const QCommandLineOption& option, int low, int high) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        ok = ok && valid && value >= low && value <= high;
        return value;
    };
    options.runs = number(runs, 1, 100);
    options.targets = number(targets, 1, 9999);
    options.services = number(services, 1, 100);
    options.concurrency = number(concurrency, 1, 256);
    options.timeoutSeconds = number(timeout, 1, 300);
    options.tls = parser.value(servedOption) == u"tls";
    if (parser.isSet(late))
        options.listLateMs = number(late, 0, 10000);
    options.problemsOnly = parser.isSet(problems);
    if (!ok || (!options.tls && parser.value(servedOption) != u"http")) {
        err() << "invalid option value; see --help" << Qt::endl;
        return std::nullopt;
    }
    return options;
}

} // namespace

int main(int argc, char* argv[])
{
    // Every probe goes direct to loopback, whatever the developer's environment says.
    for (const char* name : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy",
                             "ALL_PROXY", "no_proxy", "NO_PROXY"})
        qunsetenv(name);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"cloudcheck-bench-gui"_s);
    QApplication::setOrganizationName(u"CloudCheck"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    const std::optional<Options> parsed = parseOptions(app);
    if (!parsed)
        return 64;
    const Options options = *parsed;

    // As the shipped wizard does: every log line of the run goes to a rotating file (here a
    // throwaway one), so the logging cost is part of what is measured.
    QTemporaryDir logs;
    Logging::Options logging;
    logging.logFile = logs.filePath(u"cloudcheck.log"_s);
    Logging::initialize(logging);

    // The loopback server answers on a thread of its own: on the GUI thread its accept, read and
    // write work would be counted as the wizard's, and the shipped program has no server in it.
    QThread serverThread;
    serverThread.setObjectName(u"bench-server"_s);
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    serverThread.start();
    std::unique_ptr<QObject> server;
    quint16 servedPort = 0;
    QList<QSslCertificate> cas;
    TestIdentity leaf;
    if (options.tls) {
        const TestIdentity ca = CertificateFactory::createCa(u"CloudCheck Bench Root"_s, kIssuer);
        CertificateFactory::LeafOptions leafOptions;
        leafOptions.dnsNames = {u"*.bench.test"_s};
        leaf = CertificateFactory::createLeaf(ca, u"bench.test"_s, leafOptions);
        if (ca.isNull() || leaf.isNull()) {
            err() << "could not create the benchmark certificates" << Qt::endl;
            return 1;
        }
        cas << ca.certificate;
    }
    QMetaObject::invokeMethod(
        &serverContext,
        [&] {
            if (options.tls) {
                auto tls = std::make_unique<TlsTestServer>(leaf);
                servedPort = tls->listen() ? tls->port() : 0;
                server = std::move(tls);
            } else {
                auto plain = std::make_unique<PlainHttpServer>();
                servedPort = plain->listen() ? plain->port() : 0;
                server = std::move(plain);
            }
        },
        Qt::BlockingQueuedConnection);
    const quint16 refused = refusedPort();
    const auto stopServer = [&] {
        QMetaObject::invokeMethod(
            &serverContext, [&] { server.reset(); }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    };
    if (servedPort == 0 || refused == 0) {
        err() << "could not start the loopback server or find a refused port" << Qt::endl;
        stopServer();
        return 1;
    }

    const Catalog catalog = benchCatalog(options);
    const QList<HostOverride> overrides = benchOverrides(catalog, servedPort, refused);
    out() << "cloudcheck-bench-gui " << kVersion << ": " << options.targets << " targets in "
          << options.services << " services, odd ones refused (127.0.0.1:" << refused << "), even ones "
          << (options.tls ? "TLS" : "plain HTTP") << " (127.0.0.1:" << servedPort << ")"
          << ", concurrency " << options.concurrency << ", platform " << QApplication::platformName()
          << ", heartbeat " << kHeartbeatMs << " ms" << Qt::endl;

    QList<Figures> runs;
    for (int run = 1; run <= options.runs; ++run) {
        const std::optional<Figures> figures = measureOnce(options, catalog, overrides, cas);
        if (!figures) {
            stopServer();
            Logging::shutdown();
            return 1;
        }
        out() << "run " << run << ": " << figures->targets << " targets (" << figures->passed << " pass, "
              << figures->failed << " fail), wall " << QString::number(figures->wallMs / 1000, 'f', 2)
              << " s, Next click " << QString::number(figures->nextMs, 'f', 1) << " ms, " << figures->ticks
              << " ticks, lateness max " << QString::number(figures->maxMs, 'f', 1) << " / p99 "
              << QString::number(figures->p99Ms, 'f', 1) << " / p95 "
              << QString::number(figures->p95Ms, 'f', 1) << " / median "
              << QString::number(figures->medianMs, 'f', 1) << " ms, " << figures->over50
              << " ticks > 50 ms, " << figures->over100 << " > 100 ms, " << figures->paints << " paints ("
              << QString::number(figures->paintsPerSecond, 'f', 1) << "/s)" << Qt::endl;
        runs << *figures;
    }

    out() << Qt::endl
          << "| run | targets | pass / fail | wall s | Next click ms | ticks | max ms | p99 ms | p95 ms "
             "| median ms | ticks > 50 ms | ticks > 100 ms | paints/s |"
          << Qt::endl
          << "|---|---|---|---|---|---|---|---|---|---|---|---|---|" << Qt::endl;
    for (qsizetype i = 0; i < runs.size(); ++i)
        out() << row(QString::number(i + 1), runs.at(i)) << Qt::endl;
    out() << row(u"median"_s, medianOf(runs)) << Qt::endl;

    stopServer();
    Logging::shutdown();
    const bool expected = std::all_of(runs.cbegin(), runs.cend(), [&](const Figures& f) {
        return f.targets == options.targets && f.passed == options.targets / 2 &&
               f.failed == options.targets - options.targets / 2;
    });
    if (!expected)
        err() << "warning: the runs did not produce the expected pass/fail split" << Qt::endl;
    return expected ? 0 : 2;
}

#include "gui-responsiveness.moc"
