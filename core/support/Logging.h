#pragma once

#include <QString>

namespace cloudcheck {

// spdlog behind one door: a rotating file in the user's data directory (or --log-file), and
// every qDebug/qInfo/qWarning routed into it, so one file tells the whole story of a run.
class Logging
{
public:
    struct Options
    {
        QString logFile; // empty: <AppLocalDataLocation>/logs/cloudcheck.log
        bool verbose = false;
        bool echoToStderr = false; // the CLI's --verbose
    };

    // Returns an empty string, or why the log file could not be opened (logging then goes to
    // stderr only; a diagnostic tool must still run on a locked-down machine).
    static QString initialize(const Options& options);
    static void shutdown();
    static QString defaultLogDirectory();
    static QString currentLogFile();
};

} // namespace cloudcheck
