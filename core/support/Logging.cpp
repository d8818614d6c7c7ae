#include "Logging.h"

#include "UntrustedText.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace cloudcheck {

namespace {

QString g_logFile;

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void routeQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const char* category = context.category ? context.category : "default";
    // Log lines quote hosts, headers and certificate fields; one message is one visible line
    // that a `tail -f` in a terminal prints and never obeys.
    constexpr qsizetype kMaxLineLength = 8192;
    spdlog::log(levelFor(type), "[{}] {}", category,
                UntrustedText::forDisplay(message, kMaxLineLength).toStdString());
    if (type == QtFatalMsg) {
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

QString Logging::defaultLogDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

QString Logging::currentLogFile()
{
    return g_logFile;
}

QString Logging::initialize(const Options& options)
{
    std::vector<spdlog::sink_ptr> sinks;
    QString problem;
    const QString path = options.logFile.isEmpty() ? defaultLogDirectory() + QStringLiteral("/cloudcheck.log")
                                                   : options.logFile;
    try {
        QDir().mkpath(QFileInfo(path).absolutePath());
        constexpr std::size_t kMaxBytes = 2 * 1024 * 1024;
        constexpr std::size_t kMaxFiles = 3;
        sinks.push_back(
            std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), kMaxBytes, kMaxFiles));
        g_logFile = path;
    } catch (const spdlog::spdlog_ex& error) {
        problem = QString::fromStdString(error.what());
        g_logFile.clear();
    }
    if (options.echoToStderr || !problem.isEmpty()) {
        auto console = std::make_shared<spdlog::sinks::stderr_sink_mt>();
        console->set_level(options.echoToStderr ? spdlog::level::debug : spdlog::level::warn);
        sinks.push_back(console);
    }
    auto logger = std::make_shared<spdlog::logger>("cloudcheck", sinks.begin(), sinks.end());
    logger->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%l] [t%t] %v");
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(routeQtMessage);
    return problem;
}

void Logging::shutdown()
{
    qInstallMessageHandler(nullptr);
    spdlog::shutdown();
}

} // namespace cloudcheck
