// Unit tests of RunSummary: the run and service verdicts of docs/report-format.md, the counts,
// and the exit codes of SPEC.md.
#include "report/ReportWords.h"
#include "result/RunResult.h"
#include "result/RunSummary.h"

#include <QTest>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

TargetResult targetResult(const QString& host, bool required, Verdict verdict, const QStringList& services)
{
    TargetResult result;
    result.target.id = u"https://"_s + host + u":443"_s;
    result.target.host = host;
    result.target.required = required;
    result.target.services = services;
    result.verdict = verdict;
    return result;
}

// "R" = required, "r" = recommended; then the verdict: "R:fail", "r:not_run".
QList<TargetResult> targetsFrom(const QStringList& specs)
{
    const QHash<QString, Verdict> verdicts{{u"pass"_s, Verdict::Pass},
                                           {u"warn"_s, Verdict::Warn},
                                           {u"fail"_s, Verdict::Fail},
                                           {u"not_run"_s, Verdict::NotRun},
                                           {u"error"_s, Verdict::Error}};
    QList<TargetResult> targets;
    for (const QString& spec : specs) {
        const QStringList parts = spec.split(u':');
        Q_ASSERT(parts.size() == 2 && verdicts.contains(parts.at(1)));
        targets << targetResult(u"h"_s + QString::number(targets.size()) + u".example.jp"_s,
                                parts.at(0) == u"R", verdicts.value(parts.at(1)), {u"common"_s});
    }
    return targets;
}

VerdictCounts counts(int pass, int warn, int fail, int notRun, int error)
{
    VerdictCounts result;
    result.pass = pass;
    result.warn = warn;
    result.fail = fail;
    result.notRun = notRun;
    result.error = error;
    return result;
}

QByteArray describe(const VerdictCounts& c)
{
    return QByteArray::number(c.pass) + '/' + QByteArray::number(c.warn) + '/' + QByteArray::number(c.fail) +
           '/' + QByteArray::number(c.notRun) + '/' + QByteArray::number(c.error);
}

} // namespace

class RunSummaryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdict_data();
    void verdict();
    void counts();
    void byService();
    void exitCode_data();
    void exitCode();
    void cancelledRunNeverPasses();
    void bannerSaysWhenOnlyThisMachineFails();
};

void RunSummaryTest::verdict_data()
{
    QTest::addColumn<QStringList>("targets");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("all pass") << QStringList{u"R:pass"_s, u"R:pass"_s, u"r:pass"_s} << Verdict::Pass;
    QTest::newRow("required fail") << QStringList{u"R:pass"_s, u"R:fail"_s} << Verdict::Fail;
    QTest::newRow("required error") << QStringList{u"R:pass"_s, u"R:error"_s} << Verdict::Fail;
    QTest::newRow("recommended fail is a warning") << QStringList{u"R:pass"_s, u"r:fail"_s} << Verdict::Warn;
    QTest::newRow("recommended error is a warning")
        << QStringList{u"R:pass"_s, u"r:error"_s} << Verdict::Warn;
    QTest::newRow("required not run") << QStringList{u"R:pass"_s, u"R:not_run"_s} << Verdict::Warn;
    QTest::newRow("recommended not run") << QStringList{u"R:pass"_s, u"r:not_run"_s} << Verdict::Pass;
    QTest::newRow("required warn") << QStringList{u"R:warn"_s, u"R:pass"_s} << Verdict::Warn;
    QTest::newRow("recommended warn") << QStringList{u"r:warn"_s, u"R:pass"_s} << Verdict::Warn;
    QTest::newRow("fail outranks everything")
        << QStringList{u"r:fail"_s, u"R:not_run"_s, u"R:warn"_s, u"R:fail"_s, u"R:pass"_s} << Verdict::Fail;
    QTest::newRow("fail first, then warnings")
        << QStringList{u"R:fail"_s, u"r:warn"_s, u"r:fail"_s} << Verdict::Fail;
}

void RunSummaryTest::verdict()
{
    QFETCH(QStringList, targets);
    QFETCH(Verdict, verdict);
    const QList<TargetResult> results = targetsFrom(targets);
    QCOMPARE(RunSummary::of(results, {u"common"_s}).verdict, verdict);
    // The one service all targets belong to follows the same rule.
    QCOMPARE(RunSummary::of(results, {u"common"_s}).byService.value(u"common"_s).verdict, verdict);
}

void RunSummaryTest::counts()
{
    const QList<TargetResult> results = targetsFrom(
        {u"R:pass"_s, u"R:pass"_s, u"r:warn"_s, u"R:fail"_s, u"r:fail"_s, u"R:not_run"_s, u"R:error"_s});
    const RunSummary summary = RunSummary::of(results, {u"common"_s});
    QVERIFY2(summary.counts == ::counts(2, 1, 2, 1, 1), describe(summary.counts).constData());
    QCOMPARE(summary.counts.total(), 7);
}

