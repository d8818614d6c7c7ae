#include "RunPage.h"

#include "DetailsView.h"
#include "ResultsFilterModel.h"
#include "ResultsModel.h"
#include "WizardSession.h"
#include "run/BackgroundRun.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcRunPage, "cloudcheck.gui.run")

namespace cloudcheck {

namespace {

// What the details pane shows for a host row, in m_shownTarget: no target id (a URL) starts so.
const QString kHostKey = QStringLiteral("host:");

QString clockText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RunPage::RunPage(WizardSession* session, QWidget* parent)
    : QWizardPage(parent), m_session(session), m_model(new ResultsModel(this)),
      m_filter(new ResultsFilterModel(this)), m_tick(this)
{
    m_model->setCatalog(session->catalogInfo());
    m_model->setLanguage(session->language());
    m_filter->setSourceModel(m_model);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_counts = new QLabel(this);
    m_counts->setTextFormat(Qt::PlainText);
    m_elapsedLabel = new QLabel(this);
    m_elapsedLabel->setTextFormat(Qt::PlainText);

    m_problemsOnly = new QCheckBox(this);
    m_cancel = new QPushButton(this);
    m_runAgain = new QPushButton(this);
    m_rerun = new QPushButton(this);
    // Only the wizard's own navigation button may be the default: Enter must never cancel a run.
    for (QPushButton* button : {m_cancel, m_runAgain, m_rerun})
        button->setAutoDefault(false);

    m_view = new QTreeView(this);
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(ResultsModel::NameColumn, 300);
    m_view->setColumnWidth(ResultsModel::StatusColumn, 110);
    m_view->setColumnWidth(ResultsModel::TimeColumn, 70);

    m_details = new DetailsView(this);
    m_details->setMinimumHeight(120);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* countsRow = new QHBoxLayout;
    countsRow->addWidget(m_counts, 1);
    countsRow->addWidget(m_elapsedLabel);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_problemsOnly);
    controls->addStretch(1);
    controls->addWidget(m_cancel);
    controls->addWidget(m_runAgain);
    controls->addWidget(m_rerun);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addLayout(countsRow);
    layout->addLayout(controls);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_problemsOnly, m_cancel);
    setTabOrder(m_cancel, m_runAgain);
    setTabOrder(m_runAgain, m_rerun);
    setTabOrder(m_rerun, m_view);
    setTabOrder(m_view, m_details);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &RunPage::updateElapsed);
    connect(m_model, &ResultsModel::progressChanged, this, [this] {
        updateProgress();
        updateDetails(false);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandToDepth(0);
        fitNameColumn();
    });
    // Service rows come and go with the problem filter; keep them open so addresses show.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex& parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_view->expand(m_filter->index(row, 0));
            });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] { m_view->expandToDepth(0); });
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_filter->setProblemsOnly(on);
        m_view->expandToDepth(0);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateDetails(true); });
    connect(m_cancel, &QPushButton::clicked, this, &RunPage::cancelRun);
    connect(m_runAgain, &QPushButton::clicked, this, &RunPage::startRun);
    connect(m_rerun, &QPushButton::clicked, this, &RunPage::rerunProblems);
    connect(m_session, &WizardSession::languageChanged, this, [this](Language language) {
        m_model->setLanguage(language);
        retranslateUi();
        updateDetails(true);
    });

    retranslateUi();
}

RunPage::~RunPage() = default;

void RunPage::fitNameColumn()
{
    // Measured from the model once per run, not from the view: the page may not be laid out
    // yet, and a thousand-row resizeColumnToContents during a run would stall repaints.
    const QFontMetrics metrics = m_view->fontMetrics();
    int widest = 0;
    for (int service = 0; service < m_model->rowCount(); ++service) {
        const QModelIndex parent = m_model->index(service, 0);
        widest = qMax(widest, metrics.horizontalAdvance(parent.data().toString()));
        for (int target = 0; target < m_model->rowCount(parent); ++target) {
            const QString name = m_model->index(target, 0, parent).data().toString();
            widest = qMax(widest, metrics.horizontalAdvance(name) + m_view->indentation());
        }
    }
    const int wanted = widest + 2 * m_view->indentation() + metrics.averageCharWidth() * 2;
    m_view->setColumnWidth(ResultsModel::NameColumn, qBound(240, wanted, metrics.averageCharWidth() * 72));
}

void RunPage::initializePage()
{
    startRun();
}

void RunPage::cleanupPage()
{
    // Going back to change settings: the run in flight no longer answers the user's question.
    m_run.reset();
    setPhase(Phase::Idle);
}

bool RunPage::isComplete() const
{
    return (m_phase == Phase::Finished || m_phase == Phase::Cancelled) && m_session->hasResult();
}

