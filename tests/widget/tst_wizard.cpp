// Drives the real wizard under the offscreen platform: navigation, validation, the runtime
// language switch, live runs against loopback servers (LoopbackLab pins every host to 127.0.0.1),
// cancel, close mid-run, re-run, the details pane, and export.
#include "AllowlistDriftDialog.h"
#include "CertificateFactory.h"
#include "CloudCheckWizard.h"
#include "DetailsView.h"
#include "FakeHostBuilder.h"
#include "GuiSettings.h"
#include "LoopbackLab.h"
#include "NetworkPage.h"
#include "PlainHttpServer.h"
#include "ReportSchema.h"
#include "ResultsFilterModel.h"
#include "ResultsModel.h"
#include "RunPage.h"
#include "ServiceCard.h"
#include "ServicesPage.h"
#include "StatusIcons.h"
#include "SummaryPage.h"
#include "TlsTestServer.h"
#include "WelcomePage.h"
#include "WizardSession.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/HostDiagnosis.h"
#include "diagnosis/RunDiagnosis.h"
#include "platform/fake/FakeHost.h"
#include "readiness/Tls12ClientRule.h"
#include "report/HtmlReport.h"
#include "report/ReportWords.h"
#include "report/TextReport.h"
#include "support/Version.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <atomic>
#include <memory>
#include <unistd.h>

// Exported by QtCore for debugging tools; see hooks::install() below.
QT_BEGIN_NAMESPACE
extern Q_CORE_EXPORT quintptr qtHookData[];
QT_END_NAMESPACE

using namespace cloudcheck;
using namespace cctest;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRunTimeoutMs = 30000;
const QString kGood = u"https://good.test.invalid:443"_s;
const QString kCrl = u"http://crl.test.invalid:80"_s;
const QString kApi = u"https://api.test.invalid:443"_s;
const QString kSkew = u"https://skew.test.invalid:443"_s;
const QString kDown = u"https://down.test.invalid:443"_s;
const QString kRefused = u"https://refused.test.invalid:443"_s;
const QString kSilent = u"https://silent.test.invalid:443"_s;
const QString kConsole = u"https://console.test.invalid:443"_s;
const QString kCustomerTemplate = u"https://{customerId}.daas.test.invalid:443"_s;

// Marks every WelcomePage string, to prove LanguageChange reaches the page and re-reads tr().
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (QByteArrayView(context) == "cloudcheck::WelcomePage")
            return u"«"_s + QString::fromUtf8(sourceText) + u"»"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

// A target made of recorded facts, worded by Diagnosis as in a real run.
TargetResult recorded(const QString& host, Scheme scheme, QList<StepResult> steps)
{
    TargetResult result;
    result.target.host = host;
    result.target.scheme = scheme;
    result.target.port = 443;
    result.target.id = (scheme == Scheme::Udp ? u"udp://"_s : u"https://"_s) + host + u":443"_s;
    result.target.patterns = {result.target.id};
    result.target.services = {u"common"_s};
    result.target.required = true;
    result.steps = std::move(steps);
    Diagnosis::apply(result);
    return result;
}

TargetResult refusedTarget(const QString& host)
{
    const QJsonObject tcp{{u"error"_s, u"refused"_s},
                          {u"port"_s, 443},
                          {u"attempts"_s, QJsonArray{QJsonObject{{u"address"_s, u"203.0.113.9"_s},
                                                                 {u"outcome"_s, u"refused"_s}}}}};
    return recorded(host, Scheme::Https,
                    {{StepKind::Dns, Verdict::Pass, 5, {{u"addresses"_s, QJsonArray{u"203.0.113.9"_s}}}},
                     {StepKind::Tcp, Verdict::Fail, 5, tcp}});
}

TargetResult interceptedTarget(const QString& host, const QString& issuer)
{
    const QJsonObject certificate{{u"errors"_s, QJsonArray{}},
                                  {u"expectedIssuers"_s, QJsonArray{u"DigiCert Inc"_s}},
                                  {u"issuerOrganizations"_s, QJsonArray{issuer}},
                                  {u"intercepted"_s, true}};
    return recorded(host, Scheme::Https,
                    {{StepKind::Dns, Verdict::Pass, 5, {}},
                     {StepKind::Tcp, Verdict::Pass, 5, {}},
                     {StepKind::Tls, Verdict::Pass, 5, {}},
                     {StepKind::Certificate, Verdict::Fail, 5, certificate},
                     {StepKind::Http, Verdict::NotRun, 0, {{u"blockedBy"_s, u"certificate"_s}}}});
}

// The check itself broke (no UDP socket): an error no finding explains.
TargetResult brokenUdpTarget(const QString& host)
{
    return recorded(host, Scheme::Udp,
                    {{StepKind::Dns, Verdict::Pass, 5, {}},
                     {StepKind::Udp, Verdict::Error, 5, {{u"errorText"_s, u"bind failed"_s}}}});
}

// Live QObjects of the whole process, counted through the hooks Qt keeps for tools such as
// GammaRay (qhooks_p.h; the private header is not shipped, the exported table is).
namespace hooks {
enum Index
{
    AddQObject = 3,
    RemoveQObject = 4,
};
using Callback = void (*)(QObject*);
std::atomic<qint64> liveObjects{0};
std::atomic<qint64> createdObjects{0}; // only grows: proves the hooks are called at all
Callback previousAdd = nullptr;
Callback previousRemove = nullptr;

void added(QObject* object)
{
    ++liveObjects;
    ++createdObjects;
    if (previousAdd)
        previousAdd(object);
}

void removed(QObject* object)
{
    --liveObjects;
    if (previousRemove)
        previousRemove(object);
}

void install()
{
    if (qtHookData[AddQObject] == reinterpret_cast<quintptr>(&added))
        return;
    previousAdd = reinterpret_cast<Callback>(qtHookData[AddQObject]);
    previousRemove = reinterpret_cast<Callback>(qtHookData[RemoveQObject]);
    qtHookData[AddQObject] = reinterpret_cast<quintptr>(&added);
    qtHookData[RemoveQObject] = reinterpret_cast<quintptr>(&removed);
}
} // namespace hooks

// Resident memory of this process, from /proc/self/statm (pages resident, second field).
qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

} // namespace

class WizardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyPageHasADefaultButton();
    void welcomePageOffersSessionHostAndNamesCatalog();
    void detailsSayWhichPartIsDocumented();
    void invalidCustomerIdBlocksNext();
    void keyboardMovesThroughServiceCards();
    void languageSwitchRetranslates();
    void networkPageListsPlannedAddresses();
    void manualProxyFieldSetsTheRunsProxy();
    void systemProxyFromTheEnvironmentIsFollowed();
    void proxySignInAndPacFieldsReachTheRun();
    void runFillsLiveViewAndSummaryMatchesEngine();
    void problemFilterAndDetailsPane();
    void hostChecksAreRowsOfTheResultsTree();
    void hostGroupNotRunSaysWhy();
    void languageSwitchAfterRunRewordsResults();
    void rerunFailedChecksOnlyProblems();
    void runAgainFiftyTimesKeepsMemoryFlat();
    void cancelKeepsPartialResults();
    void closingMidRunDoesNotHang();
    void exportJsonIsAtomicAndValid();
    void exportThroughTheFileDialog();
    void exportIntoMissingDirectoryShowsError();
    void copySummaryAndAbout();
    void comparesWithCitrixsAllowlistOnRequest();
    void summaryProblemsAreEscapedAndShortened();
    void choicesAreRemembered();
    void unpinnedHostsRefuseToRun();

private:
    void createWizard(const QList<HostOverride>& overrides);
    void clickNext();
    void goToRunPage(const QStringList& services, const QString& customerId = {}, int timeoutSeconds = 5);
    RunResult runToEnd(const QStringList& services, const QString& customerId = {});
    // runToEnd(), then on to the summary page; null once a failure is recorded.
    SummaryPage* runToSummary(const QStringList& services, RunResult* engine = nullptr);
    // Starts a Gateway run with a 120 s step timeout and waits until the silent server holds a
    // connection, so the run is busy until something stops it.
    void startHangingRun();
    // Selects step `row` of target `targetId` in the results view, which must be a `kind` step.
    void selectStep(const QString& targetId, int row, StepKind kind);
    RunPage* runPage() const { return m_wizard->runPage(); }

    LoopbackLab m_lab;
    Catalog m_catalog;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<GuiSettings> m_settings;
    std::unique_ptr<CloudCheckWizard> m_wizard;
    QList<RunResult> m_engineResults;
};

