// ResultsModel and ResultsFilterModel without a wizard: tree shape, batched streaming updates,
// re-runs, the problem filter, and a thousand-target run, all checked by QAbstractItemModelTester.
#include "FakeHostBuilder.h"
#include "HostileInput.h"
#include "ResultsFilterModel.h"
#include "ResultsModel.h"
#include "diagnosis/Diagnosis.h"
#include "diagnosis/HostDiagnosis.h"
#include "readiness/IeEscRule.h"
#include "readiness/Tls12ClientRule.h"
#include "report/ReportWords.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <algorithm>
#include <functional>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

Target makeTarget(const QString& host, const QStringList& services, bool required = true)
{
    Target target;
    target.host = host;
    target.port = 443;
    target.scheme = Scheme::Https;
    target.id = u"https://"_s + host + u":443"_s;
    target.services = services;
    target.required = required;
    return target;
}

RunPlan makePlan()
{
    RunPlan plan;
    plan.services = {u"common"_s, u"daas"_s, u"wem"_s};
    plan.targets = {makeTarget(u"shared.test.invalid"_s, {u"common"_s, u"daas"_s}),
                    makeTarget(u"daas.test.invalid"_s, {u"daas"_s}),
                    makeTarget(u"down.test.invalid"_s, {u"daas"_s})};
    // wem has no target: it must not get an empty row.
    return plan;
}

CatalogInfo makeCatalog()
{
    CatalogInfo info;
    info.services = {{u"common"_s, {u"Common"_s, u"共通"_s}, {}, true},
                     {u"daas"_s, {u"DaaS"_s, u"DaaS (ja)"_s}, {}, false},
                     {u"wem"_s, {u"WEM"_s, u"WEM (ja)"_s}, {}, false}};
    return info;
}

StepResult step(StepKind kind, Verdict verdict, QJsonObject details = {})
{
    return {kind, verdict, 7, details};
}

TargetResult passed(const Target& target)
{
    TargetResult result;
    result.target = target;
    result.steps = {step(StepKind::Dns, Verdict::Pass, {{u"addresses"_s, QJsonArray{u"127.0.0.1"_s}}}),
                    step(StepKind::Tcp, Verdict::Pass), step(StepKind::Tls, Verdict::Pass),
                    step(StepKind::Certificate, Verdict::Pass), step(StepKind::Http, Verdict::Pass)};
    Diagnosis::apply(result);
    return result;
}

TargetResult refused(const Target& target)
{
    TargetResult result;
    result.target = target;
    result.steps = {step(StepKind::Dns, Verdict::Pass),
                    step(StepKind::Tcp, Verdict::Fail,
                         {{u"error"_s, u"refused"_s},
                          {u"port"_s, 443},
                          {u"attempts"_s, QJsonArray{QJsonObject{{u"address"_s, u"127.0.0.1"_s},
                                                                 {u"outcome"_s, u"refused"_s}}}}}),
                    step(StepKind::Tls, Verdict::NotRun, {{u"blockedBy"_s, u"tcp"_s}})};
    Diagnosis::apply(result);
    return result;
}

QModelIndex serviceIndex(const QAbstractItemModel& model, const QString& id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(ResultsModel::ServiceIdRole).toString() == id)
            return index;
    }
    return {};
}

// The test catalog and plan loaded into a model that QAbstractItemModelTester watches throughout.
struct LoadedModel
{
    ResultsModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    const RunPlan plan = makePlan();

    LoadedModel()
    {
        model.setCatalog(makeCatalog());
        model.setPlan(plan);
    }
};

} // namespace

class ResultsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void treeShape();
    void stepsArriveInBatches();
    void finishingSetsVerdictAndProgress();
    void restartRemovesSteps();
    void serviceRowFollowsItsTargets();
    void problemFilterKeepsProblemsWithContext();
    void thousandTargetsStreamWithoutResets();
    void stepFactsAreWorded();
    void toolTipsAreNeverMarkup();
    void hostileTextStaysEscaped();
    void hostGroupRows();
    void hostGroupNotRun();
};

