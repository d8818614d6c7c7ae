#include "net/DnsLookup.h"
#include "probe/TargetProbe.h"
#include "result/StepFacts.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <memory>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

constexpr int kLookupMs = 400;

// A resolver that takes a while and then says the name does not exist: the answer never leads to
// a connection, so nothing leaves the machine.
DnsAnswer slowNxdomain(const QByteArray&)
{
    QThread::msleep(kLookupMs);
    DnsAnswer answer;
    answer.error = DnsAnswer::Error::NxDomain;
    answer.errorText = u"test resolver: no such name"_s;
    return answer;
}

Target target(int i)
{
    Target t;
    t.host = u"h%1.dns-queue.test"_s.arg(i);
    t.id = u"https://"_s + t.host + u":443"_s;
    t.required = true;
    return t;
}

} // namespace

class DnsStepTest : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { DnsLookup::setResolverForTesting(nullptr); }
    void queuedLookupsAreNotTimedOut();
    void aPoolThatNeverFreesIsTheToolsLimit();

private:
    // Starts `count` probes at once and waits until every one has finished; empty on a timeout.
    std::vector<std::unique_ptr<TargetProbe>> probeAll(int count, const ProbeContext& context);
};

std::vector<std::unique_ptr<TargetProbe>> DnsStepTest::probeAll(int count, const ProbeContext& context)
{
    std::vector<std::unique_ptr<TargetProbe>> probes;
    int finished = 0;
    for (int i = 0; i < count; ++i) {
        probes.push_back(std::make_unique<TargetProbe>(target(i), context));
        connect(probes.back().get(), &TargetProbe::finished, this, [&finished] { ++finished; });
    }
    for (auto& probe : probes)
        probe->start();
    if (!QTest::qWaitFor([&finished, count] { return finished == count; }, 10000))
        return {};
    return probes;
}

// Twice as many lookups as resolver threads: the second half waits one lookup's time for a thread.
// Each step is timed from its own start, so none of them reads as a DNS timeout.
void DnsStepTest::queuedLookupsAreNotTimedOut()
{
    DnsLookup::setResolverForTesting(&slowNxdomain);
    ProbeContext context;
    context.timeoutMs = kLookupMs + 300; // less than two lookups back to back
    const int count = DnsLookup::poolSize() * 2;
    const auto probes = probeAll(count, context);
    QCOMPARE(int(probes.size()), count);
    int queued = 0;
    for (const auto& probe : probes) {
        const StepResult* dns = probe->result().step(StepKind::Dns);
        QVERIFY(dns);
        QCOMPARE(readFact<DnsError>(dns->details, fact::kError), DnsError::Nxdomain);
        QVERIFY2(dns->durationMs < context.timeoutMs, qPrintable(QString::number(dns->durationMs)));
        if (dns->details.value(fact::kQueuedMs).toInteger() >= kLookupMs / 2)
            ++queued;
    }
    // The pool really was full: about half the lookups waited for a thread.
    QVERIFY2(queued >= count / 4, qPrintable(QString::number(queued)));
}

// Lookups that never get a thread within the cap are the tool's limit, reported as an error step,
// never as the DNS server's timeout.
void DnsStepTest::aPoolThatNeverFreesIsTheToolsLimit()
{
    DnsLookup::setResolverForTesting(&slowNxdomain);
    ProbeContext context;
    context.timeoutMs = kLookupMs / 2;
    const int count = DnsLookup::poolSize() + 8;
    const auto probes = probeAll(count, context);
    QCOMPARE(int(probes.size()), count);
    int busy = 0;
    int timedOut = 0;
    for (const auto& probe : probes) {
        const StepResult* dns = probe->result().step(StepKind::Dns);
        if (dns->details.value(fact::kError).toString() == u"resolver_busy") {
            QCOMPARE(dns->verdict, Verdict::Error);
            ++busy;
        } else if (readFact<DnsError>(dns->details, fact::kError) == DnsError::Timeout) {
            ++timedOut;
        }
    }
    QVERIFY2(busy >= 8, qPrintable(QString::number(busy)));
    QCOMPARE(busy + timedOut, count);
    QTest::qWait(kLookupMs * 2); // let the pool drain before the next test replaces the resolver
}

QTEST_GUILESS_MAIN(DnsStepTest)
#include "tst_dnsstep.moc"
