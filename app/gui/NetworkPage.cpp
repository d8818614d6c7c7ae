#include "NetworkPage.h"

#include "GuiSettings.h"
#include "WizardSession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cloudcheck {

NetworkPage::NetworkPage(WizardSession* session, QWidget* parent) : QWizardPage(parent), m_session(session)
{
    m_proxyBox = new QGroupBox(this);
    m_system = new QRadioButton(m_proxyBox);
    m_none = new QRadioButton(m_proxyBox);
    m_manual = new QRadioButton(m_proxyBox);
    m_manualAddress = new QLineEdit(m_proxyBox);
    m_manualUser = new QLineEdit(m_proxyBox);
    m_manualPassword = new QLineEdit(m_proxyBox);
    m_manualPassword->setEchoMode(QLineEdit::Password);
    m_pac = new QRadioButton(m_proxyBox);
    m_pacUrl = new QLineEdit(m_proxyBox);
    m_proxyNote = new QLabel(m_proxyBox);
    m_proxyNote->setWordWrap(true);
    m_proxyNote->setTextFormat(Qt::PlainText);
    m_proxyNote->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_proxyNote->setVisible(false);
    m_manualAddress->setText(session->settings()->manualProxy());
    m_manualUser->setText(session->settings()->proxyUser());
    m_pacUrl->setText(session->settings()->pacUrl());

    m_proxyGroup = new QButtonGroup(this);
    m_proxyGroup->addButton(m_system, int(ProxySetting::Mode::System));
    m_proxyGroup->addButton(m_none, int(ProxySetting::Mode::None));
    m_proxyGroup->addButton(m_manual, int(ProxySetting::Mode::Manual));
    m_proxyGroup->addButton(m_pac, int(ProxySetting::Mode::Pac));
    switch (session->settings()->proxyMode()) {
    case ProxySetting::Mode::None:
        m_none->setChecked(true);
        break;
    case ProxySetting::Mode::Manual:
        m_manual->setChecked(true);
        break;
    case ProxySetting::Mode::Pac:
        m_pac->setChecked(true);
        break;
    default:
        m_system->setChecked(true);
        break;
    }

    auto* manualFields = new QHBoxLayout;
    manualFields->addWidget(m_manualAddress, 2);
    manualFields->addWidget(m_manualUser, 1);
    manualFields->addWidget(m_manualPassword, 1);
    auto* proxyLayout = new QGridLayout(m_proxyBox);
    proxyLayout->addWidget(m_system, 0, 0, 1, 2);
    proxyLayout->addWidget(m_none, 1, 0, 1, 2);
    proxyLayout->addWidget(m_manual, 2, 0);
    proxyLayout->addLayout(manualFields, 2, 1);
    proxyLayout->addWidget(m_pac, 3, 0);
    proxyLayout->addWidget(m_pacUrl, 3, 1);
    proxyLayout->addWidget(m_proxyNote, 4, 0, 1, 2);
    proxyLayout->setColumnStretch(1, 1);

    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 300);
    m_timeout->setValue(session->settings()->timeoutSeconds());
    m_timeoutLabel = new QLabel(this);
    m_timeoutLabel->setBuddy(m_timeout);

    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setChecked(false);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setAutoRaise(true);
    m_advanced = new QWidget(this);
    m_advanced->setVisible(false);
    m_concurrency = new QSpinBox(m_advanced);
    m_concurrency->setRange(1, 256);
    m_concurrency->setValue(session->settings()->concurrency());
    m_concurrencyLabel = new QLabel(m_advanced);
    m_concurrencyLabel->setBuddy(m_concurrency);
    m_compareDirect = new QCheckBox(m_advanced);
    m_compareDirect->setChecked(session->settings()->compareDirect());
    m_holdTunnel = new QCheckBox(m_advanced);
    m_holdSeconds = new QSpinBox(m_advanced);
    m_holdSeconds->setRange(1, 3600);
    m_holdSeconds->setValue(60);
    m_holdSeconds->setEnabled(false);
    auto* concurrencyRow = new QHBoxLayout;
    concurrencyRow->addWidget(m_concurrencyLabel);
    concurrencyRow->addWidget(m_concurrency);
    concurrencyRow->addStretch(1);
    auto* holdRow = new QHBoxLayout;
    holdRow->addWidget(m_holdTunnel);
    holdRow->addWidget(m_holdSeconds);
    holdRow->addStretch(1);
    auto* advancedLayout = new QVBoxLayout(m_advanced);
    advancedLayout->setContentsMargins(20, 0, 0, 0);
    advancedLayout->addLayout(concurrencyRow);
    advancedLayout->addWidget(m_compareDirect);
    advancedLayout->addLayout(holdRow);

    auto* timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(m_timeoutLabel);
    timeoutRow->addWidget(m_timeout);
    timeoutRow->addStretch(1);

    m_addressesLabel = new QLabel(this);
    m_addresses = new QTreeWidget(this);
    m_addresses->setColumnCount(4);
    m_addresses->setRootIsDecorated(true);
    m_addresses->setUniformRowHeights(true);
    m_addresses->setSelectionMode(QAbstractItemView::NoSelection);
    m_addresses->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_addresses->header()->setStretchLastSection(true);
    m_addressesLabel->setBuddy(m_addresses);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_proxyBox);
    layout->addLayout(timeoutRow);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addWidget(m_addressesLabel);
    layout->addWidget(m_addresses, 1);

    setTabOrder(m_system, m_none);
    setTabOrder(m_none, m_manual);
    setTabOrder(m_manual, m_manualAddress);
    setTabOrder(m_manualAddress, m_manualUser);
    setTabOrder(m_manualUser, m_manualPassword);
    setTabOrder(m_manualPassword, m_pac);
    setTabOrder(m_pac, m_pacUrl);
    setTabOrder(m_pacUrl, m_timeout);
    setTabOrder(m_timeout, m_advancedToggle);
    setTabOrder(m_advancedToggle, m_concurrency);
    setTabOrder(m_concurrency, m_compareDirect);
    setTabOrder(m_compareDirect, m_holdTunnel);
    setTabOrder(m_holdTunnel, m_holdSeconds);
    setTabOrder(m_holdSeconds, m_addresses);

    connect(m_proxyGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateProxy();
    });
    for (QLineEdit* field : {m_manualAddress, m_manualUser, m_manualPassword}) {
        connect(field, &QLineEdit::textEdited, this, [this] {
            if (!m_manual->isChecked())
                m_manual->setChecked(true);
            updateProxy();
        });
    }
    connect(m_pacUrl, &QLineEdit::textEdited, this, [this] {
        if (!m_pac->isChecked())
            m_pac->setChecked(true);
        updateProxy();
    });
    connect(m_compareDirect, &QCheckBox::toggled, m_session, &WizardSession::setCompareDirect);
    connect(m_holdTunnel, &QCheckBox::toggled, this, [this](bool on) {
        m_holdSeconds->setEnabled(on);
        m_session->setHoldTunnelSeconds(on ? m_holdSeconds->value() : 0);
    });
    connect(m_holdSeconds, &QSpinBox::valueChanged, this, [this](int seconds) {
        if (m_holdTunnel->isChecked())
            m_session->setHoldTunnelSeconds(seconds);
    });
    connect(m_timeout, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_session->setTimeoutMs(seconds * 1000); });
    connect(m_concurrency, &QSpinBox::valueChanged, this,
            [this](int concurrency) { m_session->setConcurrency(concurrency); });
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_session, &WizardSession::runSettingsChanged, this, &NetworkPage::refreshAddresses);
    connect(m_session, &WizardSession::languageChanged, this, &NetworkPage::retranslateUi);

    m_session->setTimeoutMs(m_timeout->value() * 1000);
    m_session->setConcurrency(m_concurrency->value());
    m_session->setCompareDirect(m_compareDirect->isChecked());
    retranslateUi();
    updateProxy();
}