void ResultsModelTest::treeShape()
{
    LoadedModel loaded;
    ResultsModel& model = loaded.model;
    const RunPlan& plan = loaded.plan;

    QCOMPARE(model.rowCount(), 2);
    const QModelIndex common = serviceIndex(model, u"common"_s);
    const QModelIndex daas = serviceIndex(model, u"daas"_s);
    QCOMPARE(common.data().toString(), u"Common"_s);
    QCOMPARE(model.rowCount(common), 1);
    QCOMPARE(model.rowCount(daas), 3);
    // The shared target sits under both services.
    QCOMPARE(model.index(0, 0, common).data(ResultsModel::TargetIdRole), plan.targets.at(0).id);
    QCOMPARE(model.index(0, 0, daas).data(ResultsModel::TargetIdRole), plan.targets.at(0).id);
    QCOMPARE(model.index(0, ResultsModel::StatusColumn, daas).data().toString(), u"Waiting"_s);
    QVERIFY(!model.index(0, 0, daas).data(ResultsModel::VerdictRole).isValid());

    model.setLanguage(Language::Japanese);
    QCOMPARE(common.data().toString(), u"共通"_s);
}

void ResultsModelTest::stepsArriveInBatches()
{
    LoadedModel loaded;
    ResultsModel& model = loaded.model;
    const RunPlan& plan = loaded.plan;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    const QString shared = plan.targets.at(0).id;
    model.markStarted(shared);
    model.addStep(shared, step(StepKind::Dns, Verdict::Pass));
    model.addStep(shared, step(StepKind::Tcp, Verdict::Pass));
    model.addStep(shared, step(StepKind::Tls, Verdict::Pass));
    const QModelIndex underCommon = model.index(0, 0, serviceIndex(model, u"common"_s));
    const QModelIndex underDaas = model.index(0, 0, serviceIndex(model, u"daas"_s));
    QCOMPARE(model.rowCount(underCommon), 0); // nothing until the batch is applied
    QTRY_COMPARE(model.rowCount(underCommon), 3);
    QCOMPARE(model.rowCount(underDaas), 3);
    // One insert per place of the target, not one per step.
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(1, ResultsModel::NameColumn, underDaas).data().toString(), u"TCP connection"_s);
    QCOMPARE(model.index(0, 0, underCommon).data(ResultsModel::TargetIdRole).toString(), shared);
    QCOMPARE(underCommon.siblingAtColumn(ResultsModel::StatusColumn).data().toString(), u"Checking"_s);
}

void ResultsModelTest::finishingSetsVerdictAndProgress()
{
    LoadedModel loaded;
    ResultsModel& model = loaded.model;
    const RunPlan& plan = loaded.plan;
    model.addStep(plan.targets.at(2).id, step(StepKind::Dns, Verdict::Pass));
    model.flush();
    model.finishTarget(passed(plan.targets.at(0)));
    model.finishTarget(refused(plan.targets.at(2)));
    model.flush();

    const QModelIndex daas = serviceIndex(model, u"daas"_s);
    const QModelIndex down = model.index(2, 0, daas);
    QCOMPARE(model.rowCount(down), 3);
    QCOMPARE(down.data(ResultsModel::VerdictRole).toInt(), int(Verdict::Fail));
    QCOMPARE(down.siblingAtColumn(ResultsModel::StatusColumn).data().toString(), u"Failed"_s);
    QVERIFY(down.siblingAtColumn(ResultsModel::FactsColumn).data().toString().contains(u"refused"_s));
    QCOMPARE(model.index(2, ResultsModel::FactsColumn, down).data().toString(),
             u"Skipped: TCP connection failed"_s);

    const ResultsModel::Progress progress = model.progress();
    QCOMPARE(progress.total, 3);
    QCOMPARE(progress.remaining, 1);
    QCOMPARE(progress.counts.pass, 1);
    QCOMPARE(progress.counts.fail, 1);
    // The service is not judged until all its targets are.
    QVERIFY(!daas.data(ResultsModel::VerdictRole).isValid());
    QCOMPARE(serviceIndex(model, u"common"_s).data(ResultsModel::VerdictRole).toInt(), int(Verdict::Pass));
}

