#include "CliApplication.h"

#include "CaFileLoader.h"
#include "PasswordPrompt.h"
#include "allowlistapi/AllowlistComparison.h"
#include "allowlistapi/CitrixAllowlistReader.h"
#include "catalog/CatalogLoader.h"
#include "report/AllowlistDriftReport.h"
#include "report/AllowlistWriter.h"
#include "report/EvidenceText.h"
#include "report/JsonReport.h"
#include "report/Redactor.h"
#include "report/ReportWriter.h"
#include "report/TextReport.h"
#include "run/BackgroundRun.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTextStream>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcCli, "cloudcheck.cli")

namespace cloudcheck {

namespace {

std::atomic_int g_interrupts = 0;
static_assert(std::atomic_int::is_always_lock_free, "used from a signal handler");

void onInterrupt(int)
{
    // The first interrupt cancels the run, which then reports what it has. The second means
    // "now": nothing still winding down may keep the user waiting (_Exit is signal-safe).
    if (g_interrupts.fetch_add(1) >= 1)
        std::_Exit(CliApplication::kExitInterrupted);
}

bool isTerminal(FILE* stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

void printErr(const QString& text)
{
    QTextStream(stderr) << text << Qt::endl;
}

} // namespace

CliApplication::CliApplication(CliOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options))
{}

int CliApplication::exec()
{
    if (m_options.action == CliOptions::Action::ExportCatalog)
        return exportCatalog();
    auto loaded = m_options.catalogFile.isEmpty() ? CatalogLoader::builtIn()
                                                  : CatalogLoader::loadFile(m_options.catalogFile);
    if (auto* error = std::get_if<CatalogError>(&loaded)) {
        printErr(tr("cloudcheck-cli: the catalog was refused: %1").arg(error->toString()));
        return kExitUsage;
    }
    const Catalog catalog = std::get<Catalog>(std::move(loaded));
    RunSettings& settings = m_options.settings;

    for (const QString& service : std::as_const(settings.services)) {
        if (!catalog.service(service)) {
            QStringList known;
            for (const Service& candidate : catalog.services)
                known << candidate.id;
            printErr(tr("cloudcheck-cli: --services: unknown service \"%1\"; known services are: %2")
                         .arg(service, known.join(QStringLiteral(", "))));
            return kExitUsage;
        }
    }
    if (m_options.action == CliOptions::Action::List)
        return listCatalog(catalog);
    if (m_options.action == CliOptions::Action::CompareAllowlist)
        return compareAllowlist(catalog);

    if (!m_options.caFile.isEmpty()) {
        auto certificates = CaFileLoader::load(m_options.caFile);
        if (auto* error = std::get_if<QString>(&certificates)) {
            printErr(QStringLiteral("cloudcheck-cli: --ca-file: ") + *error);
            return kExitUsage;
        }
        settings.extraCaCertificates = std::get<QList<QSslCertificate>>(certificates);
    }
    if (!settings.proxy.user.isEmpty()) {
        const auto password = PasswordPrompt::obtain(settings.proxy.user);
        if (!password) {
            printErr(tr("cloudcheck-cli: a proxy user is given but no password: set %1, or run in a "
                        "terminal to be asked")
                         .arg(QString::fromLatin1(PasswordPrompt::kVariable)));
            return kExitUsage;
        }
        settings.proxyPassword = *password;
    }
    const RunPlan plan = RunPlan::build(catalog, settings);
    if (plan.targets.isEmpty()) {
        printErr(tr("cloudcheck-cli: nothing to check: no catalog entry matches these services and profile"));
        return kExitUsage;
    }
    qCInfo(lcCli) << "run:" << plan.targets.size() << "targets, timeout" << settings.timeoutMs
                  << "ms, concurrency" << settings.concurrency;

    BackgroundRun run;
    QEventLoop loop;
    RunResult result;
    int done = 0;
    const int total = int(plan.targets.size());
    const Redactor progressRedactor =
        m_options.redact ? Redactor::forSettings(settings, QSysInfo::machineHostName()) : Redactor();
    connect(&run, &BackgroundRun::targetFinished, this, [&](const TargetResult& target) {
        ++done;
        printErr(progressRedactor.apply(TextReport::progressLine(target, done, total)));
    });
    connect(&run, &BackgroundRun::tunnelHoldProgress, this, [&](int secondsLeft) {
        // A countdown every 5 s: enough to show the run is alive, not enough to flood a log.
        if (secondsLeft == settings.holdTunnelSeconds || secondsLeft % 5 == 0)
            printErr(tr("Holding a proxy tunnel open: %1 s left (Ctrl+C stops)").arg(secondsLeft));
    });
    connect(&run, &BackgroundRun::finished, this, [&](const RunResult& finished) {
        result = finished;
        loop.quit();
    });
    installInterruptHandler(run);
    run.start(plan, settings, CatalogInfo::of(catalog));
    loop.exec();
    return report(result);
}

void CliApplication::installInterruptHandler(BackgroundRun& run)
{
    // Ctrl+C cancels the run instead of killing it, so the partial results are still reported.
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    auto* poll = new QTimer(&run);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, &run, [&run, poll] {
        if (g_interrupts.load() > 0) {
            printErr(tr("Cancelling... (press Ctrl+C again to quit at once)"));
            run.cancel();
            poll->stop();
        }
    });
    poll->start();
}

