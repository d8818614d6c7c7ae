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
    m_profileGroup = new QButtonGroup(this);
    m_profileGroup->addButton(m_connector, int(Profile::Connector));
    m_profileGroup->addButton(m_browser, int(Profile::Browser));
    (session->runSettings().profile == Profile::Browser ? m_browser : m_connector)->setChecked(true);

    auto* profileLayout = new QVBoxLayout(m_profileBox);
    profileLayout->addWidget(m_connector);
    profileLayout->addWidget(m_connectorHint);
    profileLayout->addWidget(m_browser);
    profileLayout->addWidget(m_browserHint);

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

    setTabOrder(m_language, m_connector);
    setTabOrder(m_connector, m_browser);

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
    m_profileBox->setTitle(tr("Is this machine a Cloud Connector host, or an admin workstation?"));
    m_connector->setText(tr("&Cloud Connector host"));
    m_connectorHint->setText(tr("Checks the addresses the Cloud Connector service needs, the way it reaches "
                                "them (no proxy authentication, no PAC files)."));
    m_browser->setText(tr("&Admin workstation"));
    m_browserHint->setText(tr("Checks the addresses an administrator's browser needs for the Citrix Cloud "
                              "consoles and Workspace."));
}

} // namespace cloudcheck