void NetworkPage::initializePage()
{
    refreshAddresses();
}

bool NetworkPage::validatePage()
{
    if (!updateProxy()) {
        (m_pac->isChecked() ? m_pacUrl : m_manualAddress)->setFocus();
        return false;
    }
    if (m_session->plan().targets.isEmpty())
        return false;
    m_session->saveChoices();
    return true;
}

bool NetworkPage::updateProxy()
{
    ProxySetting proxy;
    m_proxyNote->setVisible(false);
    if (m_manual->isChecked()) {
        QString typed = m_manualAddress->text().trimmed();
        if (!typed.contains(QStringLiteral("://")))
            typed.prepend(QStringLiteral("http://"));
        auto parsed = ProxySetting::parse(typed);
        if (const auto* error = std::get_if<QString>(&parsed);
            error || !std::get<ProxySetting>(parsed).user.isEmpty()) {
            m_proxyNote->setText(m_manualAddress->text().trimmed().isEmpty()
                                     ? tr("Enter the proxy as host:port, for example proxy.example.com:8080.")
                                     : tr("That is not a proxy address. Enter it as host:port, for example "
                                          "proxy.example.com:8080, and the user name and password in their "
                                          "own fields."));
            m_proxyNote->setVisible(true);
            return false;
        }
        proxy = std::get<ProxySetting>(parsed);
        proxy.user = m_manualUser->text().trimmed();
        // Kept by the session in memory for this run only; the field is the only copy otherwise.
        m_session->setProxyPassword(proxy.user.isEmpty() ? QString() : m_manualPassword->text());
    } else if (m_pac->isChecked()) {
        auto parsed = ProxySetting::parse(QStringLiteral("pac:") + m_pacUrl->text().trimmed());
        const auto* setting = std::get_if<ProxySetting>(&parsed);
        const bool usable =
            setting &&
            QStringList{QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file")}.contains(
                setting->url.scheme());
        if (!usable) {
            m_proxyNote->setText(tr("Enter the PAC script's address, for example "
                                    "http://proxy.example.com/proxy.pac (http, https or file)."));
            m_proxyNote->setVisible(true);
            return false;
        }
        proxy = *setting;
        m_session->setProxyPassword({});
    } else {
        proxy.mode = m_none->isChecked() ? ProxySetting::Mode::None : ProxySetting::Mode::System;
    }
    m_session->setProxy(proxy);
    return true;
}