int CliApplication::report(const RunResult& observed)
{
    // Every output below renders this one result, so a redacted run is redacted everywhere.
    const RunResult run = m_options.redact ? Redactor::forRun(observed).apply(observed) : observed;
    QTextStream out(stdout);
    switch (m_options.format) {
    case ReportWriter::Format::Json:
    case ReportWriter::Format::Html:
        out << QString::fromUtf8(ReportWriter::render(run, m_options.format));
        break;
    case ReportWriter::Format::Text: {
        TextReport::Options options;
        options.color = m_options.color && isTerminal(stdout) && qEnvironmentVariableIsEmpty("NO_COLOR");
        out << TextReport::render(run, options);
        break;
    }
    }
    out.flush();

    int exitCode = RunSummary::exitCode(run.summary().verdict);
    for (const QString& path : std::as_const(m_options.outputs)) {
        if (const QString problem = ReportWriter::write(run, path); !problem.isEmpty()) {
            printErr(QStringLiteral("cloudcheck-cli: ") + problem);
            exitCode = kExitUsage;
        }
    }
    if (!m_options.allowlistFile.isEmpty()) {
        if (const QString problem = AllowlistWriter::write(run, m_options.allowlistFile);
            !problem.isEmpty()) {
            printErr(QStringLiteral("cloudcheck-cli: ") + problem);
            exitCode = kExitUsage;
        }
    }
    return exitCode;
}

int CliApplication::exportCatalog() const
{
    // The built-in bytes as shipped, so a local fix is a small diff against a known version.
    QFile builtIn(CatalogLoader::builtInPath());
    if (!builtIn.open(QIODevice::ReadOnly)) {
        printErr(tr("cloudcheck-cli: cannot read the built-in catalog: %1").arg(builtIn.errorString()));
        return kExitInternal;
    }
    if (const QString problem = ReportWriter::writeBytes(builtIn.readAll(), m_options.exportCatalogFile);
        !problem.isEmpty()) {
        printErr(QStringLiteral("cloudcheck-cli: --export-catalog: ") + problem);
        return kExitUsage;
    }
    printErr(tr("Wrote the built-in catalog to %1. Correct it, then run with --catalog %1.")
                 .arg(m_options.exportCatalogFile));
    return 0;
}

int CliApplication::compareAllowlist(const Catalog& catalog) const
{
    auto read =
        CitrixAllowlistReader::readFile(m_options.compareAllowlistFile, m_options.settings.customerId);
    if (auto* problem = std::get_if<QString>(&read)) {
        printErr(QStringLiteral("cloudcheck-cli: --compare-allowlist: ") + *problem);
        return kExitUsage;
    }
    const AllowlistDrift drift = AllowlistComparison::compare(catalog, std::get<CitrixAllowlist>(read),
                                                              m_options.compareAllowlistFile);
    const auto render = [&drift](ReportWriter::Format format) {
        return format == ReportWriter::Format::Json ? AllowlistDriftReport::json(drift)
                                                    : AllowlistDriftReport::text(drift).toUtf8();
    };
    QTextStream out(stdout);
    out << QString::fromUtf8(render(m_options.format));
    out.flush();
    int exitCode = drift.hasDrift() ? 1 : 0;
    for (const QString& path : std::as_const(m_options.outputs)) {
        const auto format = ReportWriter::formatForPath(path).value_or(ReportWriter::Format::Text);
        if (const QString problem = ReportWriter::writeBytes(render(format), path); !problem.isEmpty()) {
            printErr(QStringLiteral("cloudcheck-cli: ") + problem);
            exitCode = kExitUsage;
        }
    }
    return exitCode;
}

int CliApplication::listCatalog(const Catalog& catalog) const
{
    const Language language = m_options.settings.language;
    QTextStream out(stdout);
    out << tr("%1 catalog %2 (%3)").arg(catalog.name, catalog.version, catalog.date) << '\n'
        << tr("Source: %1").arg(catalog.source) << "\n";
    for (const Service& service : catalog.services) {
        out << '\n' << service.id << ": " << service.name.text(language);
        if (service.alwaysIncluded)
            out << ' ' << tr("(always checked)");
        out << "\n  " << service.description.text(language) << '\n';
        for (const CatalogEntry& entry : catalog.entries) {
            if (!entry.services.contains(service.id))
                continue;
            QStringList profiles;
            for (Profile profile : entry.profiles)
                profiles << profileName(profile);
            out << "  " << entry.pattern << "  " << schemeName(entry.scheme) << '/' << entry.port << "  "
                << levelName(entry.level) << ", " << confidenceName(entry.confidence) << ", "
                << profiles.join(u'+') << '\n'
                << "      "
                << tr("probe: %1 (host %2)")
                       .arg(entry.hosts.join(QStringLiteral(", ")), confidenceName(entry.hostConfidence))
                << '\n'
                << "      " << EvidenceText::describe(entry.confidence, entry.hostConfidence) << '\n'
                << "      " << tr("pattern source: %1").arg(entry.source) << '\n'
                << "      " << tr("host source: %1").arg(entry.hostSource) << '\n';
            if (entry.cipherPolicy == CipherPolicy::CitrixIngress) {
                out << "      "
                    << tr("cipher policy: %1 (also checked with TLS 1.2 and only the cipher suites the "
                          "Citrix Cloud ingress accepts, CTX335879)")
                           .arg(cipherPolicyName(entry.cipherPolicy))
                    << '\n';
            }
            out << "      " << entry.purpose.text(language) << '\n';
        }
    }
    return 0;
}

} // namespace cloudcheck
