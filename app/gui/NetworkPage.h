#pragma once

#include <QWizardPage>
#include <optional>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QToolButton;
class QTreeWidget;

class QCheckBox;

namespace cloudcheck {

class WizardSession;

// How this machine reaches the internet, the step timeout, concurrency (under "Advanced"), and
// the read-only list of addresses the run will check, grouped by service.
class NetworkPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit NetworkPage(WizardSession* session, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    QRadioButton* systemProxyButton() const { return m_system; }
    QRadioButton* noProxyButton() const { return m_none; }
    QRadioButton* manualProxyButton() const { return m_manual; }
    QRadioButton* pacButton() const { return m_pac; }
    QLineEdit* manualAddressField() const { return m_manualAddress; }
    QLineEdit* manualUserField() const { return m_manualUser; }
    QLineEdit* manualPasswordField() const { return m_manualPassword; }
    QLineEdit* pacUrlField() const { return m_pacUrl; }
    QCheckBox* compareDirectBox() const { return m_compareDirect; }
    QCheckBox* holdTunnelBox() const { return m_holdTunnel; }
    QSpinBox* holdSecondsBox() const { return m_holdSeconds; }
    QLabel* proxyNote() const { return m_proxyNote; }
    QSpinBox* timeoutBox() const { return m_timeout; }
    QSpinBox* concurrencyBox() const { return m_concurrency; }
    QToolButton* advancedToggle() const { return m_advancedToggle; }
    QWidget* advancedPanel() const { return m_advanced; }
    QTreeWidget* addressTree() const { return m_addresses; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    // Hands the chosen proxy to the session; false (with the reason shown) when it is unusable.
    bool updateProxy();
    void refreshAddresses();

    WizardSession* m_session;
    QGroupBox* m_proxyBox = nullptr;
    QButtonGroup* m_proxyGroup = nullptr;
    QRadioButton* m_system = nullptr;
    QRadioButton* m_none = nullptr;
    QRadioButton* m_manual = nullptr;
    QLineEdit* m_manualAddress = nullptr;
    QLineEdit* m_manualUser = nullptr;
    QLineEdit* m_manualPassword = nullptr;
    QRadioButton* m_pac = nullptr;
    QLineEdit* m_pacUrl = nullptr;
    QLabel* m_proxyNote = nullptr;
    QLabel* m_timeoutLabel = nullptr;
    QSpinBox* m_timeout = nullptr;
    QToolButton* m_advancedToggle = nullptr;
    QWidget* m_advanced = nullptr;
    QLabel* m_concurrencyLabel = nullptr;
    QSpinBox* m_concurrency = nullptr;
    QCheckBox* m_compareDirect = nullptr;
    QCheckBox* m_holdTunnel = nullptr;
    QSpinBox* m_holdSeconds = nullptr;
    QLabel* m_addressesLabel = nullptr;
    QTreeWidget* m_addresses = nullptr;
};

} // namespace cloudcheck
