#pragma once

#include "plan/RunPlan.h"
#include "plan/RunSettings.h"
#include "report/ReportWriter.h"

#include <QCoreApplication>
#include <QStringList>
#include <variant>

namespace cloudcheck {

// cloudcheck-cli's command line (SPEC.md), parsed and checked before anything runs. Checks that
// need the catalog (service names) happen in CliApplication once the catalog is loaded.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    enum class Action
    {
        Run,
        List,
        ExportCatalog,
        CompareAllowlist,
        Help,
        Version
    };

    Action action = Action::Run;
    RunSettings settings;
    bool languageGiven = false;
    QString catalogFile;
    QString caFile;
    QString allowlistFile;
    QString exportCatalogFile;
    QString compareAllowlistFile; // a saved answer of Citrix's Connectivity AllowList API
    QStringList outputs;
    ReportWriter::Format format = ReportWriter::Format::Text;
    bool verbose = false;
    QString logFile;
    bool color = true;
    bool redact = false; // --redact: mask what identifies the customer (Redactor)
    QString helpText;

    // The error is a message for stderr; the caller exits with 64.
    static std::variant<CliOptions, QString> parse(const QStringList& arguments);
};

} // namespace cloudcheck