void RunSummaryTest::byService()
{
    const QList<TargetResult> results{
        targetResult(u"a"_s, true, Verdict::Pass, {u"common"_s, u"daas"_s}),
        targetResult(u"b"_s, true, Verdict::Fail, {u"certificates"_s}),
        targetResult(u"c"_s, false, Verdict::Fail, {u"daas"_s, u"workspace"_s}),
        targetResult(u"d"_s, true, Verdict::NotRun, {u"daas"_s}),
        targetResult(u"e"_s, false, Verdict::Warn, {u"gateway"_s}),
        // Credited to a service that was not selected: counted in the run, not under "console".
        targetResult(u"f"_s, true, Verdict::Pass, {u"common"_s, u"console"_s}),
    };
    const QStringList services{u"common"_s, u"certificates"_s, u"gateway"_s, u"daas"_s, u"workspace"_s};
    const RunSummary summary = RunSummary::of(results, services);

    QCOMPARE(summary.verdict, Verdict::Fail);
    QVERIFY2(summary.counts == ::counts(2, 1, 2, 1, 0), describe(summary.counts).constData());
    QCOMPARE(summary.byService.keys(),
             QStringList({u"certificates"_s, u"common"_s, u"daas"_s, u"gateway"_s, u"workspace"_s}));

    const struct
    {
        QString service;
        Verdict verdict;
        VerdictCounts counts;
    } expected[] = {
        {u"common"_s, Verdict::Pass, ::counts(2, 0, 0, 0, 0)},
        {u"certificates"_s, Verdict::Fail, ::counts(0, 0, 1, 0, 0)},
        {u"gateway"_s, Verdict::Warn, ::counts(0, 1, 0, 0, 0)},
        // a passed, c is a recommended failure, d is a required target not run: warn.
        {u"daas"_s, Verdict::Warn, ::counts(1, 0, 1, 1, 0)},
        {u"workspace"_s, Verdict::Warn, ::counts(0, 0, 1, 0, 0)},
    };
    for (const auto& [service, verdict, serviceCounts] : expected) {
        const RunSummary::ServiceSummary actual = summary.byService.value(service);
        QVERIFY2(actual.verdict == verdict, qPrintable(service));
        QVERIFY2(actual.counts == serviceCounts,
                 qPrintable(service + u": "_s + QString::fromLatin1(describe(actual.counts))));
    }
}

void RunSummaryTest::exitCode_data()
{
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<int>("code");
    QTest::newRow("pass") << Verdict::Pass << 0;
    QTest::newRow("warn") << Verdict::Warn << 1;
    QTest::newRow("not_run") << Verdict::NotRun << 1;
    QTest::newRow("fail") << Verdict::Fail << 2;
    QTest::newRow("error") << Verdict::Error << 2;
}

void RunSummaryTest::exitCode()
{
    QFETCH(Verdict, verdict);
    QFETCH(int, code);
    QCOMPARE(RunSummary::exitCode(verdict), code);
}

void RunSummaryTest::cancelledRunNeverPasses()
{
    // docs/decisions.md #5: every required target passed, and the cancel cut short only a
    // recommended one. The run is still not a pass: exit 1, the wizard says "not ready".
    RunResult run;
    run.services = {u"common"_s};
    run.cancelled = true;
    run.targets = targetsFrom({u"R:pass"_s, u"R:pass"_s, u"r:not_run"_s});
    run.targets.last().cancelled = true;
    QCOMPARE(run.summary().verdict, Verdict::Warn);
    QCOMPARE(RunSummary::exitCode(run.summary().verdict), 1);
    QCOMPARE(run.summary().byService.value(u"common"_s).verdict, Verdict::Warn);
    // The wizard's service rows summarize targets without the run: the target's flag decides.
    QCOMPARE(RunSummary::verdictOf({&run.targets.last()}), Verdict::Warn);

    // Cancelled after the last target finished: still not a pass.
    run.targets = targetsFrom({u"R:pass"_s, u"r:pass"_s});
    QCOMPARE(run.summary().verdict, Verdict::Warn);
    QCOMPARE(RunSummary::exitCode(run.summary().verdict), 1);
    // A failure stays a failure.
    run.targets = targetsFrom({u"R:fail"_s, u"r:not_run"_s});
    QCOMPARE(run.summary().verdict, Verdict::Fail);
    // Not cancelled: a recommended target not run is no reason to warn (a {customerId} host).
    run.cancelled = false;
    run.targets = targetsFrom({u"R:pass"_s, u"r:not_run"_s});
    QCOMPARE(run.summary().verdict, Verdict::Pass);
}

void RunSummaryTest::bannerSaysWhenOnlyThisMachineFails()
{
    RunResult run;
    run.services = {u"common"_s};
    run.targets = targetsFrom({u"R:pass"_s, u"r:warn"_s});
    run.host.verdict = Verdict::Fail; // e.g. TLS 1.2 switched off in SChannel
    RunSummary summary = run.summary();
    QCOMPARE(summary.verdict, Verdict::Fail);
    QCOMPARE(summary.addresses, Verdict::Warn);
    // Not "required addresses fail": they answered. The banner names what does fail.
    QCOMPARE(ReportWords::runHeadline(summary), u"Not ready: this machine's own settings fail"_s);
    QVERIFY(ReportWords::runSentence(summary).startsWith(u"The addresses answered"_s));

    // Addresses failing too: the addresses' words, as before.
    run.targets = targetsFrom({u"R:fail"_s});
    summary = run.summary();
    QCOMPARE(summary.addresses, Verdict::Fail);
    QCOMPARE(ReportWords::runHeadline(summary), ReportWords::runHeadline(Verdict::Fail));
    QCOMPARE(ReportWords::runSentence(summary), ReportWords::runSentence(Verdict::Fail));

    // A host warning or a host group not run changes nothing in the words.
    run.targets = targetsFrom({u"R:pass"_s});
    run.host.verdict = Verdict::Warn;
    QCOMPARE(ReportWords::runHeadline(run.summary()), ReportWords::runHeadline(Verdict::Warn));
    run.host.verdict = Verdict::NotRun;
    QCOMPARE(ReportWords::runHeadline(run.summary()), ReportWords::runHeadline(Verdict::Pass));
}

QTEST_GUILESS_MAIN(RunSummaryTest)
#include "tst_runsummary.moc"