void ResultsModelTest::restartRemovesSteps()
{
    LoadedModel loaded;
    ResultsModel& model = loaded.model;
    const RunPlan& plan = loaded.plan;
    for (const Target& target : plan.targets)
        model.finishTarget(target.host.startsWith(u"down"_s) ? refused(target) : passed(target));
    model.flush();
    model.restartTargets({plan.targets.at(2).id});
    const QModelIndex down = model.index(2, 0, serviceIndex(model, u"daas"_s));
    QCOMPARE(model.rowCount(down), 0);
    QCOMPARE(model.progress().remaining, 1);
    QCOMPARE(model.progress().counts.pass, 2);
}

// Service rows are summarized once per batch, not on every data() call: the summary must still
// follow every way targets change (start, finish, restart, a new plan).
void ResultsModelTest::serviceRowFollowsItsTargets()
{
    LoadedModel loaded;
    ResultsModel& model = loaded.model;
    const RunPlan& plan = loaded.plan;
    const QModelIndex daas = serviceIndex(model, u"daas"_s);
    const QModelIndex status = daas.siblingAtColumn(ResultsModel::StatusColumn);
    const QModelIndex facts = daas.siblingAtColumn(ResultsModel::FactsColumn);
    QCOMPARE(daas.data(ResultsModel::StateRole).toInt(), int(ResultsModel::State::Waiting));
    QCOMPARE(facts.data().toString(), u"0 of 3 addresses checked"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.markStarted(plan.targets.at(1).id);
    model.flush();
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(),
                        [&](const QList<QVariant>& args) { return args.at(0).toModelIndex() == daas; }));
    QCOMPARE(daas.data(ResultsModel::StateRole).toInt(), int(ResultsModel::State::Running));
    QCOMPARE(status.data().toString(), u"Checking"_s);

    for (const Target& target : plan.targets)
        model.finishTarget(target.host.startsWith(u"down"_s) ? refused(target) : passed(target));
    model.flush();
    QCOMPARE(daas.data(ResultsModel::VerdictRole).toInt(), int(Verdict::Fail));
    QVERIFY(daas.data(ResultsModel::ProblemRole).toBool());
    QCOMPARE(facts.data().toString(), u"2 passed, 1 failed"_s);
    QCOMPARE(serviceIndex(model, u"common"_s).data(ResultsModel::VerdictRole).toInt(), int(Verdict::Pass));

    model.restartTargets({plan.targets.at(2).id});
    QVERIFY(!daas.data(ResultsModel::VerdictRole).isValid());
    QCOMPARE(facts.data().toString(), u"2 of 3 addresses checked"_s);

    model.setPlan(plan);
    const QModelIndex fresh = serviceIndex(model, u"daas"_s);
    QCOMPARE(fresh.data(ResultsModel::StateRole).toInt(), int(ResultsModel::State::Waiting));
    QCOMPARE(fresh.siblingAtColumn(ResultsModel::FactsColumn).data().toString(),
             u"0 of 3 addresses checked"_s);
}

void ResultsModelTest::problemFilterKeepsProblemsWithContext()
{
    ResultsModel model;
    ResultsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(makeCatalog());
    const RunPlan plan = makePlan();
    model.setPlan(plan);
    for (const Target& target : plan.targets)
        model.finishTarget(target.host.startsWith(u"down"_s) ? refused(target) : passed(target));
    model.flush();
    QCOMPARE(filter.rowCount(), 2);

    filter.setProblemsOnly(true);
    QCOMPARE(filter.rowCount(), 1);
    const QModelIndex daas = filter.index(0, 0);
    QCOMPARE(daas.data(ResultsModel::ServiceIdRole).toString(), u"daas"_s);
    QCOMPARE(filter.rowCount(daas), 1);
    const QModelIndex down = filter.index(0, 0, daas);
    QCOMPARE(down.data(ResultsModel::TargetIdRole).toString(), plan.targets.at(2).id);
    // All of the target's steps stay, passed ones included, for context.
    QCOMPARE(filter.rowCount(down), 3);

    filter.setProblemsOnly(false);
    QCOMPARE(filter.rowCount(), 2);
}

