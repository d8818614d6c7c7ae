#pragma once

#include <QWizardPage>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace cloudcheck {

class ServiceCard;
class WizardSession;

// Which services to check, and the optional Customer ID that fills the customer-specific host
// names. Common addresses and certificate validation are always part of a run.
class ServicesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ServicesPage(WizardSession* session, QWidget* parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

    QStringList checkedServices() const;
    ServiceCard* card(const QString& serviceId) const;
    QLineEdit* customerIdEdit() const { return m_customerId; }
    QLabel* customerIdError() const { return m_customerIdError; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateServices();
    void updateCustomerId();

    WizardSession* m_session;
    QLabel* m_intro = nullptr;
    QList<ServiceCard*> m_cards;
    QLabel* m_optionalHeading = nullptr;
    QLabel* m_alwaysIncluded = nullptr;
    QLabel* m_customerIdLabel = nullptr;
    QLineEdit* m_customerId = nullptr;
    QLabel* m_customerIdError = nullptr;
    QLabel* m_customerIdHint = nullptr;
};

} // namespace cloudcheck