void RunPage::startRun()
{
    launch(m_session->plan(), false);
}

QStringList RunPage::problemTargetIds() const
{
    QStringList ids;
    if (!m_session->hasResult())
        return ids;
    for (const TargetResult& result : m_session->result().targets) {
        if (result.verdict == Verdict::Fail || result.verdict == Verdict::Error ||
            result.verdict == Verdict::Warn)
            ids << result.target.id;
    }
    return ids;
}

void RunPage::rerunProblems()
{
    const QStringList ids = problemTargetIds();
    if (ids.isEmpty() || isRunning())
        return;
    RunPlan plan;
    plan.services = m_plan.services;
    for (const Target& target : std::as_const(m_plan.targets)) {
        if (ids.contains(target.id))
            plan.targets << target;
    }
    launch(plan, true);
}

void RunPage::cancelRun()
{
    if (!m_run || m_phase != Phase::Running)
        return;
    // The worker stops every probe at once and reports the partial results through finished().
    m_run->cancel();
    setPhase(Phase::Cancelling);
}

void RunPage::launch(const RunPlan& plan, bool partial)
{
    // A previous run (if any) is cancelled and joined here; its queued signals die with it.
    m_run.reset();
    m_partial = partial;
    if (m_session->requiresPinnedHosts()) {
        if (const QStringList unpinned = m_session->unpinnedHosts(plan); !unpinned.isEmpty()) {
            qCWarning(lcRunPage) << "refusing a test run with unpinned hosts:" << unpinned;
            m_refusal = tr("This run was not started: these hosts are not pinned to a test server: %1")
                            .arg(unpinned.join(QStringLiteral(", ")));
            setPhase(Phase::Refused);
            return;
        }
    }
    if (partial) {
        QStringList ids;
        for (const Target& target : plan.targets)
            ids << target.id;
        m_model->restartTargets(ids);
    } else {
        m_plan = plan;
        m_model->setPlan(plan);
        m_details->showPlaceholder();
        m_shownTarget.clear();
    }

    m_run = std::make_unique<BackgroundRun>();
    connect(m_run.get(), &BackgroundRun::hostChecked, this, [this](const HostResult& host) {
        m_model->setHost(host);
        if (m_shownTarget.startsWith(kHostKey))
            updateDetails(true);
    });
    connect(m_run.get(), &BackgroundRun::targetStarted, m_model, &ResultsModel::markStarted);
    connect(m_run.get(), &BackgroundRun::stepFinished, m_model, &ResultsModel::addStep);
    connect(m_run.get(), &BackgroundRun::targetFinished, m_model, &ResultsModel::finishTarget);
    connect(m_run.get(), &BackgroundRun::finished, this, &RunPage::onFinished);
    connect(m_run.get(), &BackgroundRun::tunnelHoldProgress, this, [this](int secondsLeft) {
        m_tunnelSecondsLeft = secondsLeft;
        updateStatus();
    });

    qCInfo(lcRunPage) << "run:" << plan.targets.size() << "targets" << (partial ? "(re-run)" : "");
    m_clock.start();
    m_elapsedMs = 0;
    m_tunnelSecondsLeft = 0;
    m_tick.start();
    setPhase(Phase::Running);
    m_run->start(plan, m_session->runSettings(), m_session->catalogInfo());
    emit runStarted();
}

void RunPage::onFinished(const RunResult& result)
{
    m_model->flush();
    m_tick.stop();
    m_elapsedMs = m_clock.elapsed();

    RunResult merged = result;
    if (m_partial && m_session->hasResult()) {
        // Targets outside the re-run keep last time's results, in plan order.
        merged.targets = m_session->result().targets;
        for (const TargetResult& fresh : result.targets) {
            for (TargetResult& old : merged.targets) {
                if (old.target.id == fresh.target.id)
                    old = fresh;
            }
        }
        merged.services = m_session->result().services;
        merged.environment.clockSkewSeconds = RunResult::medianClockSkew(merged.targets);
    }
    m_session->setResult(merged);
    setPhase(result.cancelled ? Phase::Cancelled : Phase::Finished);
    emit runFinished(result);
}

void RunPage::setPhase(Phase phase)
{
    m_phase = phase;
    if (phase != Phase::Running && phase != Phase::Cancelling)
        m_tick.stop();
    m_cancel->setEnabled(phase == Phase::Running);
    m_runAgain->setEnabled(!isRunning());
    m_rerun->setEnabled(!isRunning() && (phase == Phase::Finished || phase == Phase::Cancelled) &&
                        !problemTargetIds().isEmpty());
    updateStatus();
    updateProgress();
    updateElapsed();
    emit completeChanged();
}

