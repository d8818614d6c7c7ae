#include "report/JsonReport.h"
#include "report/Redactor.h"
#include "report/TextReport.h"
#include "result/StepFacts.h"

#include <QJsonArray>
#include <QTest>

using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

const QString kCustomerId = u"Acme01"_s;
const QString kMachine = u"CC-CONNECTOR-07.corp.example"_s;
const QString kProxyHost = u"proxy.corp.example"_s;
const QString kViaName = u"bluecoat-osaka-3"_s;
const QString kUser = u"tanaka.hiroshi"_s;

// A run as a customer site produces it: the Customer ID in a host, the machine's name, a proxy by
// name, the proxy's own name in Via and in a quoted error, and a proxy user.
RunResult customerRun()
{
    RunResult run;
    run.toolVersion = u"0.1.0"_s;
    run.settings.customerId = kCustomerId;
    run.settings.proxy = std::get<ProxySetting>(ProxySetting::parse(u"http://proxy.corp.example:8080"_s));
    run.settings.proxy.user = kUser;
    run.environment.hostname = kMachine;
    run.environment.systemProxy = u"http://proxy.corp.example:8080"_s;
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.finishedAt = run.startedAt.addMSecs(1200);
    run.services = {u"daas"_s};

    TargetResult target;
    target.target.host = u"acme01.apps.citrixworkspacesapi.jp"_s;
    target.target.id = u"https://acme01.apps.citrixworkspacesapi.jp:443"_s;
    target.target.services = {u"daas"_s};
    target.target.required = true;
    target.route = Route::viaProxy(Route::Source::Manual, kProxyHost, 8080, u"--proxy"_s);
    QJsonObject facts;
    facts.insert(fact::kProxy, u"proxy.corp.example:8080"_s);
    facts.insert(fact::kStatusLine, u"HTTP/1.1 403 Forbidden"_s);
    facts.insert(fact::kVia, QString(u"1.1 "_s + kViaName + u" (squid/5.7)"_s));
    facts.insert(fact::kReceived, u"<p>Denied by BLUECOAT-OSAKA-3 for user tanaka.hiroshi</p>"_s);
    target.steps.append(StepResult{StepKind::Proxy, Verdict::Fail, 12, facts});
    target.findings.append(
        {FindingCode::ProxyDenied,
         Verdict::Fail,
         u"The proxy proxy.corp.example:8080 refused CONNECT acme01.apps.citrixworkspacesapi.jp:443: "
         "Via: 1.1 bluecoat-osaka-3 (squid/5.7). The root certificate is fine."_s,
         u"Ask the team that runs proxy.corp.example to allow it."_s,
         {}});
    target.verdict = Verdict::Fail;
    run.targets << target;
    return run;
}

} // namespace

class RedactorTest : public QObject
{
    Q_OBJECT

private slots:
    void everyOutputIsMasked();
    void masksAreConsistentAndWholeNames();
    void nothingToMaskChangesNothing();
};

void RedactorTest::everyOutputIsMasked()
{
    const RunResult original = customerRun();
    const RunResult redacted = Redactor::forRun(original).apply(original);
    const QString json = QString::fromUtf8(JsonReport::render(redacted));
    const QString text = TextReport::render(redacted, {});
    for (const QString& output : {json, text}) {
        for (const QString& secret :
             {kCustomerId, kMachine, u"CC-CONNECTOR-07"_s, kProxyHost, kViaName, kUser}) {
            QVERIFY2(!output.contains(secret, Qt::CaseInsensitive),
                     qPrintable(u"<%1> survived in:\n%2"_s.arg(secret, output)));
        }
    }
    // The unredacted run did contain them: the test looks where they are.
    const QString plain = QString::fromUtf8(JsonReport::render(original));
    QVERIFY(plain.contains(kProxyHost) && plain.contains(kViaName) && plain.contains(u"acme01"_s));
}

void RedactorTest::masksAreConsistentAndWholeNames()
{
    const RunResult original = customerRun();
    const RunResult redacted = Redactor::forRun(original).apply(original);
    const TargetResult& target = redacted.targets.first();
    QCOMPARE(target.target.host, u"redacted-customer-id.apps.citrixworkspacesapi.jp"_s);
    QCOMPARE(target.route.proxyHost, u"redacted-proxy-1"_s);
    QCOMPARE(redacted.settings.proxy.url.host(), u"redacted-proxy-1"_s);
    QCOMPARE(redacted.environment.hostname, u"redacted-machine"_s);
    const QJsonObject details = target.steps.first().details;
    QCOMPARE(details.value(fact::kVia).toString(), u"1.1 redacted-proxy-2 (squid/5.7)"_s);
    QCOMPARE(details.value(fact::kReceived).toString(),
             u"<p>Denied by redacted-proxy-2 for user redacted-user</p>"_s);
    QVERIFY(target.findings.first().message.contains(u"The proxy redacted-proxy-1:8080 refused"_s));
    // Ordinary words that merely contain or resemble a secret stay: whole names only.
    QVERIFY(target.findings.first().message.contains(u"The root certificate is fine."_s));
    QCOMPARE(target.findings.first().remediation, u"Ask the team that runs redacted-proxy-1 to allow it."_s);
}

void RedactorTest::nothingToMaskChangesNothing()
{
    RunResult run = customerRun();
    run.settings = {};
    run.environment.hostname.clear();
    run.environment.systemProxy = u"none"_s;
    run.targets.first().route = Route::direct(Route::Source::Disabled);
    run.targets.first().steps.clear();
    const Redactor redactor = Redactor::forRun(run);
    QVERIFY(redactor.isEmpty());
    QCOMPARE(JsonReport::render(redactor.apply(run)), JsonReport::render(run));
    // A machine name too short to mask in free text is still masked where it is the field.
    run.environment.hostname = u"vm"_s;
    QCOMPARE(Redactor::forRun(run).apply(run).environment.hostname, u"redacted-machine"_s);
}

QTEST_GUILESS_MAIN(RedactorTest)
#include "tst_redactor.moc"