void WizardTest::initTestCase()
{
    // As main.cpp does: reports carry the version, and the schema requires one.
    QCoreApplication::setApplicationName(u"cloudcheck-widget-tests"_s);
    QCoreApplication::setOrganizationName(u"CloudCheck"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QVERIFY2(m_lab.start(), qPrintable(m_lab.errorString()));
    m_catalog = LoopbackLab::testCatalog();
    QVERIFY(m_dir.isValid());
}

void WizardTest::init()
{
    createWizard(m_lab.testCatalogOverrides());
}

void WizardTest::createWizard(const QList<HostOverride>& overrides)
{
    m_wizard.reset();
    m_engineResults.clear();
    m_store = std::make_unique<QSettings>(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s), QSettings::IniFormat);
    m_settings = std::make_unique<GuiSettings>(m_store.get());
    m_settings->setLanguage(Language::English);
    m_wizard = std::make_unique<CloudCheckWizard>(m_catalog, m_settings.get());
    m_wizard->setTestOverrides(overrides, m_lab.caCertificates());
    connect(m_wizard->runPage(), &RunPage::runFinished, this,
            [this](const RunResult& result) { m_engineResults << result; });
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void WizardTest::cleanup()
{
    m_wizard.reset();
    m_settings.reset();
    m_store.reset();
}

void WizardTest::clickNext()
{
    QAbstractButton* next = m_wizard->button(QWizard::NextButton);
    QVERIFY(next->isVisible());
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

void WizardTest::goToRunPage(const QStringList& services, const QString& customerId, int timeoutSeconds)
{
    QCOMPARE(m_wizard->currentId(), int(CloudCheckWizard::WelcomePageId));
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(CloudCheckWizard::ServicesPageId));
    ServicesPage* page = m_wizard->servicesPage();
    for (const Service& service : std::as_const(m_catalog.services)) {
        if (ServiceCard* card = page->card(service.id))
            card->setChecked(services.contains(service.id));
    }
    page->customerIdEdit()->setText(customerId);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(CloudCheckWizard::NetworkPageId));
    m_wizard->networkPage()->timeoutBox()->setValue(timeoutSeconds);
    clickNext();
    QCOMPARE(m_wizard->currentId(), int(CloudCheckWizard::RunPageId));
}

RunResult WizardTest::runToEnd(const QStringList& services, const QString& customerId)
{
    goToRunPage(services, customerId);
    if (QTest::currentTestFailed())
        return {};
    [&] { QTRY_COMPARE_WITH_TIMEOUT(runPage()->phase(), RunPage::Phase::Finished, kRunTimeoutMs); }();
    if (QTest::currentTestFailed() || m_engineResults.isEmpty())
        return {};
    return m_engineResults.constLast();
}

SummaryPage* WizardTest::runToSummary(const QStringList& services, RunResult* engine)
{
    const RunResult result = runToEnd(services);
    if (QTest::currentTestFailed())
        return nullptr;
    if (engine)
        *engine = result;
    clickNext();
    return QTest::currentTestFailed() ? nullptr : m_wizard->summaryPage();
}

void WizardTest::startHangingRun()
{
    goToRunPage({u"gateway"_s}, {}, 120);
    if (QTest::currentTestFailed())
        return;
    const int acceptedBefore = m_lab.silentServer()->acceptedCount();
    QTRY_VERIFY_WITH_TIMEOUT(m_lab.silentServer()->acceptedCount() > acceptedBefore, kRunTimeoutMs);
}

void WizardTest::selectStep(const QString& targetId, int row, StepKind kind)
{
    ResultsModel* model = runPage()->model();
    const QModelIndex step = model->index(row, 0, model->targetIndex(targetId));
    QCOMPARE(model->stepResult(step)->step, kind);
    runPage()->view()->setCurrentIndex(runPage()->filterModel()->mapFromSource(step));
}

// --- navigation and validation ---------------------------------------------------------------

void WizardTest::welcomePageOffersSessionHostAndNamesCatalog()
{
    WelcomePage* page = m_wizard->welcomePage();
    const Catalog& catalog = m_wizard->session()->catalog();
    // A stale catalog is visible before anything runs.
    const QString shown = page->catalogLabel()->text();
    QVERIFY2(shown.contains(catalog.name) && shown.contains(catalog.version) && shown.contains(catalog.date),
             qPrintable(shown));
    QVERIFY(!page->vdaButton()->isChecked());
    page->vdaButton()->click();
    QCOMPARE(m_wizard->session()->runSettings().profile, Profile::Vda);
    page->connectorButton()->click();
    QCOMPARE(m_wizard->session()->runSettings().profile, Profile::Connector);
}

void WizardTest::detailsSayWhichPartIsDocumented()
{
    TargetResult result;
    result.target.id = u"https://global-all.g.nssvc.net:443"_s;
    result.target.host = u"global-all.g.nssvc.net"_s;
    result.target.patterns = {u"https://*.nssvc.net"_s};
    result.target.confidence = Confidence::Documented;
    result.target.hostConfidence = Confidence::Inferred;
    const CatalogInfo info = m_wizard->session()->catalogInfo();
    const QString chosen = DetailsView::targetHtml(result, false, nullptr, info, Language::English);
    QVERIFY2(chosen.contains(u"documented pattern, representative host chosen by CloudCheck"_s),
             qPrintable(chosen));
    result.target.hostConfidence = Confidence::Documented;
    const QString documented = DetailsView::targetHtml(result, false, nullptr, info, Language::English);
    QVERIFY(!documented.contains(u"chosen by CloudCheck"_s));
    QVERIFY(documented.contains(u"documented pattern, documented host"_s));
}

void WizardTest::everyPageHasADefaultButton()
{
    const auto defaultButton = [this]() -> QAbstractButton* {
        for (const auto which : {QWizard::NextButton, QWizard::FinishButton, QWizard::CommitButton}) {
            auto* button = qobject_cast<QPushButton*>(m_wizard->button(which));
            if (button && button->isVisible() && button->isDefault())
                return button;
        }
        return nullptr;
    };
    QVERIFY(defaultButton());
    // Return presses the default button: the whole wizard works from the keyboard.
    QTest::keyClick(m_wizard.get(), Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(CloudCheckWizard::ServicesPageId));
    QVERIFY(defaultButton());
    QTest::keyClick(m_wizard.get(), Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(CloudCheckWizard::NetworkPageId));
    QVERIFY(defaultButton());
    m_wizard->servicesPage()->card(u"gateway"_s)->setChecked(false);
    QTest::keyClick(m_wizard.get(), Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(CloudCheckWizard::RunPageId));
    QTRY_COMPARE_WITH_TIMEOUT(runPage()->phase(), RunPage::Phase::Finished, kRunTimeoutMs);
    QVERIFY(defaultButton());
    // The run page's own buttons never take Return away from the wizard.
    QVERIFY(!runPage()->cancelButton()->autoDefault());
    QTest::keyClick(m_wizard.get(), Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(CloudCheckWizard::SummaryPageId));
    QAbstractButton* finish = defaultButton();
    QVERIFY(finish);
    QCOMPARE(finish, m_wizard->button(QWizard::FinishButton));
}

