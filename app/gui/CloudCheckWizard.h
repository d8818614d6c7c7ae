#pragma once

#include "catalog/Catalog.h"
#include "plan/HostOverride.h"

#include <QSslCertificate>
#include <QWizard>

namespace cloudcheck {

class GuiSettings;
class NetworkPage;
class RunPage;
class ServicesPage;
class SummaryPage;
class Translator;
class WelcomePage;
class WizardSession;

// The wizard: Welcome, Services, Network, Run, Summary. It owns the shared session; the catalog
// and the settings store come from outside, so tests can hand in a small catalog and a
// temporary INI file, and pin every host to loopback servers with setTestOverrides().
class CloudCheckWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        WelcomePageId,
        ServicesPageId,
        NetworkPageId,
        RunPageId,
        SummaryPageId
    };

    // Without a translator the wizard makes its own, so tests need not set one up.
    CloudCheckWizard(const Catalog& catalog, GuiSettings* settings, QWidget* parent = nullptr);
    CloudCheckWizard(const Catalog& catalog, GuiSettings* settings, Translator* translator,
                     QWidget* parent = nullptr);
    ~CloudCheckWizard() override;

    void setTestOverrides(const QList<HostOverride>& overrides, const QList<QSslCertificate>& caCertificates);

    WizardSession* session() const { return m_session; }
    WelcomePage* welcomePage() const { return m_welcome; }
    ServicesPage* servicesPage() const { return m_services; }
    NetworkPage* networkPage() const { return m_network; }
    RunPage* runPage() const { return m_run; }
    SummaryPage* summaryPage() const { return m_summary; }

    void showAbout();
    QString aboutText() const;

    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void retranslateUi();
    void saveWindow();

    GuiSettings* m_settings;
    Translator* m_translator;
    WizardSession* m_session;
    WelcomePage* m_welcome;
    ServicesPage* m_services;
    NetworkPage* m_network;
    RunPage* m_run;
    SummaryPage* m_summary;
};

} // namespace cloudcheck