void ResultsModelTest::thousandTargetsStreamWithoutResets()
{
    RunPlan plan;
    plan.services = {u"common"_s, u"daas"_s};
    for (int i = 0; i < 1000; ++i)
        plan.targets << makeTarget(u"host%1.test.invalid"_s.arg(i),
                                   {i % 3 ? u"daas"_s : u"common"_s, u"daas"_s});
    for (Target& target : plan.targets)
        target.services.removeDuplicates();

    ResultsModel model;
    ResultsFilterModel filter;
    filter.setSourceModel(&model);
    model.setCatalog(makeCatalog());
    model.setPlan(plan);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy progress(&model, &ResultsModel::progressChanged);

    QElapsedTimer clock;
    clock.start();
    for (const Target& target : std::as_const(plan.targets)) {
        model.markStarted(target.id);
        model.addStep(target.id, step(StepKind::Dns, Verdict::Pass));
        model.addStep(target.id, step(StepKind::Tcp, Verdict::Pass));
        model.finishTarget(passed(target));
    }
    QCOMPARE(progress.size(), 0); // buffered, not yet applied
    QTRY_VERIFY(progress.size() > 0);
    qInfo() << "1000 targets applied in" << clock.elapsed() << "ms";
    QCOMPARE(reset.size(), 0);
    // Everything arrived in one event-loop turn, so it was applied as one batch.
    QCOMPARE(progress.size(), 1);
    QCOMPARE(model.progress().remaining, 0);
    QCOMPARE(model.progress().counts.pass, 1000);
    QCOMPARE(model.rowCount(model.index(0, 0, serviceIndex(model, u"daas"_s))), 5);
}

void ResultsModelTest::stepFactsAreWorded()
{
    QCOMPARE(ReportWords::stepFacts(
                 step(StepKind::Dns, Verdict::Pass,
                      {{u"addresses"_s, QJsonArray{u"127.0.0.1"_s}}, {u"source"_s, u"override"_s}})),
             u"127.0.0.1 (pinned)"_s);
    QCOMPARE(
        ReportWords::stepFacts(step(StepKind::Http, Verdict::Pass,
                                    {{u"status"_s, 200}, {u"reason"_s, u"OK"_s}, {u"server"_s, u"lab"_s}})),
        u"HTTP 200 \"OK\"; server \"lab\""_s);
    QCOMPARE(ReportWords::stepFacts(step(StepKind::Tls, Verdict::NotRun, {{u"cancelled"_s, true}})),
             u"Not finished: the run was cancelled"_s);
    QCOMPARE(
        ReportWords::stepFacts(step(StepKind::Dns, Verdict::NotRun, {{u"reason"_s, u"needs_customer_id"_s}})),
        u"Skipped: needs the Customer ID"_s);
}

void ResultsModelTest::toolTipsAreNeverMarkup()
{
    // Defect: the Server header went into the tooltip as is, and Qt guessed it was rich text.
    LoadedModel loaded;
    TargetResult result = passed(loaded.plan.targets.at(1));
    result.steps.last().details = {
        {u"status"_s, 200}, {u"reason"_s, u"<i>OK</i>"_s}, {u"server"_s, u"<b>x</b>"_s}};
    loaded.model.finishTarget(result);
    loaded.model.flush();
    const QModelIndex target = loaded.model.targetIndex(result.target.id);
    const QModelIndex http =
        loaded.model.index(int(result.steps.size()) - 1, ResultsModel::FactsColumn, target);
    const QString tip = http.data(Qt::ToolTipRole).toString();
    QVERIFY2(!tip.contains(u"<b>"_s) && !tip.contains(u"<i>"_s), qPrintable(tip));
    // Shown exactly as sent, whether Qt reads the tooltip as rich text or not.
    QTextDocument shown;
    shown.setHtml(tip);
    QCOMPARE(shown.toPlainText(), u"HTTP 200 \"<i>OK</i>\"; server \"<b>x</b>\""_s);
    QVERIFY(Qt::mightBeRichText(tip)); // marked up on purpose, so Qt never has to guess
}

