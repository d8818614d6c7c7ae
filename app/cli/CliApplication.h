#pragma once

#include "CliOptions.h"
#include "catalog/Catalog.h"
#include "result/RunResult.h"

#include <QCoreApplication>
#include <QObject>

namespace cloudcheck {

class BackgroundRun;

// cloudcheck-cli from parsed options to exit code: load the catalog and CA file, plan, run on
// the worker thread with progress on stderr, then write the reports.
class CliApplication : public QObject
{
    Q_OBJECT

public:
    static constexpr int kExitUsage = 64;
    static constexpr int kExitInternal = 70;
    static constexpr int kExitInterrupted = 130; // a second Ctrl+C

    explicit CliApplication(CliOptions options, QObject* parent = nullptr);

    // Returns the process exit code.
    int exec();

private:
    int listCatalog(const Catalog& catalog) const;
    int compareAllowlist(const Catalog& catalog) const;
    int exportCatalog() const;
    int report(const RunResult& run);
    void installInterruptHandler(BackgroundRun& run);

    CliOptions m_options;
};

} // namespace cloudcheck
