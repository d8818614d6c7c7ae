// Saves a PNG of every wizard page, in English and Japanese, for docs/screenshots/. The wizard
// runs the built-in catalog with every host pinned to LoopbackLab's servers, chosen so the run
// shows each kind of result: pass, warn (clock skew, a recommended address refused, UDP with no
// answer), fail (a refused port, SSL inspection) and not run (the Customer ID host).
//
// Usage: cloudcheck-screenshots OUTPUT_DIR   (scripts/screenshots.sh runs it under xvfb-run)
#include "AllowlistDriftDialog.h"
#include "CloudCheckWizard.h"
#include "GuiSettings.h"
#include "HttpMessages.h"
#include "LoopbackLab.h"
#include "NetworkPage.h"
#include "ResultsFilterModel.h"
#include "ResultsModel.h"
#include "RunPage.h"
#include "StatusIcons.h"
#include "SummaryPage.h"
#include "WizardSession.h"
#include "catalog/CatalogLoader.h"
#include "platform/fake/FakeHost.h"
#include "support/Version.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeView>

using namespace cloudcheck;
using namespace cctest;
using namespace Qt::StringLiterals;

namespace {

bool save(QWidget& window, const QString& directory, const QString& name)
{
    QApplication::processEvents();
    QTest::qWait(150); // let layouts and deferred repaints settle
    const QString path = directory + u'/' + name + u".png"_s;
    const bool saved = window.grab().save(path, "PNG");
    QTextStream(stdout) << (saved ? "wrote " : "FAILED ") << path << Qt::endl;
    return saved;
}

bool capture(const Catalog& catalog, const LoopbackLab& lab, const QList<HostOverride>& overrides,
             Language language, const QString& directory)
{
    QTemporaryDir home;
    QSettings store(home.filePath(u"settings.ini"_s), QSettings::IniFormat);
    GuiSettings settings(&store);
    settings.setLanguage(language);
    settings.setTimeoutSeconds(3);

    CloudCheckWizard wizard(catalog, &settings);
    wizard.setTestOverrides(overrides, lab.caCertificates());
    wizard.resize(1040, 800);
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return false;
    const QString prefix = languageCode(language) + u'-';
    bool ok = save(wizard, directory, prefix + u"welcome"_s);
    wizard.next();
    ok = save(wizard, directory, prefix + u"services"_s) && ok;
    wizard.next();
    wizard.networkPage()->timeoutBox()->setValue(3);
    ok = save(wizard, directory, prefix + u"network"_s) && ok;
    wizard.next();

    RunPage* run = wizard.runPage();
    // Mid-run: most targets done, the UDP probe still waiting for its timeout.
    (void)QTest::qWaitFor(
        [&] { return run->model()->progress().remaining <= run->model()->progress().total / 3; }, 20000);
    // The EDT (UDP) probe waits for its timeout: show it live in the details pane.
    const QModelIndex udp =
        run->filterModel()->mapFromSource(run->model()->targetIndex(u"udp://global-all.g.nssvc.net:443"_s));
    run->view()->setCurrentIndex(udp);
    run->view()->scrollTo(udp, QAbstractItemView::PositionAtCenter);
    ok = save(wizard, directory, prefix + u"run-progress"_s) && ok;
    if (!QTest::qWaitFor([&] { return run->phase() == RunPage::Phase::Finished; }, 60000)) {
        QTextStream(stderr) << "the run did not finish" << Qt::endl;
        return false;
    }
    // Show an interception finding: its fix, its link and the chain that gave it away.
    const QModelIndex intercepted =
        run->model()->targetIndex(u"https://cwsproduction.blob.core.windows.net:443"_s);
    const QModelIndex shown = run->filterModel()->mapFromSource(intercepted);
    run->view()->setCurrentIndex(shown);
    run->view()->expand(shown);
    run->view()->scrollTo(shown, QAbstractItemView::PositionAtCenter);
    ok = save(wizard, directory, prefix + u"run"_s) && ok;
    // With a fake host (CLOUDCHECK_FAKE_HOST, tests only) the host group has rows: show its first
    // problem with its fix. Not part of docs/screenshots, which show this machine (Linux: not run).
    if (qEnvironmentVariableIsSet(platform::FakeHost::kVariable)) {
        ResultsModel* model = run->model();
        const QModelIndex group = model->index(model->rowCount() - 1, 0);
        QModelIndex pick = group;
        for (int row = 0; row < model->rowCount(group); ++row) {
            if (model->index(row, 0, group).data(ResultsModel::ProblemRole).toBool()) {
                pick = model->index(row, 0, group);
                break;
            }
        }
        run->view()->setCurrentIndex(run->filterModel()->mapFromSource(pick));
        run->view()->scrollTo(run->filterModel()->mapFromSource(pick), QAbstractItemView::PositionAtCenter);
        ok = save(wizard, directory, prefix + u"run-host"_s) && ok;
    }
    wizard.next();
    ok = save(wizard, directory, prefix + u"summary"_s) && ok;

    // The comparison with Citrix's allowlist, answered by the lab's https server (which stands in
    // for api.citrixcloud.jp) with the v2 fixture.
    QFile fixture(QStringLiteral(CLOUDCHECK_ALLOWLIST_FIXTURES "/v2-answer.json"));
    if (!fixture.open(QIODevice::ReadOnly))
        return false;
    const QByteArray body = fixture.readAll();
    lab.goodServer()->setResponse("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                  QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    wizard.session()->setCustomerId(u"acme1234"_s);
    AllowlistDriftDialog* dialog = wizard.summaryPage()->compareWithCitrixList();
    if (!QTest::qWaitFor([&] { return !dialog->isBusy(); }, 20000))
        return false;
    ok = save(*dialog, directory, prefix + u"allowlist"_s) && ok;
    dialog->reject();
    lab.goodServer()->setResponse(okResponse());
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"cloudcheck-screenshots"_s);
    QApplication::setOrganizationName(u"CloudCheck"_s);
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setWindowIcon(StatusIcons::application());
    const QStringList arguments = QCoreApplication::arguments();
    const QString directory = arguments.size() > 1 ? arguments.at(1) : u"docs/screenshots"_s;
    QDir().mkpath(directory);

    auto loaded = CatalogLoader::builtIn();
    if (!std::holds_alternative<Catalog>(loaded)) {
        QTextStream(stderr) << "the built-in catalog did not load" << Qt::endl;
        return 1;
    }
    const Catalog catalog = std::get<Catalog>(std::move(loaded));
    LoopbackLab lab;
    if (!lab.start(LoopbackLab::hostsOf(catalog))) {
        QTextStream(stderr) << lab.errorString() << Qt::endl;
        return 1;
    }
    const QHash<QString, LoopbackLab::Endpoint> special{
        {u"jp-api.wem.citrixcloud.jp"_s, LoopbackLab::Endpoint::Refused},
        {u"citrix.cloud.com"_s, LoopbackLab::Endpoint::Refused},
        {u"citrixdata.com"_s, LoopbackLab::Endpoint::Skewed},
        {u"cwsproduction.blob.core.windows.net"_s, LoopbackLab::Endpoint::Intercepted},
    };
    const QList<HostOverride> overrides = lab.overridesFor(catalog, special);

    bool ok = capture(catalog, lab, overrides, Language::English, directory);
    ok = capture(catalog, lab, overrides, Language::Japanese, directory) && ok;
    return ok ? 0 : 1;
}
