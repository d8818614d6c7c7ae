#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace cloudcheck {

class AllowlistApiFetch;
class WizardSession;
struct AllowlistDrift;

// "Compare with Citrix's allowlist": asks Citrix's Connectivity AllowList API (Japan) along the
// route the run took to api.citrixcloud.jp, and shows what differs from the catalog, in the words
// of `cloudcheck-cli --compare-allowlist`. Nothing is sent before the user opens it, and nothing
// when the run shows the API cannot be asked (no Customer ID, api.citrixcloud.jp not reached, or
// a test session whose API host is not pinned): the dialog says why instead.
class AllowlistDriftDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AllowlistDriftDialog(WizardSession* session, QWidget* parent = nullptr);

    // Starts the request, or shows why there is none.
    void start();

    QLabel* statusLabel() const { return m_status; }
    QTextBrowser* driftView() const { return m_view; }
    QPushButton* copyButton() const { return m_copy; }
    bool isBusy() const { return m_busy; }

signals:
    void concluded();

private:
    void showDrift(const AllowlistDrift& drift);
    void showFailure(const QString& reason);
    void conclude();

    WizardSession* m_session;
    AllowlistApiFetch* m_fetch;
    QLabel* m_status;
    QTextBrowser* m_view;
    QPushButton* m_copy;
    QPushButton* m_close;
    bool m_busy = false;
};

} // namespace cloudcheck
