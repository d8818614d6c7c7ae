#include "CloudCheckWizard.h"

#include "GuiSettings.h"
#include "NetworkPage.h"
#include "RunPage.h"
#include "ServicesPage.h"
#include "StatusIcons.h"
#include "SummaryPage.h"
#include "WelcomePage.h"
#include "WizardSession.h"
#include "support/Translator.h"

#include <QAbstractButton>
#include <QCloseEvent>
#include <QEvent>
#include <QMessageBox>

namespace cloudcheck {

namespace {

Translator* ownTranslator(GuiSettings* settings, QObject* parent)
{
    auto* translator = new Translator(parent);
    translator->setLanguage(settings->language().value_or(systemLanguage()));
    return translator;
}

} // namespace

CloudCheckWizard::CloudCheckWizard(const Catalog& catalog, GuiSettings* settings, QWidget* parent)
    : CloudCheckWizard(catalog, settings, nullptr, parent)
{}

CloudCheckWizard::CloudCheckWizard(const Catalog& catalog, GuiSettings* settings, Translator* translator,
                                   QWidget* parent)
    : QWizard(parent), m_settings(settings),
      m_translator(translator ? translator : ownTranslator(settings, this)),
      m_session(new WizardSession(catalog, settings, m_translator, this)),
      m_welcome(new WelcomePage(m_session, this)), m_services(new ServicesPage(m_session, this)),
      m_network(new NetworkPage(m_session, this)), m_run(new RunPage(m_session, this)),
      m_summary(new SummaryPage(m_session, this))
{
    setWindowIcon(StatusIcons::application());
    setPixmap(QWizard::LogoPixmap, StatusIcons::application().pixmap(QSize(48, 48), devicePixelRatioF()));
    // A title bar on every page reads better than the bare classic style off Windows and macOS.
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    setWizardStyle(QWizard::ModernStyle);
#endif
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setPage(WelcomePageId, m_welcome);
    setPage(ServicesPageId, m_services);
    setPage(NetworkPageId, m_network);
    setPage(RunPageId, m_run);
    setPage(SummaryPageId, m_summary);
    setStartId(WelcomePageId);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::FinishButton, QWizard::CancelButton});
    if (QAbstractButton* about = button(QWizard::CustomButton1))
        about->setIcon(StatusIcons::application());
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showAbout();
    });

    setMinimumSize(760, 600);
    if (!restoreGeometry(settings->windowGeometry()))
        resize(980, 760);
    retranslateUi();
}

CloudCheckWizard::~CloudCheckWizard() = default;

void CloudCheckWizard::setTestOverrides(const QList<HostOverride>& overrides,
                                        const QList<QSslCertificate>& caCertificates)
{
    m_session->setTestOverrides(overrides, caCertificates);
}

QString CloudCheckWizard::aboutText() const
{
    const Catalog& catalog = m_session->catalog();
    return tr("CloudCheck %1\n\nChecks whether this machine reaches every address Citrix Cloud Japan needs, "
              "explains failures and says what to change.\n\nEndpoint catalog: %2, version %3 (%4)")
        .arg(QCoreApplication::applicationVersion(), catalog.name, catalog.version, catalog.date);
}

void CloudCheckWizard::showAbout()
{
    auto* box =
        new QMessageBox(QMessageBox::Information, tr("About CloudCheck"), aboutText(), QMessageBox::Ok, this);
    box->setIconPixmap(StatusIcons::application().pixmap(QSize(64, 64), devicePixelRatioF()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void CloudCheckWizard::done(int result)
{
    // Closing mid-run: stop the probes now; BackgroundRun's destructor joins the worker later.
    m_run->cancelRun();
    saveWindow();
    QWizard::done(result);
}

void CloudCheckWizard::closeEvent(QCloseEvent* event)
{
    m_run->cancelRun();
    saveWindow();
    QWizard::closeEvent(event);
}

void CloudCheckWizard::saveWindow()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_session->saveChoices();
}

void CloudCheckWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void CloudCheckWizard::retranslateUi()
{
    setWindowTitle(tr("CloudCheck - Citrix Cloud Japan connectivity"));
    setButtonText(QWizard::CustomButton1, tr("&About"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Close"));
}

} // namespace cloudcheck
