#include "ServicesPage.h"

#include "GuiSettings.h"
#include "ServiceCard.h"
#include "WizardSession.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cloudcheck {

namespace {

// Console notifications only add guidance in the console; the product works without them.
const QString kOptionalService = QStringLiteral("console");

} // namespace

ServicesPage::ServicesPage(WizardSession* session, QWidget* parent) : QWizardPage(parent), m_session(session)
{
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    const Catalog& catalog = session->catalog();
    const std::optional<QStringList> saved = session->settings()->services();
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(10);
    ServiceCard* optionalCard = nullptr;
    int position = 0;
    for (const Service& service : catalog.services) {
        if (service.alwaysIncluded)
            continue;
        const bool optional = service.id == kOptionalService;
        auto* card = new ServiceCard(service, optional, this);
        // First use: everything, including the recommended extra, as a full check is the point.
        card->setChecked(saved ? saved->contains(service.id) : true);
        connect(card, &ServiceCard::toggled, this, &ServicesPage::updateServices);
        m_cards << card;
        if (optional) {
            optionalCard = card;
            continue;
        }
        grid->addWidget(card, position / 2, position % 2);
        ++position;
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    m_alwaysIncluded = new QLabel(this);
    m_alwaysIncluded->setWordWrap(true);
    m_alwaysIncluded->setTextFormat(Qt::RichText);
    m_alwaysIncluded->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); "
                                                   "border: 1px solid palette(mid); padding: 6px; }"));

    m_optionalHeading = new QLabel(this);
    m_optionalHeading->setVisible(optionalCard != nullptr);

    m_customerId = new QLineEdit(this);
    m_customerId->setText(session->settings()->customerId());
    m_customerId->setClearButtonEnabled(true);
    m_customerId->setMaxLength(63);
    m_customerIdLabel = new QLabel(this);
    m_customerIdLabel->setBuddy(m_customerId);
    m_customerIdError = new QLabel(this);
    m_customerIdError->setWordWrap(true);
    m_customerIdError->setTextFormat(Qt::PlainText);
    m_customerIdError->setStyleSheet(QStringLiteral("QLabel { color: #c5221f; }"));
    m_customerIdError->setVisible(false);
    m_customerIdHint = new QLabel(this);
    m_customerIdHint->setWordWrap(true);
    m_customerIdHint->setForegroundRole(QPalette::PlaceholderText);
    registerField(QStringLiteral("customerId"), m_customerId);

    auto* customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customerIdLabel);
    customerRow->addWidget(m_customerId, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    if (optionalCard) {
        layout->addWidget(m_optionalHeading);
        layout->addWidget(optionalCard);
    }
    layout->addWidget(m_alwaysIncluded);
    layout->addSpacing(6);
    layout->addLayout(customerRow);
    layout->addWidget(m_customerIdError);
    layout->addWidget(m_customerIdHint);
    layout->addStretch(1);

    QWidget* previous = nullptr;
    for (ServiceCard* card : std::as_const(m_cards)) {
        if (card == optionalCard)
            continue;
        if (previous)
            setTabOrder(previous, card->checkBox());
        previous = card->checkBox();
    }
    if (optionalCard && previous) {
        setTabOrder(previous, optionalCard->checkBox());
        previous = optionalCard->checkBox();
    }
    if (previous)
        setTabOrder(previous, m_customerId);

    connect(m_customerId, &QLineEdit::textChanged, this, &ServicesPage::updateCustomerId);
    connect(m_session, &WizardSession::languageChanged, this, &ServicesPage::retranslateUi);
    retranslateUi();
    updateServices();
    updateCustomerId();
}

QStringList ServicesPage::checkedServices() const
{
    QStringList services;
    for (const ServiceCard* card : m_cards) {
        if (card->isChecked())
            services << card->serviceId();
    }
    return services;
}

ServiceCard* ServicesPage::card(const QString& serviceId) const
{
    for (ServiceCard* card : m_cards) {
        if (card->serviceId() == serviceId)
            return card;
    }
    return nullptr;
}

bool ServicesPage::isComplete() const
{
    const QString id = m_customerId->text().trimmed();
    return id.isEmpty() || RunPlan::validateCustomerId(id).isEmpty();
}

bool ServicesPage::validatePage()
{
    updateServices();
    m_session->setCustomerId(m_customerId->text().trimmed());
    return isComplete();
}

void ServicesPage::updateServices()
{
    m_session->setServices(checkedServices());
}

void ServicesPage::updateCustomerId()
{
    const QString id = m_customerId->text().trimmed();
    const QString problem = id.isEmpty() ? QString() : RunPlan::validateCustomerId(id);
    m_customerIdError->setText(problem);
    m_customerIdError->setVisible(!problem.isEmpty());
    m_customerId->setAccessibleDescription(problem);
    m_session->setCustomerId(problem.isEmpty() ? id : QString());
    emit completeChanged();
}

void ServicesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ServicesPage::retranslateUi()
{
    const Language language = m_session->language();
    setTitle(tr("Services"));
    setSubTitle(tr("Choose the Citrix Cloud Japan services this machine uses."));
    m_intro->setText(tr("Each service needs its own set of addresses. Check the ones in use here."));
    for (ServiceCard* card : std::as_const(m_cards))
        card->retranslate(language);
    m_optionalHeading->setText(tr("Optional:"));

    QStringList always;
    for (const Service& service : m_session->catalog().services) {
        if (service.alwaysIncluded)
            always << QStringLiteral("<b>%1</b>").arg(service.name.text(language).toHtmlEscaped());
    }
    m_alwaysIncluded->setText(
        tr("Always checked: %1. Every service signs in and calls the Citrix Cloud APIs through the common "
           "addresses, and the Cloud Connector validates the service certificates through DigiCert's "
           "revocation and certificate servers, so no service works without them.")
            .arg(always.join(QStringLiteral(", "))));

    m_customerIdLabel->setText(tr("C&ustomer ID (optional):"));
    m_customerId->setPlaceholderText(tr("for example a1b2c3d4e5f6"));
    m_customerId->setAccessibleName(tr("Customer ID"));
    m_customerIdHint->setText(
        tr("Some addresses contain your Customer ID (Citrix Cloud console, Account Settings). Without it "
           "they are listed as not checked, with the reason."));
    updateCustomerId();
}

} // namespace cloudcheck