void ResultsModelTest::hostileTextStaysEscaped()
{
    const auto run = cctest::HostileInput::run();
    QVERIFY(run);
    ResultsModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    RunPlan plan;
    plan.services = run->services;
    for (const TargetResult& target : run->targets)
        plan.targets << target.target;
    model.setCatalog(run->catalog);
    model.setPlan(plan);
    for (const TargetResult& target : run->targets) {
        model.markStarted(target.target.id);
        for (const StepResult& step : target.steps)
            model.addStep(target.target.id, step);
        model.finishTarget(target);
    }
    model.flush();

    int checked = 0;
    bool sawServer = false;
    const std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            for (int column = 0; column < model.columnCount(parent); ++column) {
                const QModelIndex index = model.index(row, column, parent);
                for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                                       int(Qt::AccessibleTextRole), int(ResultsModel::TargetIdRole)}) {
                    const QString text = index.data(role).toString();
                    const auto raw = cctest::HostileInput::firstRaw(text);
                    QVERIFY2(!raw,
                             qPrintable(cctest::HostileInput::describe(raw.value_or(0)) + u" in "_s + text));
                    if (role == Qt::ToolTipRole && !text.isEmpty()) {
                        QVERIFY2(!text.contains(u"<b>x"_s), qPrintable(text));
                        QTextDocument shown;
                        shown.setHtml(text);
                        const auto rendered = cctest::HostileInput::firstRaw(shown.toPlainText());
                        QVERIFY2(!rendered, qPrintable(shown.toPlainText()));
                        sawServer =
                            sawServer || shown.toPlainText().contains(u"server \"<b>x</b> Evil\\x1b"_s);
                    }
                    ++checked;
                }
            }
            walk(model.index(row, 0, parent));
        }
    };
    walk({});
    QVERIFY(checked > 40);
    QVERIFY(sawServer);
}

