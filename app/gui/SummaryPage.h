#pragma once

#include "result/RunInsight.h"

#include <QList>
#include <QWizardPage>

class QFrame;
class QLabel;
class QMessageBox;
class QCheckBox;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace cloudcheck {

struct RunResult;
struct RunSummary;

class AllowlistDriftDialog;
class WizardSession;

// The outcome: a verdict banner, a table per service, the top problems with their fixes, and
// ways to take the result elsewhere (JSON export, plain text to the clipboard, the log folder).
// The top problems are RunDiagnosis::insights() of the session's result, the list the text
// report opens with and the JSON report carries as summary.topProblems.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    enum ServiceColumn
    {
        ServiceNameColumn,
        ServiceVerdictColumn,
        PassColumn,
        WarnColumn,
        FailColumn,
        NotRunColumn,
        ErrorColumn,
        ServiceColumnCount
    };
    // Addresses listed under a problem before "and N more".
    static constexpr int kShownAddresses = 5;

    explicit SummaryPage(WizardSession* session, QWidget* parent = nullptr);

    void initializePage() override;

    // Writes the JSON report atomically. Returns an empty string on success, otherwise the
    // reason, which is also shown in a (non-blocking) message box and sent with exportFailed.
    QString exportJson(const QString& path);
    // The same for the HTML report (any report format follows the file's extension).
    QString exportHtml(const QString& path);
    // Documents/cloudcheck-MACHINE-yyyyMMdd-HHmmss.html for the current result.
    QString defaultHtmlPath() const;
    QString summaryText() const;
    void copySummary();
    bool openLogFolder();

    QLabel* bannerHeadline() const { return m_headline; }
    QLabel* bannerSentence() const { return m_sentence; }
    QLabel* countsLabel() const { return m_counts; }
    QTableWidget* serviceTable() const { return m_services; }
    QLabel* notNeededLabel() const { return m_notNeeded; }
    QTextBrowser* problemsView() const { return m_problems; }
    // The problems problemsView() shows, in its order; empty without a result.
    const QList<RunInsight>& problems() const { return m_insights; }
    QPushButton* exportJsonButton() const { return m_exportJson; }
    QPushButton* exportHtmlButton() const { return m_exportHtml; }
    QPushButton* copyButton() const { return m_copy; }
    QCheckBox* redactBox() const { return m_redact; }
    QPushButton* logFolderButton() const { return m_logFolder; }
    QPushButton* compareAllowlistButton() const { return m_compareAllowlist; }
    // Opens the comparison with Citrix's allowlist (opt-in: nothing is asked before this).
    AllowlistDriftDialog* compareWithCitrixList();
    QMessageBox* errorBox() const { return m_errorBox; }

signals:
    void exported(const QString& path);
    void exportFailed(const QString& reason);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void render();
    void renderProblems(const RunResult& run, const RunSummary& summary);
    void chooseExportFile();
    void chooseHtmlFile();

    WizardSession* m_session;
    QFrame* m_banner = nullptr;
    QLabel* m_icon = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_sentence = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_servicesLabel = nullptr;
    QTableWidget* m_services = nullptr;
    QLabel* m_notNeeded = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QTextBrowser* m_problems = nullptr;
    QPushButton* m_exportJson = nullptr;
    QPushButton* m_exportHtml = nullptr;
    QPushButton* m_copy = nullptr;
    QCheckBox* m_redact = nullptr;
    QPushButton* m_compareAllowlist = nullptr;
    AllowlistDriftDialog* m_driftDialog = nullptr;
    QPushButton* m_logFolder = nullptr;
    QLabel* m_feedback = nullptr;
    QMessageBox* m_errorBox = nullptr;
    QList<RunInsight> m_insights;
};

} // namespace cloudcheck