void WizardTest::invalidCustomerIdBlocksNext()
{
    clickNext();
    ServicesPage* page = m_wizard->servicesPage();
    QAbstractButton* next = m_wizard->button(QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QVERIFY(!page->customerIdError()->isVisible());

    QTest::keyClicks(page->customerIdEdit(), u"bad id!"_s);
    QVERIFY(!next->isEnabled());
    QVERIFY(page->customerIdError()->isVisible());
    QVERIFY(page->customerIdError()->text().contains(u"bad id!"_s));
    QTest::keyClick(page->customerIdEdit(), Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(CloudCheckWizard::ServicesPageId));

    page->customerIdEdit()->clear();
    QVERIFY(next->isEnabled());
    QVERIFY(!page->customerIdError()->isVisible());

    QTest::keyClicks(page->customerIdEdit(), u"-leading"_s);
    QVERIFY(!next->isEnabled());
    page->customerIdEdit()->clear();
    QTest::keyClicks(page->customerIdEdit(), u"acme01"_s);
    QVERIFY(next->isEnabled());
    QCOMPARE(m_wizard->field(u"customerId"_s).toString(), u"acme01"_s);
    QTest::keyClick(page->customerIdEdit(), Qt::Key_Return);
    QCOMPARE(m_wizard->currentId(), int(CloudCheckWizard::NetworkPageId));
    QCOMPARE(m_wizard->session()->runSettings().customerId, u"acme01"_s);
}

void WizardTest::keyboardMovesThroughServiceCards()
{
    clickNext();
    ServicesPage* page = m_wizard->servicesPage();
    QCheckBox* gateway = page->card(u"gateway"_s)->checkBox();
    QCheckBox* daas = page->card(u"daas"_s)->checkBox();
    gateway->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(gateway->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(daas->hasFocus());
    const bool before = daas->isChecked();
    QTest::keyClick(daas, Qt::Key_Space);
    QCOMPARE(daas->isChecked(), !before);
    QCOMPARE(m_wizard->session()->runSettings().services.contains(u"daas"_s), !before);
    QVERIFY(!daas->accessibleName().isEmpty());
}

void WizardTest::languageSwitchRetranslates()
{
    WelcomePage* welcome = m_wizard->welcomePage();
    ServiceCard* wem = m_wizard->servicesPage()->card(u"wem"_s);
    QCOMPARE(wem->checkBox()->text(), u"Workspace Environment Management service"_s);

    // Catalog texts follow the chosen language at once, without a restart.
    welcome->languageBox()->setCurrentIndex(1);
    QCOMPARE(m_wizard->session()->language(), Language::Japanese);
    QTRY_COMPARE(wem->checkBox()->text(), u"Workspace Environment Management サービス"_s);
    QCOMPARE(wem->descriptionLabel()->text(), u"ユーザー環境の管理"_s);
    welcome->languageBox()->setCurrentIndex(0);
    QTRY_COMPARE(wem->checkBox()->text(), u"Workspace Environment Management service"_s);

    // tr() strings: installing a translator sends LanguageChange, and the page re-reads them.
    QCOMPARE(welcome->languageLabel()->text(), u"&Language:"_s);
    MarkingTranslator marking;
    QCoreApplication::installTranslator(&marking);
    QTRY_COMPARE(welcome->languageLabel()->text(), u"«&Language:»"_s);
    QVERIFY(welcome->title().startsWith(u"«"_s));
    QCoreApplication::removeTranslator(&marking);
    QTRY_COMPARE(welcome->languageLabel()->text(), u"&Language:"_s);
}

void WizardTest::networkPageListsPlannedAddresses()
{
    clickNext();
    m_wizard->servicesPage()->card(u"gateway"_s)->setChecked(false);
    clickNext();
    NetworkPage* page = m_wizard->networkPage();
    QCOMPARE(page->timeoutBox()->value(), 5);
    QCOMPARE(page->concurrencyBox()->value(), 64);
    QVERIFY(page->systemProxyButton()->isChecked());
    QVERIFY(page->manualProxyButton()->isEnabled());
    QVERIFY(page->pacButton()->isEnabled());
    QVERIFY(!page->advancedPanel()->isVisible());
    QTest::mouseClick(page->advancedToggle(), Qt::LeftButton);
    QVERIFY(page->advancedPanel()->isVisible());

    QTreeWidget* tree = page->addressTree();
    QStringList services;
    QStringList hosts;
    QString customerLevel;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* service = tree->topLevelItem(i);
        services << service->text(0);
        for (int j = 0; j < service->childCount(); ++j) {
            hosts << service->child(j)->text(0);
            if (service->child(j)->text(0).startsWith(u"{customerId}"_s))
                customerLevel = service->child(j)->text(2);
        }
    }
    QVERIFY(services.contains(u"Common addresses"_s));
    QVERIFY(services.contains(u"Citrix DaaS"_s));
    QVERIFY(!services.contains(u"Citrix Gateway service"_s));
    QVERIFY(hosts.contains(u"good.test.invalid"_s));
    QVERIFY(!hosts.contains(u"silent.test.invalid"_s));
    QCOMPARE(customerLevel, u"Not checked: needs the Customer ID"_s);
    // Shared targets are listed under each service needing them.
    QCOMPARE(hosts.count(u"api.test.invalid"_s), 2);

    // Back, enter a Customer ID: the host is filled in.
    QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
    m_wizard->servicesPage()->customerIdEdit()->setText(u"Acme01"_s);
    clickNext();
    bool found = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            found = found || tree->topLevelItem(i)->child(j)->text(0) == u"acme01.daas.test.invalid"_s;
    }
    QVERIFY(found);
}

void WizardTest::manualProxyFieldSetsTheRunsProxy()
{
    NetworkPage* page = m_wizard->networkPage();
    QVERIFY(page->systemProxyButton()->isEnabled());
    QVERIFY(page->manualProxyButton()->isEnabled());

    // Typing an address chooses "manual" and hands it to the engine.
    page->manualAddressField()->clear();
    QTest::keyClicks(page->manualAddressField(), u"proxy.corp.example:8080"_s);
    QVERIFY(page->manualProxyButton()->isChecked());
    const ProxySetting chosen = m_wizard->session()->runSettings().proxy;
    QCOMPARE(chosen.mode, ProxySetting::Mode::Manual);
    QCOMPARE(chosen.url.host(), u"proxy.corp.example"_s);
    QCOMPARE(chosen.url.port(), 8080);
    QVERIFY(page->validatePage());
    QVERIFY(!page->proxyNote()->isVisible());

    // No port, or a password in the address: refused with the reason, never passed on.
    for (const QString& bad : {u"proxy.corp.example"_s, u"user:secret@proxy.corp.example:8080"_s}) {
        page->manualAddressField()->clear();
        QTest::keyClicks(page->manualAddressField(), bad);
        QVERIFY(!page->validatePage());
        QVERIFY(!page->proxyNote()->isHidden());
        QVERIFY(page->proxyNote()->text().contains(u"host:port"_s));
        QVERIFY(!page->proxyNote()->text().contains(u"secret"_s));
        QCOMPARE(m_wizard->session()->runSettings().proxy.url.host(), u"proxy.corp.example"_s);
    }

    // Back to the system setting: the engine decides the route, the page does not.
    page->systemProxyButton()->click();
    QCOMPARE(m_wizard->session()->runSettings().proxy.mode, ProxySetting::Mode::System);
    QVERIFY(page->validatePage());
}

void WizardTest::proxySignInAndPacFieldsReachTheRun()
{
    NetworkPage* page = m_wizard->networkPage();
    // No proxy mode is disabled any more.
    for (QWidget* field : std::initializer_list<QWidget*>{
             page->manualUserField(), page->manualPasswordField(), page->pacButton(), page->pacUrlField()})
        QVERIFY(field->isEnabled());

    // A user and a password: the user goes with the proxy, the password only into the run's memory.
    page->manualAddressField()->clear();
    QTest::keyClicks(page->manualAddressField(), u"proxy.corp.example:8080"_s);
    QTest::keyClicks(page->manualUserField(), u"CORP\\alice"_s);
    QTest::keyClicks(page->manualPasswordField(), u"Pa55-w0rd!"_s);
    QCOMPARE(page->manualPasswordField()->echoMode(), QLineEdit::Password);
    QVERIFY(page->validatePage());
    const RunSettings& settings = m_wizard->session()->runSettings();
    QCOMPARE(settings.proxy.mode, ProxySetting::Mode::Manual);
    QCOMPARE(settings.proxy.user, u"CORP\\alice"_s);
    QCOMPARE(settings.proxyPassword, u"Pa55-w0rd!"_s);
    QVERIFY(!settings.proxy.display().contains(u"Pa55"_s));
    // validatePage() saved the choices: the user name is remembered, the password never is.
    m_store->sync();
    QFile stored(m_store->fileName());
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QByteArray ini = stored.readAll();
    QVERIFY2(ini.contains("alice"), ini.constData());
    QVERIFY2(!ini.contains("Pa55-w0rd!") && !ini.contains(QByteArray("Pa55-w0rd!").toBase64()),
             ini.constData());

    // A PAC address: typing chooses "PAC script"; only http, https and file are taken.
    QTest::keyClicks(page->pacUrlField(), u"ftp://proxy.corp.example/proxy.pac"_s);
    QVERIFY(page->pacButton()->isChecked());
    QVERIFY(!page->validatePage());
    QVERIFY(!page->proxyNote()->isHidden());
    page->pacUrlField()->clear();
    QTest::keyClicks(page->pacUrlField(), u"http://proxy.corp.example/proxy.pac"_s);
    QVERIFY(page->validatePage());
    QCOMPARE(settings.proxy.mode, ProxySetting::Mode::Pac);
    QCOMPARE(settings.proxy.url, QUrl(u"http://proxy.corp.example/proxy.pac"_s));
    QVERIFY(settings.proxyPassword.isEmpty()); // no sign-in through a PAC choice

    // The comparison and the extended tunnel check, under Advanced.
    page->advancedToggle()->click();
    page->compareDirectBox()->click();
    QVERIFY(settings.compareDirect);
    QVERIFY(!page->holdSecondsBox()->isEnabled());
    page->holdTunnelBox()->click();
    QVERIFY(page->holdSecondsBox()->isEnabled());
    page->holdSecondsBox()->setValue(90);
    QCOMPARE(settings.holdTunnelSeconds, 90);
    page->holdTunnelBox()->click();
    QCOMPARE(settings.holdTunnelSeconds, 0);
}

void WizardTest::systemProxyFromTheEnvironmentIsFollowed()
{
    // A proxy that refuses every CONNECT by policy; "System settings" must find it in https_proxy.
    cctest::PlainHttpServer proxy;
    proxy.setResponse(
        "HTTP/1.1 403 Forbidden\r\nX-Squid-Error: ERR_ACCESS_DENIED 0\r\nContent-Length: 0\r\n\r\n");
    QVERIFY(proxy.listen());
    const QByteArray url = "http://127.0.0.1:" + QByteArray::number(proxy.port());
    qputenv("https_proxy", url);
    qputenv("http_proxy", url);
    const auto restore = qScopeGuard([] {
        qunsetenv("https_proxy");
        qunsetenv("http_proxy");
    });
    QCOMPARE(m_wizard->session()->runSettings().proxy.mode, ProxySetting::Mode::System);

    const RunResult result = runToEnd({u"daas"_s});
    QVERIFY(!QTest::currentTestFailed());
    const TargetResult* good = nullptr;
    for (const TargetResult& target : result.targets) {
        if (target.target.scheme == Scheme::Udp || target.target.needsCustomerId)
            continue;
        QCOMPARE(target.route.source, Route::Source::Environment);
        QCOMPARE(target.route.proxyAuthority(), u"127.0.0.1:"_s + QString::number(proxy.port()));
        if (target.target.id == kGood)
            good = &target;
    }
    QVERIFY(good);
    QCOMPARE(good->verdict, Verdict::Fail);
    QCOMPARE(good->findings.first().code, FindingCode::ProxyDenied);
    QVERIFY(proxy.lastRequest().startsWith("CONNECT "));

    // The details pane says which path the address took, and the proxy's own words.
    RunPage* page = runPage();
    page->view()->setCurrentIndex(page->filterModel()->mapFromSource(page->model()->targetIndex(kGood)));
    const QString path =
        u"Path: Through the proxy 127.0.0.1:%1, from the https_proxy environment variable"_s.arg(
            QString::number(proxy.port()));
    QTRY_VERIFY2(page->details()->toPlainText().contains(path), qPrintable(page->details()->toPlainText()));
    QVERIFY(page->details()->toPlainText().contains(u"ERR_ACCESS_DENIED"_s));
}