void ResultsModelTest::hostGroupRows()
{
    ResultsModel model;
    ResultsFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(makeCatalog());
    const RunPlan plan = makePlan();
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 2); // no group until the run has read the host

    const auto key = [](const char* text) { return QString::fromLatin1(text); };
    const HostResult host = cctest::FakeHostBuilder::healthyConnector()
                                .value(key(readiness::Tls12ClientRule::kKey), u"Enabled"_s, 0)
                                .value(key(readiness::IeEscRule::kKey), u"IsInstalled"_s, 1)
                                .diagnosed();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setHost(host);
    QCOMPARE(inserted.size(), 1); // the group, with its checks
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex group = model.index(2, 0);
    QCOMPARE(model.rowKind(group), ResultsModel::RowKind::HostGroup);
    QCOMPARE(group.data().toString(), u"This machine (host checks)"_s);
    QCOMPARE(group.data(ResultsModel::VerdictRole).toInt(), int(Verdict::Fail));
    QVERIFY(group.data(ResultsModel::ProblemRole).toBool());
    QVERIFY(group.data(ResultsModel::ServiceIdRole).toString().isEmpty());
    QCOMPARE(group.siblingAtColumn(ResultsModel::StatusColumn).data().toString(), u"Failed"_s);
    QVERIFY(group.siblingAtColumn(ResultsModel::FactsColumn).data().toString().contains(u"1 failed"_s));
    QCOMPARE(model.rowCount(group), int(host.checks.size()));

    const QModelIndex tls = model.index(0, 0, group);
    QCOMPARE(model.rowKind(tls), ResultsModel::RowKind::HostCheck);
    QCOMPARE(model.parent(tls), group);
    QCOMPARE(tls.data(ResultsModel::HostCheckIdRole).toString(), u"tls12_client"_s);
    QCOMPARE(tls.data().toString(), HostDiagnosis::checkLabel(u"tls12_client"_s));
    QCOMPARE(tls.siblingAtColumn(ResultsModel::StatusColumn).data().toString(), u"Failed"_s);
    QVERIFY(
        !tls.siblingAtColumn(ResultsModel::StatusColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY2(tls.siblingAtColumn(ResultsModel::FactsColumn).data().toString().contains(u"Enabled = 0"_s),
             qPrintable(tls.siblingAtColumn(ResultsModel::FactsColumn).data().toString()));
    QCOMPARE(model.hostCheck(tls), &model.host().checks.first());
    QVERIFY(!model.targetResult(tls));
    QVERIFY(!model.hostCheck(group));
    QCOMPARE(model.rowCount(tls), 0);

    // Problems only: the group with its failing and warning checks only.
    filter.setProblemsOnly(true);
    QCOMPARE(filter.rowCount(), 1);
    const QModelIndex filteredGroup = filter.index(0, 0);
    QCOMPARE(filteredGroup.data(ResultsModel::RowKindRole).toInt(), int(ResultsModel::RowKind::HostGroup));
    QStringList kept;
    for (int row = 0; row < filter.rowCount(filteredGroup); ++row)
        kept << filter.index(row, 0, filteredGroup).data(ResultsModel::HostCheckIdRole).toString();
    QCOMPARE(kept, (QStringList{u"tls12_client"_s, u"ie_esc"_s}));
    filter.setProblemsOnly(false);

    // A new run's host with fewer checks, then the next plan: the group goes.
    HostResult fewer = host;
    fewer.checks.resize(3);
    model.setHost(fewer);
    QCOMPARE(model.rowCount(group), 3);
    model.setHost(host);
    QCOMPARE(model.rowCount(model.index(2, 0)), int(host.checks.size()));
    model.rediagnose();
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 2);
}

void ResultsModelTest::hostGroupNotRun()
{
    LoadedModel loaded;
    ResultsModel& model = loaded.model;
    ResultsFilterModel filter;
    filter.setSourceModel(&model);
    HostResult host;
    host.notRunReason = u"not_windows"_s;
    HostDiagnosis::apply(host);
    model.setHost(host);

    // One row that says so, with the reason; it is not a problem to filter for.
    const QModelIndex group = model.index(model.rowCount() - 1, 0);
    QCOMPARE(model.rowKind(group), ResultsModel::RowKind::HostGroup);
    QCOMPARE(model.rowCount(group), 0);
    QCOMPARE(group.siblingAtColumn(ResultsModel::StatusColumn).data().toString(),
             ReportWords::verdictLabel(Verdict::NotRun));
    QCOMPARE(group.siblingAtColumn(ResultsModel::FactsColumn).data().toString(), host.reason);
    QVERIFY(host.reason.contains(u"need Windows"_s));
    QVERIFY(!group.data(ResultsModel::ProblemRole).toBool());
    filter.setProblemsOnly(true);
    for (int row = 0; row < filter.rowCount(); ++row)
        QVERIFY(filter.index(row, 0).data(ResultsModel::RowKindRole).toInt() !=
                int(ResultsModel::RowKind::HostGroup));

    // A fake host that could not be read is the tool's error: it stays, on its own.
    host.notRunReason = u"fake_unreadable"_s;
    host.error = u"not JSON"_s;
    HostDiagnosis::apply(host);
    model.setHost(host);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(ResultsModel::RowKindRole).toInt(),
             int(ResultsModel::RowKind::HostGroup));
}

QTEST_MAIN(ResultsModelTest)
#include "tst_resultsmodel.moc"
