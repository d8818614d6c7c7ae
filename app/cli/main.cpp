#include "CliApplication.h"
#include "CliOptions.h"
#include "support/Logging.h"
#include "support/Translator.h"
#include "support/Version.h"

#include <QCoreApplication>
#include <QTextStream>
#include <exception>

using namespace cloudcheck;

namespace {

// --lang must take effect before the options are parsed, so their errors come out translated.
Language requestedLanguage(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString value;
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            value = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(u"--lang="))
            value = arguments.at(i).mid(7);
        if (const auto language = languageFromCode(value))
            return *language;
    }
    return systemLanguage();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cloudcheck"));
    QCoreApplication::setOrganizationName(QStringLiteral("CloudCheck"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    Translator translator;
    translator.setLanguage(requestedLanguage(QCoreApplication::arguments()));

    try {
        auto parsed = CliOptions::parse(QCoreApplication::arguments());
        if (auto* error = std::get_if<QString>(&parsed)) {
            QTextStream(stderr) << "cloudcheck-cli: " << *error << Qt::endl;
            return CliApplication::kExitUsage;
        }
        CliOptions options = std::get<CliOptions>(std::move(parsed));
        if (options.action == CliOptions::Action::Help) {
            QTextStream(stdout) << options.helpText;
            return 0;
        }
        if (options.action == CliOptions::Action::Version) {
            QTextStream(stdout) << "cloudcheck-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return 0;
        }
        if (const QString problem = Logging::initialize({options.logFile, options.verbose, options.verbose});
            !problem.isEmpty() && !options.logFile.isEmpty()) {
            QTextStream(stderr) << "cloudcheck-cli: --log-file: " << problem << Qt::endl;
            return CliApplication::kExitUsage;
        }
        CliApplication cli(std::move(options));
        const int code = cli.exec();
        Logging::shutdown();
        return code;
    } catch (const std::exception& error) {
        QTextStream(stderr) << "cloudcheck-cli: internal error: " << error.what() << Qt::endl;
        return CliApplication::kExitInternal;
    }
}