// --- runs ------------------------------------------------------------------------------------

void WizardTest::runFillsLiveViewAndSummaryMatchesEngine()
{
    ResultsModel* model = runPage()->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

    goToRunPage({u"daas"_s, u"workspace"_s, u"wem"_s, u"console"_s});
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(runPage()->phase(), RunPage::Phase::Running);
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!runPage()->runAgainButton()->isEnabled());
    QCOMPARE(runPage()->view()->accessibleName(), u"Results"_s);
    QCOMPARE(runPage()->progressBar()->accessibleName(), u"Progress"_s);

    QTRY_COMPARE_WITH_TIMEOUT(runPage()->phase(), RunPage::Phase::Finished, kRunTimeoutMs);
    QCOMPARE(m_engineResults.size(), 1);
    const RunResult engine = m_engineResults.first();
    QVERIFY(!engine.cancelled);
    QCOMPARE(resets.size(), 1);    // the plan, once
    QVERIFY(inserted.size() >= 5); // steps streamed in per target
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

    QHash<QString, Verdict> verdicts;
    for (const TargetResult& target : engine.targets) {
        verdicts.insert(target.target.id, target.verdict);
        const QModelIndex index = model->targetIndex(target.target.id);
        QVERIFY(index.isValid());
        QCOMPARE(model->targetState(index), ResultsModel::State::Finished);
        QCOMPARE(index.data(ResultsModel::VerdictRole).toInt(), int(target.verdict));
        QCOMPARE(model->rowCount(index), int(target.steps.size()));
    }
    QCOMPARE(verdicts.value(kGood), Verdict::Pass);
    QCOMPARE(verdicts.value(kCrl), Verdict::Pass);
    QCOMPARE(verdicts.value(kApi), Verdict::Pass);
    QCOMPARE(verdicts.value(kConsole), Verdict::Pass);
    QCOMPARE(verdicts.value(kSkew), Verdict::Warn);
    QCOMPARE(verdicts.value(kDown), Verdict::Warn);
    QCOMPARE(verdicts.value(kRefused), Verdict::Fail);
    QCOMPARE(verdicts.value(kCustomerTemplate), Verdict::NotRun);
    QVERIFY(!verdicts.contains(kSilent));

    // Every step of a checked https target was shown, with its time.
    const QModelIndex good = model->targetIndex(kGood);
    QCOMPARE(model->rowCount(good), 6); // dns, tcp, tls, certificate, revocation (not_run), http
    QVERIFY(model->index(0, ResultsModel::TimeColumn, good).data().toString().endsWith(u" ms"_s));
    QCOMPARE(good.siblingAtColumn(ResultsModel::StatusColumn).data().toString(), u"Passed"_s);
    QCOMPARE(
        model->targetIndex(kCustomerTemplate).siblingAtColumn(ResultsModel::FactsColumn).data().toString(),
        engine.targets.at(2).reason);

    QCOMPARE(runPage()->progressBar()->value(), runPage()->progressBar()->maximum());
    const RunSummary summary = RunSummary::of(engine.targets, engine.services);
    QVERIFY(runPage()->countsLabel()->text().contains(u"Passed: %1"_s.arg(summary.counts.pass)));
    QVERIFY(runPage()->countsLabel()->text().contains(u"Remaining: 0"_s));

    clickNext();
    QCOMPARE(m_wizard->currentId(), int(CloudCheckWizard::SummaryPageId));
    SummaryPage* page = m_wizard->summaryPage();
    QCOMPARE(summary.verdict, Verdict::Fail);
    QCOMPARE(page->bannerHeadline()->text(), u"Not ready: required addresses fail"_s);
    QVERIFY(page->countsLabel()->text().contains(u"Passed: %1"_s.arg(summary.counts.pass)));
    QVERIFY(page->countsLabel()->text().contains(u"Failed: %1"_s.arg(summary.counts.fail)));
    QVERIFY(page->countsLabel()->text().contains(u"Warnings: %1"_s.arg(summary.counts.warn)));
    QVERIFY(page->countsLabel()->text().contains(u"Not checked: %1"_s.arg(summary.counts.notRun)));

    QTableWidget* table = page->serviceTable();
    int servicesWithTargets = 0;
    for (const RunSummary::ServiceSummary& service : summary.byService)
        servicesWithTargets += service.counts.total() > 0 ? 1 : 0;
    QCOMPARE(table->rowCount(), servicesWithTargets);
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString service =
            table->item(row, SummaryPage::ServiceNameColumn)->data(Qt::UserRole).toString();
        QVERIFY2(summary.byService.contains(service), qPrintable(service));
        const RunSummary::ServiceSummary expected = summary.byService.value(service);
        QCOMPARE(table->item(row, SummaryPage::ServiceNameColumn)->text(),
                 engine.catalog.serviceName(service, Language::English));
        QCOMPARE(table->item(row, SummaryPage::ServiceVerdictColumn)->data(Qt::UserRole).toInt(),
                 int(expected.verdict));
        QCOMPARE(table->item(row, SummaryPage::PassColumn)->text().toInt(), expected.counts.pass);
        QCOMPARE(table->item(row, SummaryPage::WarnColumn)->text().toInt(), expected.counts.warn);
        QCOMPARE(table->item(row, SummaryPage::FailColumn)->text().toInt(), expected.counts.fail);
        QCOMPARE(table->item(row, SummaryPage::NotRunColumn)->text().toInt(), expected.counts.notRun);
        QCOMPARE(table->item(row, SummaryPage::ErrorColumn)->text().toInt(), expected.counts.error);
    }
    // The top problems are the run's insights, the list the text and JSON reports open with:
    // each numbered, in order, with its verdict, code, message, fix and addresses.
    const QList<RunInsight> insights = RunDiagnosis::insights(m_wizard->session()->result());
    // One problem for both refused addresses (failed, as one is required), then the clock skew.
    QCOMPARE(insights.size(), 2);
    QCOMPARE(insights.at(0).code, FindingCode::TcpRefused);
    QCOMPARE(insights.at(0).severity, Verdict::Fail);
    QCOMPARE(QSet<QString>(insights.at(0).targetIds.cbegin(), insights.at(0).targetIds.cend()),
             (QSet<QString>{kRefused, kDown}));
    QCOMPARE(insights.at(1).code, FindingCode::ClockSkew);
    QCOMPARE(insights.at(1).targetIds, QStringList{kSkew});
    QCOMPARE(page->problems().size(), insights.size());
    const QString problems = page->problemsView()->toPlainText();
    const RunInsight& first = insights.first();
    QStringList firstAddresses;
    for (const QString& id : first.targetIds)
        firstAddresses << id.section(u"://"_s, 1); // host:port
    QVERIFY2(problems.startsWith(u"1. Failed Connection refused TCP_REFUSED\n"_s + first.message +
                                 u"\nFix: "_s + first.remediation +
                                 u" (usually owned by the network team)\nAddresses: "_s +
                                 firstAddresses.join(u", "_s) + u'\n'),
             qPrintable(problems));
    qsizetype at = -1;
    for (qsizetype i = 0; i < insights.size(); ++i) {
        const RunInsight& insight = insights.at(i);
        QCOMPARE(page->problems().at(i).code, insight.code);
        QCOMPARE(page->problems().at(i).targetIds, insight.targetIds);
        const QString heading =
            u"%1. %2 %3 %4\n"_s.arg(QString::number(i + 1), ReportWords::verdictLabel(insight.severity),
                                    ReportWords::findingTitle(insight.code), findingCodeName(insight.code));
        const qsizetype found = problems.indexOf(heading);
        QVERIFY2(found > at, qPrintable(heading));
        at = found;
        QCOMPARE(problems.indexOf(insight.message, at), at + heading.size());
        QVERIFY(problems.indexOf(u"Fix: "_s + insight.remediation, at) > at);
    }
    QVERIFY(problems.indexOf(u"skew.test.invalid:443"_s) > problems.indexOf(u"refused.test.invalid:443"_s));
    QVERIFY(!problems.contains(u"good.test.invalid"_s));
    QVERIFY(problems.contains(u"One address was not checked; the results say why."_s));
    // The GUI, the text report and the JSON report say the same thing.
    const QString text = TextReport::render(m_wizard->session()->result());
    for (const RunInsight& insight : insights)
        QVERIFY(text.contains(findingCodeName(insight.code) + u' ' + ReportWords::findingTitle(insight.code) +
                              u": "_s + insight.message));
    // Its links are anchors.
    QVERIFY(!first.links.isEmpty());
    for (const QString& link : first.links)
        QVERIFY2(page->problemsView()->toHtml().contains(u"<a href=\""_s + link + u'"'), qPrintable(link));
    QVERIFY(page->exportHtmlButton()->isEnabled());
    // The wizard's HTML export is the CLI's report: same renderer, same file.
    QTemporaryDir exportDir;
    const QString htmlPath = exportDir.filePath(HtmlReport::defaultFileName(m_wizard->session()->result()));
    QVERIFY(page->defaultHtmlPath().endsWith(QFileInfo(htmlPath).fileName()));
    QCOMPARE(page->exportHtml(htmlPath), QString());
    QFile exported(htmlPath);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), HtmlReport::render(m_wizard->session()->result()));
}

