#pragma once

#include "plan/RunPlan.h"
#include "result/RunResult.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>
#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTreeView;

namespace cloudcheck {

class BackgroundRun;
class DetailsView;
class ResultsFilterModel;
class ResultsModel;
class WizardSession;

// Runs the checks and shows them live: service, address and step rows with status icons, times
// and the observed facts; overall progress; cancel, run again and re-run the problems; and a
// details pane for the selected row. The engine works on BackgroundRun's worker thread and its
// results arrive through queued signals, so this page never blocks.
class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Phase
    {
        Idle,
        Running,
        Cancelling,
        Finished,
        Cancelled,
        Refused // a test run with unpinned hosts
    };

    explicit RunPage(WizardSession* session, QWidget* parent = nullptr);
    ~RunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void startRun();
    // A plan holding only the targets that failed, erred or warned last time; the others keep
    // their results.
    void rerunProblems();
    void cancelRun();
    Phase phase() const { return m_phase; }
    bool isRunning() const { return m_phase == Phase::Running || m_phase == Phase::Cancelling; }

    ResultsModel* model() const { return m_model; }
    ResultsFilterModel* filterModel() const { return m_filter; }
    QTreeView* view() const { return m_view; }
    DetailsView* details() const { return m_details; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* countsLabel() const { return m_counts; }
    QLabel* elapsedLabel() const { return m_elapsedLabel; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* runAgainButton() const { return m_runAgain; }
    QPushButton* rerunButton() const { return m_rerun; }
    QCheckBox* problemsOnlyBox() const { return m_problemsOnly; }

signals:
    void runStarted();
    // The engine's own result for the run that just ended (for a partial re-run, only the
    // re-run targets); the session holds the merged view.
    void runFinished(const cloudcheck::RunResult& engineResult);

protected:
    void changeEvent(QEvent* event) override;

private:
    void launch(const RunPlan& plan, bool partial);
    void onFinished(const RunResult& result);
    void setPhase(Phase phase);
    void retranslateUi();
    void updateStatus();
    void updateProgress();
    void updateElapsed();
    void updateDetails(bool force);
    void fitNameColumn();
    QStringList problemTargetIds() const;

    WizardSession* m_session;
    ResultsModel* m_model;
    ResultsFilterModel* m_filter;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_elapsedLabel = nullptr;
    QCheckBox* m_problemsOnly = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_runAgain = nullptr;
    QPushButton* m_rerun = nullptr;
    QSplitter* m_splitter = nullptr;
    QTreeView* m_view = nullptr;
    DetailsView* m_details = nullptr;

    Phase m_phase = Phase::Idle;
    QString m_refusal;
    RunPlan m_plan;
    bool m_partial = false;
    qint64 m_elapsedMs = 0;
    int m_tunnelSecondsLeft = 0; // --hold-tunnel countdown, while running
    QElapsedTimer m_clock;
    QTimer m_tick;
    // What the details pane shows, to re-render only when it changed.
    QString m_shownTarget;
    int m_shownState = -1;
    qsizetype m_shownSteps = -1;
    // Last: destroyed first, so the worker is cancelled and joined before anything it feeds.
    std::unique_ptr<BackgroundRun> m_run;
};

} // namespace cloudcheck
