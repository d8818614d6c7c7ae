#include "CloudCheckWizard.h"
#include "GuiSettings.h"
#include "StatusIcons.h"
#include "catalog/CatalogLoader.h"
#include "support/Logging.h"
#include "support/Translator.h"
#include "support/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace cloudcheck;

namespace {

constexpr int kExitUsage = 64;

// The sources are marked with QT_TRANSLATE_NOOP so lupdate collects them; translate() then looks
// them up at run time.
QString text(const char* source)
{
    return QCoreApplication::translate("main", source);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cloudcheck"));
    QApplication::setOrganizationName(QStringLiteral("CloudCheck"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setApplicationDisplayName(QStringLiteral("CloudCheck"));
    QApplication::setWindowIcon(StatusIcons::application());

    Logging::initialize({});
    QSettings store;
    GuiSettings settings(&store);
    Translator translator;
    translator.setLanguage(settings.language().value_or(systemLanguage()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        text(QT_TRANSLATE_NOOP("main", "Checks this machine's connection to Citrix Cloud Japan.")));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalogOption(
        QStringLiteral("catalog"),
        text(QT_TRANSLATE_NOOP("main", "Use this endpoint catalog instead of the built-in one.")),
        QStringLiteral("FILE"));
    parser.addOption(catalogOption);
    // For smoke tests and screenshots: close the window after this many milliseconds.
    QCommandLineOption quitOption(QStringLiteral("quit-after-ms"), QString(), QStringLiteral("MS"));
    quitOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitOption);
    if (!parser.parse(QCoreApplication::arguments())) {
        QMessageBox::critical(nullptr, QStringLiteral("CloudCheck"), parser.errorText());
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    int quitAfterMs = parser.value(quitOption).toInt();
    if (quitAfterMs <= 0)
        quitAfterMs = qEnvironmentVariableIntValue("CLOUDCHECK_SMOKE_QUIT_MS");
    if (quitAfterMs > 0) {
        // Close windows the way a user would (settings are saved), then leave whichever event
        // loop is running: quit() alone would not end a message box shown before exec().
        QTimer::singleShot(quitAfterMs, &app, [] {
            QApplication::closeAllWindows();
            QCoreApplication::exit(0);
        });
    }

    const QString catalogFile = parser.value(catalogOption);
    auto loaded = catalogFile.isEmpty() ? CatalogLoader::builtIn() : CatalogLoader::loadFile(catalogFile);
    if (const auto* error = std::get_if<CatalogError>(&loaded)) {
        qCritical("catalog refused: %s", qUtf8Printable(error->toString()));
        QMessageBox::critical(nullptr, QStringLiteral("CloudCheck"),
                              text(QT_TRANSLATE_NOOP("main", "The endpoint catalog was refused:\n\n%1"))
                                  .arg(error->toString()));
        Logging::shutdown();
        return kExitUsage;
    }

    int code = 0;
    {
        CloudCheckWizard wizard(std::get<Catalog>(std::move(loaded)), &settings, &translator);
        wizard.show();
        code = app.exec();
    }
    Logging::shutdown();
    return code;
}