void WizardTest::problemFilterAndDetailsPane()
{
    runToEnd({u"daas"_s, u"workspace"_s, u"wem"_s, u"console"_s});
    QVERIFY(!QTest::currentTestFailed());
    RunPage* page = runPage();
    ResultsModel* model = page->model();
    ResultsFilterModel* filter = page->filterModel();
    QTreeView* view = page->view();

    QTest::mouseClick(page->problemsOnlyBox(), Qt::LeftButton);
    QVERIFY(filter->problemsOnly());
    QVERIFY(filter->rowCount() > 0);
    QStringList shownTargets;
    for (int s = 0; s < filter->rowCount(); ++s) {
        const QModelIndex service = filter->index(s, 0);
        QVERIFY(filter->rowCount(service) > 0);
        for (int t = 0; t < filter->rowCount(service); ++t) {
            const QModelIndex target = filter->index(t, 0, service);
            QVERIFY(target.data(ResultsModel::ProblemRole).toBool());
            shownTargets << target.data(ResultsModel::TargetIdRole).toString();
        }
    }
    QVERIFY(shownTargets.contains(kRefused));
    QVERIFY(shownTargets.contains(kSkew));
    QVERIFY(!shownTargets.contains(kGood));

    // A failed address: the finding, its fix and a clickable support link.
    view->setCurrentIndex(filter->mapFromSource(model->targetIndex(kRefused)));
    DetailsView* details = page->details();
    QVERIFY(details->openExternalLinks());
    QTRY_VERIFY(details->toPlainText().contains(u"TCP_REFUSED"_s));
    QVERIFY(details->toPlainText().contains(u"Fix:"_s));
    QVERIFY(details->toHtml().contains(u"href=\"https://support.citrix.com/article/CTX221535\""_s));
    QVERIFY(details->toPlainText().contains(u"CTX221535"_s));

    // The TLS step shows the chain as received.
    QTest::mouseClick(page->problemsOnlyBox(), Qt::LeftButton);
    QVERIFY(!filter->problemsOnly());
    selectStep(kGood, 2, StepKind::Tls);
    QTRY_VERIFY(details->toPlainText().contains(u"Certificate chain as received"_s));
    QVERIFY(details->toPlainText().contains(u"SHA-256"_s));
    QVERIFY(details->toPlainText().contains(u"O=DigiCert Inc"_s));
    QVERIFY(details->toPlainText().contains(u"Valid until"_s));

    // Network-derived strings are escaped: the Server header reads as text, not markup.
    selectStep(kSkew, 5, StepKind::Http);
    QTRY_VERIFY(details->toPlainText().contains(u"<b>lab</b> & \"co\""_s));
    QVERIFY(details->toPlainText().contains(u"CLOCK_SKEW"_s));
}

void WizardTest::hostChecksAreRowsOfTheResultsTree()
{
    // CLOUDCHECK_FAKE_HOST (tests only) describes a Cloud Connector with TLS 1.2 switched off.
    const QString fakeFile = m_dir.filePath(u"fake-host-tls12-off.json"_s);
    QVERIFY(FakeHostBuilder::healthyConnector()
                .value(QString::fromLatin1(readiness::Tls12ClientRule::kKey), u"Enabled"_s, 0)
                .write(fakeFile));
    qputenv(platform::FakeHost::kVariable, QFile::encodeName(fakeFile));
    const auto unset = qScopeGuard([] { qunsetenv(platform::FakeHost::kVariable); });
    const RunResult engine = runToEnd({u"wem"_s});
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(engine.host.source, HostResult::Source::Fake);
    RunPage* page = runPage();
    ResultsModel* model = page->model();
    ResultsFilterModel* filter = page->filterModel();
    QTreeView* view = page->view();

    // After the services, the group "This machine", failed, with one row per host check.
    const QModelIndex group = model->index(model->rowCount() - 1, 0);
    QCOMPARE(model->rowKind(group), ResultsModel::RowKind::HostGroup);
    QCOMPARE(group.data().toString(), u"This machine (host checks)"_s);
    QCOMPARE(group.siblingAtColumn(ResultsModel::StatusColumn).data().toString(), u"Failed"_s);
    QCOMPARE(model->rowCount(group), int(engine.host.checks.size()));
    const QModelIndex tls = model->index(0, 0, group);
    QCOMPARE(tls.data(ResultsModel::HostCheckIdRole).toString(), u"tls12_client"_s);
    QCOMPARE(tls.data().toString(), u"TLS 1.2 client (SChannel)"_s);
    QCOMPARE(tls.siblingAtColumn(ResultsModel::StatusColumn).data().toString(), u"Failed"_s);
    QVERIFY(tls.siblingAtColumn(ResultsModel::FactsColumn).data().toString().contains(u"Enabled = 0"_s));
    QCOMPARE(model->index(1, ResultsModel::StatusColumn, group).data().toString(), u"Passed"_s);
    QVERIFY(view->isExpanded(filter->mapFromSource(group)));

    // Keyboard: from the group row, Down selects the failing check; the details pane shows the
    // value read, why it matters and the exact fix.
    const QString key =
        u"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client"_s;
    DetailsView* details = page->details();
    view->setFocus();
    view->setCurrentIndex(filter->mapFromSource(group));
    QTRY_VERIFY(details->toPlainText().contains(u"Read from the fake host"_s));
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(filter->mapToSource(view->currentIndex()), tls);
    QTRY_VERIFY2(details->toPlainText().contains(u"HOST_TLS12_DISABLED"_s),
                 qPrintable(details->toPlainText()));
    QVERIFY2(details->toPlainText().contains(key), qPrintable(details->toPlainText()));
    QVERIFY(details->toPlainText().contains(u"reg add \""_s + key + u"\" /v Enabled /t REG_DWORD /d 1 /f"_s));
    QVERIFY(details->toPlainText().contains(u"Fix:"_s));
    QVERIFY(details->toPlainText().contains(fakeFile)); // says the facts came from a fake
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(filter->mapToSource(view->currentIndex()), model->index(1, 0, group));
    QTRY_VERIFY(!details->toPlainText().contains(u"HOST_TLS12_DISABLED"_s));
    QTest::keyClick(view, Qt::Key_Up);
    QTRY_VERIFY(details->toPlainText().contains(u"HOST_TLS12_DISABLED"_s));

    // Problems only: the group stays with its failing check alone.
    QTest::mouseClick(page->problemsOnlyBox(), Qt::LeftButton);
    QModelIndex filteredGroup;
    for (int row = 0; row < filter->rowCount(); ++row) {
        if (filter->index(row, 0).data(ResultsModel::RowKindRole).toInt() ==
            int(ResultsModel::RowKind::HostGroup))
            filteredGroup = filter->index(row, 0);
    }
    QVERIFY(filteredGroup.isValid());
    QCOMPARE(filter->rowCount(filteredGroup), 1);
    QCOMPARE(filter->index(0, 0, filteredGroup).data(ResultsModel::HostCheckIdRole).toString(),
             u"tls12_client"_s);
    QTest::mouseClick(page->problemsOnlyBox(), Qt::LeftButton);

    // What to fix first: the host problem leads the failures.
    const QList<RunInsight> insights = RunDiagnosis::insights(m_wizard->session()->result());
    QVERIFY(!insights.isEmpty());
    QCOMPARE(insights.first().code, FindingCode::HostTls12Disabled);
    QCOMPARE(insights.first().hostCheckIds, QStringList{u"tls12_client"_s});
}