void RunPage::updateStatus()
{
    QString text;
    switch (m_phase) {
    case Phase::Idle:
        text = tr("Ready.");
        break;
    case Phase::Running:
        text = tr("Checking %1 addresses...").arg(m_model->progress().total);
        if (m_tunnelSecondsLeft > 0)
            text += u' ' + tr("Holding a proxy tunnel open: %1 s left.").arg(m_tunnelSecondsLeft);
        break;
    case Phase::Cancelling:
        text = tr("Cancelling...");
        break;
    case Phase::Finished:
        text = tr("Finished. Select a row to see what was found and what to do.");
        break;
    case Phase::Cancelled:
        text = tr("Cancelled. The results are partial: addresses that were not finished are marked "
                  "\"Not checked\".");
        break;
    case Phase::Refused:
        text = m_refusal;
        break;
    }
    m_status->setText(text);
    m_status->setStyleSheet(m_phase == Phase::Cancelled || m_phase == Phase::Refused
                                ? QStringLiteral("QLabel { color: #a05a00; font-weight: bold; }")
                                : QString());
}

void RunPage::updateProgress()
{
    const ResultsModel::Progress progress = m_model->progress();
    m_progress->setRange(0, qMax(1, progress.total));
    m_progress->setValue(progress.total - progress.remaining);
    m_progress->setFormat(
        tr("%1 of %2 addresses").arg(progress.total - progress.remaining).arg(progress.total));
    QStringList parts{tr("Passed: %1").arg(progress.counts.pass),
                      tr("Warnings: %1").arg(progress.counts.warn),
                      tr("Failed: %1").arg(progress.counts.fail + progress.counts.error)};
    if (progress.counts.notRun > 0)
        parts << tr("Not checked: %1").arg(progress.counts.notRun);
    parts << tr("Remaining: %1").arg(progress.remaining);
    m_counts->setText(parts.join(QStringLiteral("    ")));
    m_progress->setAccessibleDescription(m_counts->text());
    if (m_phase == Phase::Running)
        updateStatus();
}

void RunPage::updateElapsed()
{
    if (m_phase == Phase::Running || m_phase == Phase::Cancelling)
        m_elapsedMs = m_clock.elapsed();
    m_elapsedLabel->setText(tr("Elapsed: %1").arg(clockText(m_elapsedMs)));
}

void RunPage::updateDetails(bool force)
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        if (force)
            m_details->showPlaceholder();
        return;
    }
    const Language language = m_session->language();
    const ResultsModel::RowKind kind = m_model->rowKind(current);
    if (kind == ResultsModel::RowKind::HostGroup || kind == ResultsModel::RowKind::HostCheck) {
        // Read once at the start of the run: re-rendered only when another row is chosen, the
        // language changes or a new run reads the host again.
        const HostCheck* check = m_model->hostCheck(current);
        const QString key = kHostKey + (check ? check->id : QString());
        if (!force && key == m_shownTarget)
            return;
        m_shownTarget = key;
        m_details->showHost(m_model->host(), check, language);
        return;
    }
    if (kind == ResultsModel::RowKind::Service) {
        if (const Service* service = m_session->catalog().service(m_model->serviceId(current)))
            m_details->showService(*service, language);
        m_shownTarget.clear();
        return;
    }
    const TargetResult* result = m_model->targetResult(current);
    if (!result)
        return;
    const int state = int(m_model->targetState(current));
    // While a run streams in, re-render only when the shown target actually changed, so the
    // pane does not jump back to the top under the user's eyes.
    if (!force && result->target.id == m_shownTarget && state == m_shownState &&
        result->steps.size() == m_shownSteps)
        return;
    m_shownTarget = result->target.id;
    m_shownState = state;
    m_shownSteps = result->steps.size();
    m_details->showTarget(*result, state == int(ResultsModel::State::Finished), m_model->stepResult(current),
                          m_session->catalogInfo(), language);
}

void RunPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void RunPage::retranslateUi()
{
    setTitle(tr("Checking"));
    setSubTitle(tr("Each address is checked step by step. Problems are explained as they are found."));
    m_problemsOnly->setText(tr("Show only &problems"));
    m_cancel->setText(tr("&Cancel run"));
    m_runAgain->setText(tr("&Run again"));
    m_rerun->setText(tr("Re-run &failed"));
    m_rerun->setToolTip(tr("Check again only the addresses that failed or warned"));
    m_view->setAccessibleName(tr("Results"));
    m_view->setAccessibleDescription(tr("Services, their addresses and each address's checks"));
    m_progress->setAccessibleName(tr("Progress"));
    m_details->setAccessibleName(tr("Details of the selected row"));
    updateStatus();
    updateProgress();
    updateElapsed();
}

} // namespace cloudcheck