void NetworkPage::refreshAddresses()
{
    const RunPlan plan = m_session->plan();
    const Language language = m_session->language();
    m_addresses->setUpdatesEnabled(false);
    m_addresses->clear();
    QFont bold = m_addresses->font();
    bold.setBold(true);
    for (const QString& service : plan.services) {
        QList<QTreeWidgetItem*> children;
        for (const Target& target : plan.targets) {
            if (!target.services.contains(service))
                continue;
            QStringList purposes;
            for (const LocalizedText& purpose : target.purposes) {
                if (!purposes.contains(purpose.text(language)))
                    purposes << purpose.text(language);
            }
            QString level = target.required ? tr("Required") : tr("Recommended");
            if (target.needsCustomerId)
                level = tr("Not checked: needs the Customer ID");
            auto* item = new QTreeWidgetItem(
                {target.host, schemeName(target.scheme).toUpper() + u' ' + QString::number(target.port),
                 level, purposes.join(QStringLiteral("; "))});
            item->setToolTip(0, target.patterns.join(u'\n'));
            item->setToolTip(3, item->text(3));
            children << item;
        }
        if (children.isEmpty())
            continue;
        auto* serviceItem = new QTreeWidgetItem(
            {m_session->serviceName(service),
             children.size() == 1 ? tr("1 address") : tr("%1 addresses").arg(children.size())});
        serviceItem->setFont(0, bold);
        serviceItem->addChildren(children);
        m_addresses->addTopLevelItem(serviceItem);
    }
    m_addresses->expandAll();
    m_addresses->resizeColumnToContents(0);
    m_addresses->resizeColumnToContents(1);
    m_addresses->resizeColumnToContents(2);
    m_addresses->setUpdatesEnabled(true);
    int probed = 0;
    for (const Target& target : plan.targets)
        probed += target.needsCustomerId ? 0 : 1;
    m_addressesLabel->setText(tr("&Addresses this run will check (%1):").arg(probed));
}

void NetworkPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void NetworkPage::retranslateUi()
{
    setTitle(tr("Network"));
    setSubTitle(tr("How this machine reaches the internet, and how long to wait for each step."));
    m_proxyBox->setTitle(tr("Proxy"));
    m_system->setText(tr("&System settings (the proxy this machine is set to use, if any)"));
    m_none->setText(tr("&No proxy: connect directly"));
    m_manual->setText(tr("&Manual proxy:"));
    m_manualAddress->setPlaceholderText(tr("host:port"));
    m_manualUser->setPlaceholderText(tr("user (optional)"));
    m_manualPassword->setPlaceholderText(tr("password"));
    m_pac->setText(tr("&PAC script:"));
    m_pacUrl->setPlaceholderText(tr("http://proxy.example.com/proxy.pac"));
    m_manualUser->setAccessibleName(tr("Proxy user name"));
    m_manualPassword->setAccessibleName(tr("Proxy password"));
    m_manualUser->setToolTip(tr("Only if the proxy asks for a sign-in. For a Windows domain: DOMAIN\\user."));
    m_manualPassword->setToolTip(tr("Used for this run only; never saved or shown in a report."));
    m_pacUrl->setAccessibleName(tr("PAC script address"));
    m_pacUrl->setToolTip(
        tr("The proxy auto-config script a browser here uses. CloudCheck runs it itself; the "
           "Cloud Connector cannot use one."));
    m_compareDirect->setText(tr("For addresses that fail, also try the &other path (direct or proxy)"));
    m_holdTunnel->setText(tr("Extended check: hold one proxy &tunnel open for"));
    m_holdSeconds->setSuffix(tr(" s"));
    m_holdSeconds->setAccessibleName(tr("Seconds to hold the proxy tunnel open"));
    m_system->setToolTip(tr("The proxy this machine is set to use: the https_proxy and no_proxy environment "
                            "variables, then the system settings. On Windows, the WinHTTP proxy "
                            "(netsh winhttp) for a Cloud Connector, the Internet Settings for a browser."));
    if (m_proxyNote->isVisible())
        updateProxy();
    m_timeoutLabel->setText(tr("&Timeout per step:"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout per step in seconds"));
    m_advancedToggle->setText(tr("Ad&vanced"));
    m_concurrencyLabel->setText(tr("Addresses checked at &once:"));
    m_concurrency->setAccessibleName(tr("Addresses checked at once"));
    m_addresses->setHeaderLabels({tr("Address"), tr("Protocol"), tr("Level"), tr("Purpose")});
    m_addresses->setAccessibleName(tr("Addresses this run will check"));
    refreshAddresses();
}

} // namespace cloudcheck