void WizardTest::hostGroupNotRunSaysWhy()
{
    // No fake host and not Windows: one row says the group did not run, and why.
    QVERIFY(qEnvironmentVariableIsEmpty(platform::FakeHost::kVariable));
    runToEnd({u"wem"_s});
    QVERIFY(!QTest::currentTestFailed());
    RunPage* page = runPage();
    ResultsModel* model = page->model();
    const QModelIndex group = model->index(model->rowCount() - 1, 0);
    QCOMPARE(model->rowKind(group), ResultsModel::RowKind::HostGroup);
    QCOMPARE(model->rowCount(group), 0);
    QCOMPARE(group.siblingAtColumn(ResultsModel::StatusColumn).data().toString(), u"Not checked"_s);
    const QString reason = group.siblingAtColumn(ResultsModel::FactsColumn).data().toString();
    QVERIFY2(reason.contains(u"Host checks need Windows"_s), qPrintable(reason));

    page->view()->setCurrentIndex(page->filterModel()->mapFromSource(group));
    QTRY_VERIFY(page->details()->toPlainText().contains(u"Host checks need Windows"_s));
    QVERIFY(page->details()->toPlainText().contains(u"This machine (host checks)"_s));

    // Not run is no problem to show under "problems only".
    QTest::mouseClick(page->problemsOnlyBox(), Qt::LeftButton);
    for (int row = 0; row < page->filterModel()->rowCount(); ++row)
        QVERIFY(page->filterModel()->index(row, 0).data(ResultsModel::RowKindRole).toInt() !=
                int(ResultsModel::RowKind::HostGroup));
}

void WizardTest::languageSwitchAfterRunRewordsResults()
{
    runToEnd({u"wem"_s});
    QVERIFY(!QTest::currentTestFailed());
    ResultsModel* model = runPage()->model();
    const QModelIndex refused = model->targetIndex(kRefused);
    runPage()->view()->setCurrentIndex(runPage()->filterModel()->mapFromSource(refused));
    // The shipped Japanese translation words the finding; before the switch it reads in English.
    const QString refusedJa = u"ms 後に拒否されました"_s;
    QVERIFY(!refused.siblingAtColumn(ResultsModel::FactsColumn).data().toString().contains(refusedJa));

    m_wizard->welcomePage()->languageBox()->setCurrentIndex(1);
    QCOMPARE(m_wizard->session()->language(), Language::Japanese);

    // The recorded facts are diagnosed again: live view, details, session result and summary.
    QTRY_VERIFY(model->targetIndex(kRefused)
                    .siblingAtColumn(ResultsModel::FactsColumn)
                    .data()
                    .toString()
                    .contains(refusedJa));
    QCOMPARE(model->index(0, 0).data().toString(), u"共通アドレス"_s);
    QTRY_VERIFY(runPage()->details()->toPlainText().contains(refusedJa));
    const RunResult& result = m_wizard->session()->result();
    QCOMPARE(result.settings.language, Language::Japanese);
    static const QRegularExpression japanese(u"[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"_s);
    for (const TargetResult& target : result.targets) {
        for (const Finding& finding : target.findings)
            QVERIFY2(finding.message.contains(japanese), qPrintable(finding.message));
    }
    clickNext();
    QVERIFY(m_wizard->summaryPage()->problemsView()->toPlainText().contains(refusedJa));
    // The summary lists the insights of the re-diagnosed result, in the new language.
    const QList<RunInsight> insights = RunDiagnosis::insights(result);
    QVERIFY(!insights.isEmpty());
    QCOMPARE(m_wizard->summaryPage()->problems().size(), insights.size());
    for (qsizetype i = 0; i < insights.size(); ++i) {
        QVERIFY2(insights.at(i).message.contains(japanese), qPrintable(insights.at(i).message));
        QCOMPARE(m_wizard->summaryPage()->problems().at(i).message, insights.at(i).message);
        QVERIFY(m_wizard->summaryPage()->problemsView()->toPlainText().contains(insights.at(i).message));
    }
    QVERIFY(m_wizard->summaryPage()->problemsView()->toPlainText().contains(u"対処方法"_s));
    QCOMPARE(m_wizard->summaryPage()->serviceTable()->item(0, SummaryPage::ServiceNameColumn)->text(),
             u"共通アドレス"_s);
}

void WizardTest::rerunFailedChecksOnlyProblems()
{
    const RunResult first = runToEnd({u"daas"_s, u"workspace"_s, u"wem"_s, u"console"_s});
    QVERIFY(!QTest::currentTestFailed());
    QSet<QString> problems;
    for (const TargetResult& target : first.targets) {
        if (target.verdict == Verdict::Fail || target.verdict == Verdict::Error ||
            target.verdict == Verdict::Warn)
            problems.insert(target.target.id);
    }
    QCOMPARE(problems, (QSet<QString>{kRefused, kDown, kSkew}));
    QVERIFY(runPage()->rerunButton()->isEnabled());

    QTest::mouseClick(runPage()->rerunButton(), Qt::LeftButton);
    QCOMPARE(runPage()->phase(), RunPage::Phase::Running);
    QTRY_COMPARE_WITH_TIMEOUT(runPage()->phase(), RunPage::Phase::Finished, kRunTimeoutMs);
    QCOMPARE(m_engineResults.size(), 2);
    QSet<QString> rerun;
    for (const TargetResult& target : m_engineResults.at(1).targets)
        rerun.insert(target.target.id);
    QCOMPARE(rerun, problems);

    // The others keep their results; the merged run still covers every target.
    const RunResult& merged = m_wizard->session()->result();
    QCOMPARE(merged.targets.size(), first.targets.size());
    for (qsizetype i = 0; i < merged.targets.size(); ++i) {
        QCOMPARE(merged.targets.at(i).target.id, first.targets.at(i).target.id);
        QCOMPARE(merged.targets.at(i).verdict, first.targets.at(i).verdict);
    }
    QCOMPARE(runPage()->model()->progress().remaining, 0);

    // Run again: the full plan once more.
    QTest::mouseClick(runPage()->runAgainButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(runPage()->phase(), RunPage::Phase::Finished, kRunTimeoutMs);
    QCOMPARE(m_engineResults.size(), 3);
    QCOMPARE(m_engineResults.at(2).targets.size(), first.targets.size());
}

void WizardTest::runAgainFiftyTimesKeepsMemoryFlat()
{
    // "Run again" fifty times against the loopback servers (issue 10, defect 8): each run's
    // worker thread, probes, sockets and model rows must go with it. Measured after run 10 (the
    // caches, fonts and pools of a first run are in place by then) and after run 50.
    // - Live QObjects process-wide: a socket, probe or timer left behind per run would add at
    //   least 40 over the 40 runs; allocator noise adds none, so the bound is "fewer than one
    //   per run".
    // - Resident memory: a leaked QSslSocket with its OpenSSL state is about 10 KB, and every
    //   run probes several; 40 runs leaking one each would add 400 KB only, so RSS is the coarse
    //   check (8 MiB, well above glibc's arena noise over 40 runs) and the object count the fine one.
    constexpr int kRuns = 50;
    constexpr int kSettledRun = 10;
    constexpr qint64 kObjectGrowthLimit = kRuns - kSettledRun;
    [[maybe_unused]] constexpr qint64 kResidentGrowthLimit = 8 * 1024 * 1024;
    hooks::install();
    const auto settle = [] {
        // Deferred deletes of the last run (its BackgroundRun is gone, its rows replaced).
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCoreApplication::processEvents();
        }
    };
    runToEnd({u"wem"_s});
    QVERIFY(!QTest::currentTestFailed());
    const qsizetype targets = m_engineResults.constLast().targets.size();
    QVERIFY(targets >= 3);
    qint64 objectsAtSettled = 0;
    qint64 createdAtSettled = 0;
    qint64 residentAtSettled = 0;
    for (int run = 2; run <= kRuns; ++run) {
        QTest::mouseClick(runPage()->runAgainButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(runPage()->phase(), RunPage::Phase::Finished, kRunTimeoutMs);
        QCOMPARE(m_engineResults.size(), run);
        QCOMPARE(m_engineResults.constLast().targets.size(), targets);
        QVERIFY(!m_engineResults.constLast().cancelled);
        if (run == kSettledRun || run == kRuns) {
            settle();
            if (run == kSettledRun) {
                objectsAtSettled = hooks::liveObjects;
                createdAtSettled = hooks::createdObjects;
                residentAtSettled = residentBytes();
            }
        }
    }
    const qint64 objectGrowth = hooks::liveObjects - objectsAtSettled;
    const qint64 residentGrowth = residentBytes() - residentAtSettled;
    qInfo("after run %d -> %d: live QObjects %+lld, resident memory %+lld KiB", kSettledRun, kRuns,
          objectGrowth, residentGrowth / 1024);
    QVERIFY(residentAtSettled > 0);
    // Each run creates a worker, probes and sockets: the count saw them come and go.
    QVERIFY2(hooks::createdObjects - createdAtSettled > (kRuns - kSettledRun) * targets,
             qPrintable(QString::number(hooks::createdObjects - createdAtSettled)));
    QVERIFY2(objectGrowth < kObjectGrowthLimit, qPrintable(QString::number(objectGrowth)));
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed memory in its quarantine (256 MB) instead of returning it, so
    // resident memory grows with every run whether anything leaks or not; LeakSanitizer and the
    // object count above are the measure there.
    Q_UNUSED(residentGrowth)
#else
    QVERIFY2(residentGrowth < kResidentGrowthLimit, qPrintable(QString::number(residentGrowth)));
#endif
    // The model holds this run's rows only: one per target and step, not fifty runs' worth.
    QCOMPARE(runPage()->model()->progress().remaining, 0);
}

void WizardTest::cancelKeepsPartialResults()
{
    startHangingRun();
    QVERIFY(!QTest::currentTestFailed());
    // Let the fast targets finish, so the result mixes real passes with cancelled work.
    QTRY_COMPARE_WITH_TIMEOUT(runPage()->model()->progress().remaining, 1, kRunTimeoutMs);
    QCOMPARE(runPage()->phase(), RunPage::Phase::Running);

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(runPage()->cancelButton(), Qt::LeftButton);
    // Waited for generously, judged strictly: cancelling is a synchronous walk over the active
    // probes, so the page says so within one batch of model updates, not after any timeout.
    QTRY_COMPARE_WITH_TIMEOUT(runPage()->phase(), RunPage::Phase::Cancelled, 10000);
    const qint64 cancelMs = clock.elapsed();
    QVERIFY2(cancelMs < 1000, qPrintable(u"cancel took %1 ms"_s.arg(cancelMs)));
    QVERIFY(runPage()->statusLabel()->text().startsWith(u"Cancelled"_s));
    QVERIFY(m_wizard->button(QWizard::NextButton)->isEnabled());

    QCOMPARE(m_engineResults.size(), 1);
    const RunResult engine = m_engineResults.first();
    QVERIFY(engine.cancelled);
    QVERIFY(m_wizard->session()->result().cancelled);
    ResultsModel* model = runPage()->model();
    for (const TargetResult& target : engine.targets) {
        const QModelIndex index = model->targetIndex(target.target.id);
        QCOMPARE(index.data(ResultsModel::VerdictRole).toInt(), int(target.verdict));
        if (target.verdict == Verdict::Pass) {
            // A pass shown after a cancel is a pass the engine finished.
            QVERIFY(!target.cancelled);
            for (const StepResult& step : target.steps) {
                // A chain without revocation addresses (the test CA's) does not apply (decision 26).
                if (step.step == StepKind::Revocation && step.verdict == Verdict::NotRun)
                    QCOMPARE(step.details.value(u"reason"_s).toString(), u"no_revocation_address"_s);
                else
                    QCOMPARE(step.verdict, Verdict::Pass);
            }
        }
    }
    const QModelIndex silent = model->targetIndex(kSilent);
    QCOMPARE(silent.data(ResultsModel::VerdictRole).toInt(), int(Verdict::NotRun));
    QCOMPARE(silent.siblingAtColumn(ResultsModel::StatusColumn).data().toString(), u"Not checked"_s);
    QVERIFY(silent.siblingAtColumn(ResultsModel::FactsColumn).data().toString().contains(u"cancelled"_s));
    QVERIFY(model->targetIndex(kGood).data(ResultsModel::VerdictRole).toInt() == int(Verdict::Pass));

    // Every required address finished; the cancel cut short only the silent one. Still not
    // ready (docs/decisions.md #5): a cancelled run never passes.
    QVERIFY(m_wizard->session()->result().summary().verdict != Verdict::Pass);
    clickNext();
    QVERIFY(m_wizard->summaryPage()->bannerSentence()->text().contains(u"cancelled"_s));
}

void WizardTest::closingMidRunDoesNotHang()
{
    startHangingRun();
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(runPage()->isRunning());

    QElapsedTimer clock;
    clock.start();
    m_wizard->close();
    m_wizard.reset();
    QVERIFY2(clock.elapsed() < 5000, "closing must cancel and join promptly");
    // The event loop still works and nothing late arrives at the destroyed wizard.
    QTest::qWait(200);
}

// --- export and the rest of the summary page -------------------------------------------------

void WizardTest::exportJsonIsAtomicAndValid()
{
    RunResult engine;
    SummaryPage* page = runToSummary({u"daas"_s, u"wem"_s}, &engine);
    QVERIFY(page);
    QTemporaryDir target;
    const QString path = target.filePath(u"report.json"_s);
    QSignalSpy exported(page, &SummaryPage::exported);
    QCOMPARE(page->exportJson(path), QString());
    QCOMPARE(exported.size(), 1);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QString problems = ReportSchema::validate(bytes);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
    const QJsonObject report = QJsonDocument::fromJson(bytes).object();
    const QJsonObject counts = report.value(u"summary"_s).toObject().value(u"counts"_s).toObject();
    const RunSummary summary = engine.summary();
    QCOMPARE(counts.value(u"pass"_s).toInt(), summary.counts.pass);
    QCOMPARE(counts.value(u"fail"_s).toInt(), summary.counts.fail);
    QCOMPARE(report.value(u"targets"_s).toArray().size(), engine.targets.size());
    // Written through a temporary file and renamed: nothing else is left behind.
    QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"report.json"_s});
}

