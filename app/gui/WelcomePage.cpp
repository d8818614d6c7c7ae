#include "WelcomePage.h"

#include "WizardSession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cloudcheck {

namespace {

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* hintLabel(QWidget* parent)
{
    QLabel* label = wrappedLabel(parent);
    label->setContentsMargins(24, 0, 0, 4);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

WelcomePage::WelcomePage(WizardSession* session, QWidget* parent) : QWizardPage(parent), m_session(session)
{
    m_intro = wrappedLabel(this);
    m_privacy = wrappedLabel(this);

    m_language = new QComboBox(this);
    // Each language is named in itself, so it can be found whatever the current one is.
    m_language->addItem(QStringLiteral("English"), languageCode(Language::English));
    m_language->addItem(QStringLiteral("日本語"), languageCode(Language::Japanese));
    m_language->setCurrentIndex(session->language() == Language::Japanese ? 1 : 0);
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);

    m_profileBox = new QGroupBox(this);
    m_connector = new QRadioButton(m_profileBox);
    m_connectorHint = hintLabel(m_profileBox);
    m_browser = new QRadioButton(m_profileBox);
    m_browserHint = hintLabel(m_profileBox);
    m_vda = new QRadioButton(m_profileBox);
    m_vdaHint = hintLabel(m_profileBox);
    m_profileGroup = new QButtonGroup(this);
    m_profileGroup->addButton(m_connector, int(Profile::Connector));
    m_profileGroup->addButton(m_browser, int(Profile::Browser));
    m_profileGroup->addButton(m_vda, int(Profile::Vda));
    m_profileGroup->button(int(session->runSettings().profile))->setChecked(true);
    // A stale catalog must be visible before anyone trusts its verdicts.
    m_catalog = wrappedLabel(this);
    m_catalog->setForegroundRole(QPalette::PlaceholderText);

    auto* profileLayout = new QVBoxLayout(m_profileBox);
    profileLayout->addWidget(m_connector);
    profileLayout->addWidget(m_connectorHint);
    profileLayout->addWidget(m_browser);
    profileLayout->addWidget(m_browserHint);
    profileLayout->addWidget(m_vda);
    profileLayout->addWidget(m_vdaHint);

    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(m_languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_intro);
    layout->addWidget(m_privacy);
    layout->addSpacing(6);
    layout->addLayout(languageRow);
    layout->addSpacing(8);
    layout->addWidget(m_profileBox);
    layout->addStretch(1);
    layout->addWidget(m_catalog);

    setTabOrder(m_language, m_connector);
    setTabOrder(m_connector, m_browser);
    setTabOrder(m_browser, m_vda);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_session->setLanguage(
            languageFromCode(m_language->currentData().toString()).value_or(Language::English));
    });
    connect(m_profileGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            m_session->setProfile(Profile(id));
    });
    // Catalog texts follow the session's language even when no translator swap took place.
    connect(m_session, &WizardSession::languageChanged, this, &WelcomePage::retranslateUi);
    retranslateUi();
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Check this machine's connection to Citrix Cloud Japan"));
    setSubTitle(tr("CloudCheck tests every address the chosen Citrix Cloud Japan services need, explains "
                   "what fails, and says what to change."));
    m_intro->setText(
        tr("For each address, CloudCheck looks up the name, connects, checks the TLS handshake and the "
           "certificate (to spot SSL inspection), and sends one HTTP request. It measures how long each "
           "step takes and compares this machine's clock with the servers'."));
    m_privacy->setText(
        tr("What it will not do: it sends nothing but these connection tests. No data leaves this "
           "machine, no settings are changed, and no credentials are sent. Results stay here until you "
           "export or copy them."));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_profileBox->setTitle(tr("Which kind of machine is this?"));
    m_connector->setText(tr("&Cloud Connector host"));
    m_connectorHint->setText(tr("Checks the addresses the Cloud Connector service needs, the way it reaches "
                                "them (no proxy authentication, no PAC files)."));
    m_browser->setText(tr("&Admin workstation"));
    m_browserHint->setText(tr("Checks the addresses an administrator's browser needs for the Citrix Cloud "
                              "consoles and Workspace."));
    m_vda->setText(tr("&Session host (VDA)"));
    m_vdaHint->setText(tr("Checks what a virtual desktop or app server needs itself: the Gateway service "
                          "with Rendezvous and EDT (UDP), and the WEM service."));
    const Catalog& catalog = m_session->catalog();
    m_catalog->setText(tr("Address catalog: %1, version %2, sources read on %3.")
                           .arg(catalog.name, catalog.version, catalog.date));
}

} // namespace cloudcheck
