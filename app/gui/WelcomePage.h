#pragma once

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QRadioButton;

namespace cloudcheck {

class WizardSession;

// What the tool checks and what it will not do, the language, which kind of machine this is (the
// profile decides which addresses apply), and which catalog the checks come from.
class WelcomePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit WelcomePage(WizardSession* session, QWidget* parent = nullptr);

    QComboBox* languageBox() const { return m_language; }
    QLabel* languageLabel() const { return m_languageLabel; }
    QRadioButton* connectorButton() const { return m_connector; }
    QRadioButton* browserButton() const { return m_browser; }
    QRadioButton* vdaButton() const { return m_vda; }
    QLabel* catalogLabel() const { return m_catalog; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    WizardSession* m_session;
    QLabel* m_intro = nullptr;
    QLabel* m_privacy = nullptr;
    QLabel* m_languageLabel = nullptr;
    QComboBox* m_language = nullptr;
    QGroupBox* m_profileBox = nullptr;
    QButtonGroup* m_profileGroup = nullptr;
    QRadioButton* m_connector = nullptr;
    QLabel* m_connectorHint = nullptr;
    QRadioButton* m_browser = nullptr;
    QLabel* m_browserHint = nullptr;
    QRadioButton* m_vda = nullptr;
    QLabel* m_vdaHint = nullptr;
    QLabel* m_catalog = nullptr;
};

} // namespace cloudcheck