void WizardTest::exportThroughTheFileDialog()
{
    SummaryPage* page = runToSummary({u"wem"_s});
    QVERIFY(page);
    QTemporaryDir target;
    const QString path = target.filePath(u"chosen"_s); // no suffix: .json is added
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        [&] { QTRY_VERIFY(qobject_cast<QFileDialog*>(QApplication::activeModalWidget())); }();
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDialog = true;
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected, QDialog::accept is not
    });
    QTest::mouseClick(page->exportJsonButton(), Qt::LeftButton);
    QVERIFY(sawDialog);
    QTRY_VERIFY(QFile::exists(path + u".json"_s));
}

void WizardTest::exportIntoMissingDirectoryShowsError()
{
    SummaryPage* page = runToSummary({u"wem"_s});
    QVERIFY(page);
    QTemporaryDir target;
    const QString path = target.filePath(u"missing/deeper/report.json"_s);
    QSignalSpy failed(page, &SummaryPage::exportFailed);
    const QString problem = page->exportJson(path);
    QVERIFY(!problem.isEmpty());
    QCOMPARE(failed.size(), 1);
    QTRY_VERIFY(page->errorBox()->isVisible());
    QVERIFY(page->errorBox()->text().contains(u"report.json"_s));
    QCOMPARE(page->errorBox()->informativeText(), problem);
    page->errorBox()->button(QMessageBox::Ok)->click();
    QTRY_VERIFY(!page->errorBox()->isVisible());
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QDir(target.filePath(u"missing"_s)).exists());
    QCOMPARE(QDir(target.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList());
}

void WizardTest::copySummaryAndAbout()
{
    SummaryPage* page = runToSummary({u"wem"_s});
    QVERIFY(page);
    QGuiApplication::clipboard()->setText(u"stale"_s);
    QTest::mouseClick(page->copyButton(), Qt::LeftButton);
    // What was copied is the run, not just whatever summaryText() returns: every address the
    // run checked, the catalog it came from, and the verdict the summary page shows.
    const QString copied = QGuiApplication::clipboard()->text();
    const RunResult& run = m_wizard->session()->result();
    QVERIFY(!run.targets.isEmpty());
    QVERIFY2(copied.startsWith(u"CloudCheck "_s), qPrintable(copied));
    QVERIFY2(copied.contains(run.catalog.name), qPrintable(copied));
    for (const TargetResult& target : run.targets)
        QVERIFY2(copied.contains(target.target.id), qPrintable(target.target.id + u" not in:\n"_s + copied));
    QVERIFY2(copied.contains(u"Result: "_s + ReportWords::verdictTag(run.summary().verdict)),
             qPrintable(copied));
    QCOMPARE(copied, page->summaryText());

    QVERIFY(m_wizard->aboutText().contains(QString::fromLatin1(kVersion)));
    QVERIFY(m_wizard->aboutText().contains(u"test.1"_s));
    QTest::mouseClick(m_wizard->button(QWizard::CustomButton1), Qt::LeftButton);
    QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
    auto* about = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    QVERIFY(about->text().contains(u"test.1"_s));
    about->accept();
}

