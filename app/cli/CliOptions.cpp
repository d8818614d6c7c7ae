#include "CliOptions.h"

#include "report/AllowlistWriter.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace cloudcheck {

std::variant<CliOptions, QString> CliOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks whether this machine can reach every address Citrix Cloud Japan needs, and explains "
           "each failure.\nExit codes: 0 all required checks passed, 1 warnings only, 2 a required check "
           "failed, 64 bad usage or input, 70 internal error."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption services(
        QStringLiteral("services"),
        tr("Comma list of common, certificates, gateway, daas, workspace, wem, console "
           "(default: all; common and certificates are always added)."),
        tr("LIST"));
    const QCommandLineOption customerId(QStringLiteral("customer-id"),
                                        tr("Citrix Cloud Customer ID for customer-specific addresses."),
                                        tr("ID"));
    const QCommandLineOption catalog(QStringLiteral("catalog"), tr("Use this endpoint catalog."), tr("FILE"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        tr("Extra CA certificates (PEM) trusted for this run only, beside the system store."), tr("FILE"));
    const QCommandLineOption resolve(QStringLiteral("resolve"),
                                     tr("Pin a host name to an address, like curl (repeatable)."),
                                     tr("HOST:ADDR"));
    const QCommandLineOption connectTo(QStringLiteral("connect-to"),
                                       tr("Send connections for HOST:PORT to ADDR:PORT2 (repeatable)."),
                                       tr("HOST:PORT:ADDR:PORT2"));
    const QCommandLineOption proxy(QStringLiteral("proxy"),
                                   tr("system (default), none, http://[user@]host:port or pac:URL."),
                                   tr("MODE"));
    const QCommandLineOption proxyUser(
        QStringLiteral("proxy-user"),
        tr("Proxy user name; the password comes from CLOUDCHECK_PROXY_PASSWORD."), tr("USER"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        tr("connector (default): judge as the Cloud Connector; browser: as an "
           "admin's browser; vda: as a session host (Gateway service, EDT, WEM)."),
        tr("PROFILE"));
    const QCommandLineOption compareDirect(QStringLiteral("compare-direct"),
                                           tr("For failing targets, also try the other path."));
    const QCommandLineOption holdTunnel(QStringLiteral("hold-tunnel"),
                                        tr("Hold one proxy tunnel open this long."), tr("SECONDS"));
    const QCommandLineOption allowlist(QStringLiteral("allowlist"),
                                       tr("Write the addresses to allow (.txt, .csv or .pac)."), tr("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), tr("Per-step timeout (default 5)."),
                                     tr("SECONDS"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"),
        tr("Targets probed at once (default %1).").arg(RunSettings::kDefaultConcurrency), tr("N"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("stdout format: text (default), json or html."), tr("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Also write a report; the format follows the extension (repeatable)."),
                                    tr("FILE"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("Language: en or ja (default: system)."),
                                      tr("LANG"));
    const QCommandLineOption list(QStringLiteral("list"), tr("Print the catalog and exit."));
    const QCommandLineOption exportCatalog(
        QStringLiteral("export-catalog"),
        tr("Write the built-in catalog to FILE, to correct it and load it back with --catalog, and exit."),
        tr("FILE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Log debug details to stderr."));
    const QCommandLineOption logFile(QStringLiteral("log-file"), tr("Write the log here."), tr("FILE"));
    const QCommandLineOption noColor(QStringLiteral("no-color"), tr("Do not color the text output."));
    parser.addOptions({help,       version,   services, customerId,  catalog, caFile,
                       resolve,    connectTo, proxy,    proxyUser,   profile, compareDirect,
                       holdTunnel, allowlist, timeout,  concurrency, format,  output,
                       language,   list,      verbose,  logFile,     noColor});
    parser.addOption(exportCatalog);
    const QCommandLineOption compareAllowlist(
        QStringLiteral("compare-allowlist"),
        tr("Compare the catalog with a saved answer of Citrix's Connectivity AllowList API "
           "(https://api.citrixcloud.jp/connectivity/v2/allowlist?geo=jp&direction=outbound&format=json"
           "&customerId=ID) and list the differences; exit 0 when there are none, 1 when there are."),
        tr("FILE"));
    parser.addOption(compareAllowlist);
    const QCommandLineOption redact(
        QStringLiteral("redact"),
        tr("Mask the Customer ID, this machine's name, internal proxy hosts and the "
           "proxy user name in every output, for sharing outside the customer."));
    parser.addOption(redact);

    CliOptions options;
    options.helpText = parser.helpText();
    if (!parser.parse(arguments))
        return parser.errorText() + u'\n' + tr("Try --help.");
    if (!parser.positionalArguments().isEmpty())
        return tr("unexpected argument \"%1\"; try --help").arg(parser.positionalArguments().first());
    if (parser.isSet(help)) {
        options.action = Action::Help;
        return options;
    }
    if (parser.isSet(version)) {
        options.action = Action::Version;
        return options;
    }
    if (parser.isSet(list))
        options.action = Action::List;
    if (parser.isSet(exportCatalog)) {
        if (parser.isSet(list))
            return tr("--export-catalog and --list cannot be combined");
        options.action = Action::ExportCatalog;
        options.exportCatalogFile = parser.value(exportCatalog);
    }
    if (parser.isSet(compareAllowlist)) {
        if (options.action != Action::Run)
            return tr("--compare-allowlist cannot be combined with --list or --export-catalog");
        options.action = Action::CompareAllowlist;
        options.compareAllowlistFile = parser.value(compareAllowlist);
    }

    RunSettings& settings = options.settings;
    if (parser.isSet(services)) {
        for (const QString& name : parser.value(services).split(u',', Qt::SkipEmptyParts))
            settings.services << name.trimmed();
        if (settings.services.isEmpty())
            return tr("--services needs at least one service name");
    }
    if (parser.isSet(customerId)) {
        settings.customerId = parser.value(customerId).trimmed();
        if (const QString problem = RunPlan::validateCustomerId(settings.customerId); !problem.isEmpty())
            return u"--customer-id: " + problem;
    }
    options.catalogFile = parser.value(catalog);
    options.caFile = parser.value(caFile);
    for (const QString& value : parser.values(resolve)) {
        auto parsed = HostOverride::parseResolve(value);
        if (auto* error = std::get_if<QString>(&parsed))
            return *error;
        settings.overrides << std::get<HostOverride>(parsed);
    }
    for (const QString& value : parser.values(connectTo)) {
        auto parsed = HostOverride::parseConnectTo(value);
        if (auto* error = std::get_if<QString>(&parsed))
            return *error;
        // A port redirect is more specific than a name pin, so it is consulted first.
        settings.overrides.prepend(std::get<HostOverride>(parsed));
    }
    if (parser.isSet(proxy)) {
        auto parsed = ProxySetting::parse(parser.value(proxy));
        if (auto* error = std::get_if<QString>(&parsed))
            return *error;
        settings.proxy = std::get<ProxySetting>(parsed);
        if (settings.proxy.mode == ProxySetting::Mode::Pac &&
            !QStringList{u"http"_s, u"https"_s, u"file"_s}.contains(settings.proxy.url.scheme()))
            return tr("--proxy pac:URL takes an http, https or file URL, got \"%1\"")
                .arg(settings.proxy.url.scheme());
    }
    if (parser.isSet(proxyUser)) {
        const QString user = parser.value(proxyUser).trimmed();
        if (user.isEmpty())
            return tr("--proxy-user needs a user name");
        if (!settings.proxy.user.isEmpty() && settings.proxy.user != user)
            return tr("--proxy-user \"%1\" and the user name in --proxy differ; give one").arg(user);
        if (settings.proxy.mode == ProxySetting::Mode::None)
            return tr("--proxy-user needs a proxy, but --proxy is none");
        settings.proxy.user = user;
    }
    settings.compareDirect = parser.isSet(compareDirect);
    if (parser.isSet(holdTunnel)) {
        bool ok = false;
        const int seconds = parser.value(holdTunnel).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return tr("--hold-tunnel expects seconds from 1 to 3600, got \"%1\"")
                .arg(parser.value(holdTunnel));
        settings.holdTunnelSeconds = seconds;
    }
    if (parser.isSet(profile)) {
        const auto value = profileFromName(parser.value(profile));
        if (!value)
            return tr("--profile expects connector, browser or vda, got \"%1\"").arg(parser.value(profile));
        settings.profile = *value;
    }
    if (parser.isSet(allowlist)) {
        options.allowlistFile = parser.value(allowlist);
        if (!AllowlistWriter::formatForPath(options.allowlistFile))
            return tr("--allowlist: use a .txt, .csv or .pac file name, got \"%1\"")
                .arg(options.allowlistFile);
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        // Written so that NaN ("nan" parses as a double) fails the range check too.
        if (!ok || !(seconds >= 0.1 && seconds <= 300))
            return tr("--timeout expects seconds from 0.1 to 300, got \"%1\"").arg(parser.value(timeout));
        settings.timeoutMs = int(seconds * 1000);
    }
    if (parser.isSet(concurrency)) {
        bool ok = false;
        const int value = parser.value(concurrency).toInt(&ok);
        if (!ok || value < 1 || value > 256)
            return tr("--concurrency expects a number from 1 to 256, got \"%1\"")
                .arg(parser.value(concurrency));
        settings.concurrency = value;
    }
    if (parser.isSet(format)) {
        const QString value = parser.value(format);
        const auto chosen = ReportWriter::formatFromName(value);
        if (!chosen)
            return tr("--format expects text, json or html, got \"%1\"").arg(value);
        options.format = *chosen;
        if (options.action == Action::CompareAllowlist && options.format == ReportWriter::Format::Html)
            return tr("--compare-allowlist prints text or json, not html");
    }
    for (const QString& path : parser.values(output)) {
        if (!ReportWriter::formatForPath(path))
            return tr("--output: use a .json, .txt or .html file name, got \"%1\"").arg(path);
        if (options.action == Action::CompareAllowlist &&
            ReportWriter::formatForPath(path) == ReportWriter::Format::Html)
            return tr("--compare-allowlist writes .txt or .json files, got \"%1\"").arg(path);
        options.outputs << path;
    }
    settings.language = systemLanguage();
    if (parser.isSet(language)) {
        const auto value = languageFromCode(parser.value(language));
        if (!value)
            return tr("--lang expects en or ja, got \"%1\"").arg(parser.value(language));
        settings.language = *value;
        options.languageGiven = true;
    }
    options.verbose = parser.isSet(verbose);
    options.logFile = parser.value(logFile);
    options.color = !parser.isSet(noColor);
    options.redact = parser.isSet(redact);
    return options;
}

} // namespace cloudcheck
