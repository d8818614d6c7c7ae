#pragma once

#include "plan/RunPlan.h"
#include "result/RunResult.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QTimer>

namespace cloudcheck {

// The live results tree: service rows, under each the targets that service needs (a target
// shared by several services appears under each of them), under each target its steps. Last, once
// the run has read it, the host group ("This machine"): under it one row per host check, or no
// row when the group did not run (the group row then says why).
//
// The engine streams results through queued signals. Updates are buffered and applied at most
// every 50 ms in one batch (row inserts per target and parent, then dataChanged ranges), so a
// run of a thousand targets repaints smoothly and never resets the view mid-run.
class ResultsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        TimeColumn,
        FactsColumn,
        ColumnCount
    };
    enum Role
    {
        RowKindRole = Qt::UserRole + 1,
        StateRole,
        VerdictRole, // int(Verdict); invalid while the row has no verdict yet
        ProblemRole, // a finished target whose verdict is anything but pass
        TargetIdRole,
        ServiceIdRole,
        HostCheckIdRole // HostCheck::id, on host check rows
    };
    enum class RowKind
    {
        Service,
        Target,
        Step,
        HostGroup,
        HostCheck
    };
    enum class State
    {
        Waiting,
        Running,
        Finished
    };
    struct Progress
    {
        VerdictCounts counts; // finished targets, by verdict
        int remaining = 0;
        int total = 0;
    };

    static constexpr int kFlushIntervalMs = 50;

    explicit ResultsModel(QObject* parent = nullptr);

    void setCatalog(const CatalogInfo& catalog);
    void setLanguage(Language language);
    // One reset per run: every service and target row exists from the start, waiting.
    void setPlan(const RunPlan& plan);
    // Puts these targets back to waiting (their step rows go) for a partial re-run.
    void restartTargets(const QStringList& targetIds);

    void markStarted(const QString& targetId);
    void addStep(const QString& targetId, const StepResult& step);
    void finishTarget(const TargetResult& result);
    // Applies buffered updates now; the timer calls it, tests may too.
    void flush();
    // The host group as the run read it (once per run, before the targets): shows its row.
    void setHost(const HostResult& host);
    // Re-words every finished target's findings, and the host group, in the current language.
    void rediagnose();

    RowKind rowKind(const QModelIndex& index) const;
    State targetState(const QModelIndex& index) const;
    // For target and step rows; nullptr for service rows.
    const TargetResult* targetResult(const QModelIndex& index) const;
    const StepResult* stepResult(const QModelIndex& index) const;
    QString serviceId(const QModelIndex& index) const;
    const HostResult& host() const { return m_host; }
    // For host check rows; nullptr for every other row.
    const HostCheck* hostCheck(const QModelIndex& index) const;
    QModelIndex targetIndex(const QString& targetId) const; // under the first service needing it
    Progress progress() const;
    QList<TargetResult> targetResults() const; // plan order
    int targetCount() const { return int(m_targets.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After each batch of updates has been applied.
    void progressChanged();

private:
    struct Place
    {
        int service = 0;
        int row = 0;
        int shownSteps = 0; // the step rows views know about under this place
    };
    struct TargetRow
    {
        TargetResult result;
        State state = State::Waiting;
        QList<Place> places;
    };
    struct ServiceRow
    {
        QString id;
        QList<int> targets;
        // Derived from the targets by summarize(), so data() on a service row is O(1): views ask
        // for it many times per batch (a uniform-height QTreeView re-measures its first row on
        // every dataChanged, and the filter model forwards one for the parent of every change).
        Verdict verdict = Verdict::Pass; // of the finished targets
        VerdictCounts counts;            // finished targets, by verdict
        int finished = 0;
        bool started = false;
    };

    int targetOf(const QModelIndex& index) const;
    Place* placeOf(int target, int service);
    const Place* placeOf(int target, int service) const;
    void markDirty(int target);
    void summarize(ServiceRow& service) const;
    QVariant serviceData(int service, int column, int role) const;
    QVariant targetData(const TargetRow& row, int column, int role) const;
    QVariant stepData(const StepResult& step, int column, int role) const;
    // What every finished row with a verdict shares (step, host group, host check): its state,
    // verdict, problem flag and status cell; invalid when the row's own data decides.
    QVariant finishedData(Verdict verdict, bool problem, int column, int role) const;
    QVariant hostGroupData(int column, int role) const;
    QVariant hostCheckData(const HostCheck& check, int column, int role) const;
    int hostRow() const { return int(m_services.size()); }
    void hostDataChanged();
    QString targetFacts(const TargetRow& row) const;
    static QString countsText(const VerdictCounts& counts);
    QIcon verdictIcon(Verdict verdict) const;

    CatalogInfo m_catalog;
    Language m_language = Language::English;
    QList<ServiceRow> m_services;
    QList<TargetRow> m_targets;
    QHash<QString, int> m_indexById;
    HostResult m_host;
    bool m_hostShown = false;  // the group row exists
    int m_hostChecksShown = 0; // the check rows views know about
    QSet<int> m_dirty;
    QTimer m_flushTimer;
    QList<QIcon> m_verdictIcons;
    QIcon m_runningIcon;
    QIcon m_pendingIcon;
};

} // namespace cloudcheck