void WizardTest::comparesWithCitrixsAllowlistOnRequest()
{
    // A loopback "api.citrixcloud.jp" answering with the v2 fixture, pinned like the lab's hosts.
    const TestIdentity ca = CertificateFactory::createCa(u"Allowlist Test CA"_s, u"DigiCert Inc"_s);
    CertificateFactory::LeafOptions options;
    options.dnsNames = {u"api.citrixcloud.jp"_s};
    TlsTestServer api(CertificateFactory::createLeaf(ca, u"api.citrixcloud.jp"_s, options));
    QFile fixture(QStringLiteral(CLOUDCHECK_ALLOWLIST_FIXTURES "/v2-answer.json"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray body = fixture.readAll();
    api.setResponse("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QVERIFY(api.listen());

    // A finished run that reached api.citrixcloud.jp directly.
    RunResult run;
    run.services = {u"common"_s};
    TargetResult reached;
    reached.target.host = u"api.citrixcloud.jp"_s;
    reached.target.port = 443;
    reached.target.id = u"https://api.citrixcloud.jp:443"_s;
    reached.route = Route::direct(Route::Source::Disabled);
    reached.verdict = Verdict::Pass;
    run.targets << reached;
    WizardSession* session = m_wizard->session();
    session->setResult(run);
    SummaryPage* page = m_wizard->summaryPage();
    QVERIFY(page->compareAllowlistButton()->isEnabled());

    // Without a Customer ID the API is not asked: the dialog says why, and nothing is sent.
    AllowlistDriftDialog* dialog = page->compareWithCitrixList();
    QVERIFY(!dialog->isBusy());
    QVERIFY2(dialog->statusLabel()->text().contains(u"Customer ID"_s),
             qPrintable(dialog->statusLabel()->text()));
    dialog->reject();

    // With one, but the API host not pinned in this test session: still nothing sent.
    session->setCustomerId(u"acme1234"_s);
    dialog = page->compareWithCitrixList();
    QVERIFY2(dialog->statusLabel()->text().contains(u"does not pin api.citrixcloud.jp"_s),
             qPrintable(dialog->statusLabel()->text()));
    dialog->reject();
    QCOMPARE(api.requests(), 0);

    // Pinned: the button asks, the dialog shows the drift in the CLI's words.
    HostOverride pin;
    pin.host = u"api.citrixcloud.jp"_s;
    pin.address = QHostAddress::LocalHost;
    pin.connectPort = api.port();
    m_wizard->setTestOverrides(m_lab.testCatalogOverrides() << pin, m_lab.caCertificates() << ca.certificate);
    page->compareAllowlistButton()->setFocus();
    QTest::keyClick(page->compareAllowlistButton(), Qt::Key_Space);
    QTRY_VERIFY(QApplication::activeModalWidget());
    dialog = qobject_cast<AllowlistDriftDialog*>(QApplication::activeModalWidget());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 15000);
    QCOMPARE(api.requests(), 1);
    QVERIFY(api.lastRequest().contains("customerId=acme1234"));
    QCOMPARE(dialog->statusLabel()->text(), u"The catalog and Citrix's list differ:"_s);
    const QString shown = dialog->driftView()->toPlainText();
    // The lab's test catalog lists none of Citrix's names, so every one is named.
    for (const char* name : {"*.citrixworkspacesapi.jp", "*.citrixnetworkapi.net", "*.nssvc.net"})
        QVERIFY2(shown.contains(QString::fromLatin1(name)), qPrintable(shown));
    QVERIFY(dialog->copyButton()->isEnabled());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void WizardTest::summaryProblemsAreEscapedAndShortened()
{
    // Eight refused addresses (one problem), one inspecting device with markup in its name
    // re-signing two more, and a check that broke without a finding.
    const QString issuer = u"<b>Evil</b> & \"Co\""_s;
    RunResult run;
    run.services = {u"common"_s};
    for (int i = 1; i <= 8; ++i)
        run.targets << refusedTarget(u"r%1.test.invalid"_s.arg(i));
    run.targets << interceptedTarget(u"i1.test.invalid"_s, issuer)
                << interceptedTarget(u"i2.test.invalid"_s, issuer) << brokenUdpTarget(u"edt.test.invalid"_s);
    // The host group as a Linux run leaves it: not run, with the reason.
    run.host.notRunReason = u"not_windows"_s;
    HostDiagnosis::apply(run.host);
    m_wizard->session()->setResult(run);
    SummaryPage* page = m_wizard->summaryPage();

    const QList<RunInsight> insights = RunDiagnosis::insights(run);
    QCOMPARE(insights.size(), 2);
    QCOMPARE(insights.at(0).code, FindingCode::TlsIntercepted);
    QCOMPARE(insights.at(1).code, FindingCode::TcpRefused);
    QCOMPARE(insights.at(1).targetIds.size(), 8);
    QCOMPARE(page->problems().size(), insights.size());
    QCOMPARE(page->problems().at(0).targetIds, insights.at(0).targetIds);
    QCOMPARE(page->problems().at(1).targetIds, insights.at(1).targetIds);

    const QString problems = page->problemsView()->toPlainText();
    // Network-derived text reads as text: the issuer's markup is shown, not obeyed.
    QVERIFY(insights.at(0).message.contains(issuer));
    QVERIFY2(
        problems.startsWith(
            u"1. Failed SSL interception in the path TLS_INTERCEPTED\n"_s + insights.at(0).message +
            u"\nFix: "_s + insights.at(0).remediation +
            u" (usually owned by the proxy team)\nAddresses: i1.test.invalid:443, i2.test.invalid:443\nCTX221535\n"_s),
        qPrintable(problems));
    QVERIFY(!page->problemsView()->toHtml().contains(u"<b>Evil</b>"_s));
    // Eight addresses: five named, then how many more.
    QVERIFY2(problems.contains(u"2. Failed Connection refused TCP_REFUSED\n"_s + insights.at(1).message +
                               u"\nFix: "_s + insights.at(1).remediation +
                               u" (usually owned by the network team)"_s +
                               u"\nAddresses: r1.test.invalid:443, r2.test.invalid:443, r3.test.invalid:443, "
                               u"r4.test.invalid:443, r5.test.invalid:443 and 3 more\n"_s),
             qPrintable(problems));
    QVERIFY(insights.at(1).message.startsWith(u"8 addresses, for example: "_s));
    QVERIFY(!problems.contains(u"r6.test.invalid"_s));
    // The broken check is in no problem; the page says so instead of looking complete.
    const QString unexplained =
        u"One address did not pass and is not explained above; the results and the log say what happened."_s;
    QVERIFY2(problems.contains(unexplained), qPrintable(problems));
    // This machine's own settings follow the address problems as their own group.
    const qsizetype host = problems.indexOf(u"This machine (host checks)"_s);
    QVERIFY2(host > problems.indexOf(unexplained), qPrintable(problems));
    QVERIFY2(problems.trimmed().endsWith(
                 u"Host checks need Windows: they read this machine's registry and certificate stores. "
                 u"Run CloudCheck on the Cloud Connector itself."_s),
             qPrintable(problems));
    QVERIFY(!problems.contains(u"3. "_s));

    // Nothing wrong: no problems, and the page says so.
    RunResult clean;
    clean.services = {u"common"_s};
    clean.targets << recorded(u"ok.test.invalid"_s, Scheme::Https,
                              {{StepKind::Dns, Verdict::Pass, 5, {}}, {StepKind::Tcp, Verdict::Pass, 5, {}}});
    m_wizard->session()->setResult(clean);
    QVERIFY(RunDiagnosis::insights(clean).isEmpty());
    QVERIFY(page->problems().isEmpty());
    QCOMPARE(page->problemsView()->toPlainText(), u"No problems found."_s);
}

void WizardTest::choicesAreRemembered()
{
    createWizard(m_lab.testCatalogOverrides(u"acme01"_s));
    m_wizard->welcomePage()->browserButton()->setChecked(true);
    m_wizard->networkPage()->noProxyButton()->setChecked(true);
    goToRunPage({u"daas"_s, u"wem"_s}, u"acme01"_s, 7);
    QVERIFY(!QTest::currentTestFailed());
    QTRY_COMPARE_WITH_TIMEOUT(runPage()->phase(), RunPage::Phase::Finished, kRunTimeoutMs);
    // The pinned customer host was really checked.
    const QModelIndex customer = runPage()->model()->targetIndex(u"https://acme01.daas.test.invalid:443"_s);
    QCOMPARE(customer.data(ResultsModel::VerdictRole).toInt(), int(Verdict::Pass));
    m_wizard->close();
    m_wizard.reset();
    m_store->sync();

    QSettings store(m_store->fileName(), QSettings::IniFormat);
    const GuiSettings saved(&store);
    QCOMPARE(saved.services(), (QStringList{u"daas"_s, u"wem"_s}));
    QCOMPARE(saved.customerId(), u"acme01"_s);
    QCOMPARE(saved.profile(), Profile::Browser);
    QCOMPARE(saved.proxyMode(), ProxySetting::Mode::None);
    QCOMPARE(saved.timeoutSeconds(), 7);
    QCOMPARE(saved.language(), Language::English);
    QVERIFY(!saved.windowGeometry().isEmpty());

    // A new wizard starts from them.
    CloudCheckWizard again(m_catalog, m_settings.get());
    QVERIFY(again.servicesPage()->card(u"daas"_s)->isChecked());
    QVERIFY(!again.servicesPage()->card(u"gateway"_s)->isChecked());
    QCOMPARE(again.servicesPage()->customerIdEdit()->text(), u"acme01"_s);
    QVERIFY(again.welcomePage()->browserButton()->isChecked());
    QVERIFY(again.networkPage()->noProxyButton()->isChecked());
}

void WizardTest::unpinnedHostsRefuseToRun()
{
    QList<HostOverride> overrides = m_lab.testCatalogOverrides();
    overrides.removeIf([](const HostOverride& pin) { return pin.host == u"refused.test.invalid"; });
    createWizard(overrides);
    goToRunPage({u"wem"_s});
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(runPage()->phase(), RunPage::Phase::Refused);
    QVERIFY(runPage()->statusLabel()->text().contains(u"refused.test.invalid"_s));
    QVERIFY(!m_wizard->button(QWizard::NextButton)->isEnabled());
    QTest::qWait(100);
    QVERIFY(m_engineResults.isEmpty());
}

QTEST_MAIN(WizardTest)
#include "tst_wizard.moc"
