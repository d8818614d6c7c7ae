// PAC support against real components: the cloudcheck-pac helper process (QJSEngine) started by
// PacEvaluator, scripts fetched by PacScriptFetch from loopback HTTP servers and temporary files.
// No mocks, nothing leaves 127.0.0.1: every name a script resolves is pinned, except "localhost",
// which /etc/hosts answers.
#include "PlainHttpServer.h"
#include "SilentServer.h"
#include "pac/PacDirective.h"
#include "pac/PacEvaluator.h"
#include "pac/PacScriptFetch.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkInterface>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace cloudcheck;
using namespace cctest;
using namespace Qt::StringLiterals;

namespace {

const QString kHelper = QStringLiteral(CLOUDCHECK_PAC_PATH);
constexpr qint64 kTenMegabytes = 10 * 1000 * 1000;

// One evaluation, waited for: either answers or a failure reason, and how long it took.
struct Outcome
{
    bool done = false;
    QList<PacAnswer> answers;
    QString failure;
    qint64 ms = 0;
};

Outcome evaluate(const QByteArray& script, const QList<PacQuery>& queries,
                 const QList<PacEvaluator::HostPin>& pins = {}, int timeoutMs = 2000, int waitMs = 30000,
                 const QString& helper = kHelper)
{
    Outcome outcome;
    PacEvaluator evaluator(helper);
    QObject::connect(&evaluator, &PacEvaluator::finished, &evaluator, [&](const QList<PacAnswer>& answers) {
        outcome.done = true;
        outcome.answers = answers;
    });
    QObject::connect(&evaluator, &PacEvaluator::failed, &evaluator, [&](const QString& reason) {
        outcome.done = true;
        outcome.failure = reason;
    });
    QElapsedTimer clock;
    clock.start();
    evaluator.evaluate(script, queries, pins, timeoutMs);
    outcome.done = QTest::qWaitFor([&] { return outcome.done; }, waitMs);
    outcome.ms = clock.elapsed();
    return outcome;
}

PacQuery query(const QString& host, const QString& url = QString())
{
    return PacQuery{QUrl(url.isEmpty() ? u"https://%1/"_s.arg(host) : url), host};
}

QString describe(const PacDirective& directive)
{
    QStringList parts;
    for (const PacDirective::Entry& entry : directive.entries()) {
        switch (entry.kind) {
        case PacDirective::Kind::Direct:
            parts << u"DIRECT"_s;
            break;
        case PacDirective::Kind::Proxy:
            parts << u"PROXY %1 %2"_s.arg(entry.host).arg(entry.port);
            break;
        case PacDirective::Kind::Unsupported:
            parts << u"UNSUPPORTED %1"_s.arg(entry.keyword);
            break;
        }
    }
    return parts.join(u" | ");
}

// What PacNatives::myIpAddress answers, computed independently here.
QString expectedMyIpAddress()
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& interface : interfaces) {
        if (!interface.flags().testFlag(QNetworkInterface::IsUp) ||
            interface.flags().testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry& entry : entries) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol && !entry.ip().isLoopback())
                return entry.ip().toString();
        }
    }
    return u"127.0.0.1"_s;
}

bool inRange(int value, int first, int last)
{
    return first <= last ? first <= value && value <= last : value >= first || value <= last;
}

const QStringList kWeekdays{u"SUN"_s, u"MON"_s, u"TUE"_s, u"WED"_s, u"THU"_s, u"FRI"_s, u"SAT"_s};
const QStringList kMonths{u"JAN"_s, u"FEB"_s, u"MAR"_s, u"APR"_s, u"MAY"_s, u"JUN"_s,
                          u"JUL"_s, u"AUG"_s, u"SEP"_s, u"OCT"_s, u"NOV"_s, u"DEC"_s};

// The clock at minute resolution, local and UTC, as the PAC date functions see it.
struct Clock
{
    QDateTime local;
    QDateTime utc;

    static Clock now()
    {
        const QDateTime at = QDateTime::currentDateTime();
        return Clock{at, at.toUTC()};
    }
    bool sameMinute(const Clock& other) const
    {
        return local.toString(u"yyyyMMddhhmm") == other.local.toString(u"yyyyMMddhhmm");
    }
    static int weekday(const QDateTime& at) { return at.date().dayOfWeek() % 7; } // JS: 0 = Sunday
    static int month(const QDateTime& at) { return at.date().month() - 1; }
};

// (expression, expected) pairs for weekdayRange, dateRange and timeRange: the arguments are
// built from the clock, the expectations computed from QDateTime, never written down.
QList<std::pair<QString, bool>> dateChecks(const Clock& clock)
{
    const QDateTime& l = clock.local;
    const QDateTime& u = clock.utc;
    const int wd = Clock::weekday(l);
    const int uwd = Clock::weekday(u);
    const int day = l.date().day();
    const int uday = u.date().day();
    const int month = Clock::month(l);
    const int umonth = Clock::month(u);
    const int year = l.date().year();
    const int hour = l.time().hour();
    const int uhour = u.time().hour();
    const int minuteOfDay = hour * 60 + l.time().minute();
    const int uminuteOfDay = uhour * 60 + u.time().minute();
    auto q = [](const QString& text) -> QString { return u"\""_s + text + u"\""_s; };
    auto dayKey = [](int m, int d) { return m * 32 + d; };

    QList<std::pair<QString, bool>> checks;
    // weekdayRange
    checks.append({u"weekdayRange(%1)"_s.arg(q(kWeekdays[wd])), true});
    checks.append({u"weekdayRange(%1)"_s.arg(q(kWeekdays[(wd + 1) % 7])), false});
    checks.append({u"weekdayRange(%1, \"GMT\")"_s.arg(q(kWeekdays[uwd])), true});
    checks.append({u"weekdayRange(%1)"_s.arg(q(kWeekdays[uwd])), uwd == wd});
    checks.append(
        {u"weekdayRange(%1, %2)"_s.arg(q(kWeekdays[(wd + 1) % 7]), q(kWeekdays[(wd + 6) % 7])), false});
    checks.append(
        {u"weekdayRange(%1, %2)"_s.arg(q(kWeekdays[(wd + 6) % 7]), q(kWeekdays[(wd + 1) % 7])), true});
    checks.append({u"weekdayRange(\"MON\", \"FRI\")"_s, inRange(wd, 1, 5)});
    checks.append({u"weekdayRange(\"SAT\", \"MON\", \"GMT\")"_s, inRange(uwd, 6, 1)});
    checks.append({u"weekdayRange(\"XYZ\")"_s, false});
    // dateRange, single values
    checks.append({u"dateRange(%1)"_s.arg(day), true});
    checks.append({u"dateRange(%1, \"GMT\")"_s.arg(uday), true});
    checks.append({u"dateRange(%1)"_s.arg(uday), uday == day});
    checks.append({u"dateRange(%1)"_s.arg(q(kMonths[month])), true});
    checks.append({u"dateRange(%1)"_s.arg(q(kMonths[(month + 1) % 12])), false});
    checks.append({u"dateRange(%1)"_s.arg(year), true});
    checks.append({u"dateRange(%1)"_s.arg(year + 1), false});
    // dateRange, ranges
    checks.append({u"dateRange(1, 15)"_s, inRange(day, 1, 15)});
    checks.append({u"dateRange(20, 5)"_s, inRange(day, 20, 5)});
    checks.append({u"dateRange(\"JAN\", \"JUN\")"_s, inRange(month, 0, 5)});
    checks.append({u"dateRange(\"NOV\", \"FEB\")"_s, inRange(month, 10, 1)});
    checks.append({u"dateRange(\"JUL\", \"DEC\", \"GMT\")"_s, inRange(umonth, 6, 11)});
    checks.append({u"dateRange(%1, %2)"_s.arg(year - 1).arg(year + 1), true});
    checks.append({u"dateRange(%1, %2)"_s.arg(year + 1).arg(year + 2), false});
    checks.append(
        {u"dateRange(1, \"JAN\", 15, \"JUN\")"_s, inRange(dayKey(month, day), dayKey(0, 1), dayKey(5, 15))});
    checks.append({u"dateRange(16, \"JUN\", 31, \"DEC\")"_s,
                   inRange(dayKey(month, day), dayKey(5, 16), dayKey(11, 31))});
    checks.append({u"dateRange(\"JAN\", %1, \"DEC\", %1)"_s.arg(year), true});
    checks.append({u"dateRange(1, \"JAN\", %1, 31, \"DEC\", %1)"_s.arg(year + 1), false});
    checks.append({u"dateRange(%1, %2, %3, %1, %2, %3)"_s.arg(day).arg(q(kMonths[month])).arg(year), true});
    // timeRange
    checks.append({u"timeRange(%1)"_s.arg(hour), true});
    checks.append({u"timeRange(%1, \"GMT\")"_s.arg(uhour), true});
    checks.append({u"timeRange(%1)"_s.arg(uhour), uhour == hour});
    checks.append({u"timeRange(0, 11)"_s, hour <= 11});
    checks.append({u"timeRange(12, 23, \"GMT\")"_s, uhour >= 12});
    checks.append({u"timeRange(0, 0, 11, 59)"_s, inRange(minuteOfDay, 0, 11 * 60 + 59)});
    checks.append({u"timeRange(22, 0, 2, 0)"_s, inRange(minuteOfDay, 22 * 60, 2 * 60)});
    checks.append({u"timeRange(6, 30, 18, 45, \"GMT\")"_s, inRange(uminuteOfDay, 6 * 60 + 30, 18 * 60 + 45)});
    checks.append({u"timeRange(%1, 0, 0, %1, 59, 59)"_s.arg(hour), true});
    checks.append({u"timeRange(%1, 0, 0, %1, 59, 59)"_s.arg((hour + 1) % 24), false});
    return checks;
}

// Serves a 10 MB body paced by a timer (64 KiB every 5 ms, so all of it takes at least 800 ms):
// the bytes handed to the socket by the time the client hangs up show how early it did.
class PacedBodyServer : public QObject
{
public:
    explicit PacedBodyServer(bool declareLength) : m_declareLength(declareLength)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            m_socket = m_server.nextPendingConnection();
            connect(m_socket, &QTcpSocket::readyRead, this, &PacedBodyServer::onRequest);
            connect(m_socket, &QTcpSocket::disconnected, this, [this] { m_closedByClient = true; });
            connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { m_closedByClient = true; });
        });
        m_pace.setInterval(5);
        connect(&m_pace, &QTimer::timeout, this, &PacedBodyServer::writeChunk);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    qint64 sent() const { return m_sent; }
    bool closedByClient() const { return m_closedByClient; }

private:
    void onRequest()
    {
        m_request += m_socket->readAll();
        if (m_pace.isActive() || !m_request.contains("\r\n\r\n"))
            return;
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/x-ns-proxy-autoconfig\r\n";
        if (m_declareLength)
            head += "Content-Length: " + QByteArray::number(kTenMegabytes) + "\r\n";
        m_socket->write(head + "Connection: close\r\n\r\n");
        m_pace.start();
    }
    void writeChunk()
    {
        if (m_closedByClient || m_sent >= kTenMegabytes) {
            m_pace.stop();
            if (!m_closedByClient)
                m_socket->disconnectFromHost();
            return;
        }
        if (m_socket->bytesToWrite() > 256 * 1024)
            return;
        const QByteArray chunk(64 * 1024, '/');
        m_socket->write(chunk);
        m_sent += chunk.size();
    }

    bool m_declareLength;
    QByteArray m_request;
    qint64 m_sent = 0;
    bool m_closedByClient = false;
    QTimer m_pace;
    QPointer<QTcpSocket> m_socket;
    QTcpServer m_server; // last: its sockets go first
};

struct FetchOutcome
{
    bool done = false;
    QByteArray script;
    QString failure;
    qint64 ms = 0;
};

FetchOutcome fetch(const QUrl& url, int timeoutMs = 3000)
{
    FetchOutcome outcome;
    PacScriptFetch fetcher;
    QObject::connect(&fetcher, &PacScriptFetch::finished, &fetcher, [&](const QByteArray& script) {
        outcome.done = true;
        outcome.script = script;
    });
    QObject::connect(&fetcher, &PacScriptFetch::failed, &fetcher, [&](const QString& reason) {
        outcome.done = true;
        outcome.failure = reason;
    });
    QElapsedTimer clock;
    clock.start();
    fetcher.start(url, timeoutMs);
    outcome.done = QTest::qWaitFor([&] { return outcome.done; }, timeoutMs + 10000);
    outcome.ms = clock.elapsed();
    return outcome;
}

QString writeExecutable(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

const QByteArray kRoutingScript = R"(
function FindProxyForURL(url, host) {
    if (host == "whoami")
        return "PROXY " + myIpAddress() + ":1";
    if (host == "loopback")
        return "PROXY " + dnsResolve("localhost") + ":2";
    if (localHostOrDomainIs(host, "www.corp.example"))
        return "PROXY local:1";
    if (isPlainHostName(host))
        return "DIRECT";
    if (dnsDomainIs(host, ".citrix.example") && dnsDomainLevels(host) == 2)
        return "PROXY citrix:3128";
    // \x2f is '/': moc would read a slash-star here as the start of a comment.
    if (shExpMatch(url, "http:\x2f\x2f*.files.example\x2f*.pac?"))
        return "PROXY glob:8080";
    if (isInNet(host, "198.18.0.0", "255.254.0.0"))
        return "PROXY bench:3128; DIRECT";
    if (dnsResolve(host) == "203.0.113.7")
        return "PROXY resolved:1";
    if (!isResolvable(host))
        return "SOCKS5 nowhere:1080";
    if (isInNet("10.1.2.3", "10.0.0.0", "255.0.0.0") && !isInNet("10.1.2.3", "11.0.0.0", "255.0.0.0"))
        return "PROXY a:1; PROXY b:2; DIRECT";
    return "DIRECT";
}
)";

} // namespace

class PacTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void directive_data();
    void directive();
    void directiveUsableEntries();

    void standardFunctions();
    void dateAndTimeFunctions();
    void brokenScripts_data();
    void brokenScripts();
    void endlessLoopDoesNotStopLaterQueries();
    void memoryBomb();

    void fetchHttp();
    void fetchHttpStatus();
    void fetchTooLarge_data();
    void fetchTooLarge();
    void fetchSilentServerTimesOut();
    void fetchFiles();

    void helperMissing();
    void helperPathFromEnvironment();
    void helperMisbehaves_data();
    void helperMisbehaves();
    void destroyedMidRunLeavesNoProcess();
    void abortEmitsNothing();
};

void PacTest::initTestCase()
{
    // Nine hours from UTC with no daylight saving: local and GMT forms of the date functions
    // disagree for most of the day, so the "GMT" argument is really tested. The helper inherits it.
    qputenv("TZ", "Asia/Tokyo");
    QVERIFY2(QFileInfo(kHelper).isExecutable(), qPrintable(kHelper));
}

void PacTest::directive_data()
{
    QTest::addColumn<QString>("returned");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty is DIRECT") << u""_s << u"DIRECT"_s;
    QTest::newRow("only spaces and ;") << u" ; ;"_s << u"DIRECT"_s;
    QTest::newRow("DIRECT") << u"DIRECT"_s << u"DIRECT"_s;
    QTest::newRow("lower case, spaces") << u"  direct ; "_s << u"DIRECT"_s;
    QTest::newRow("failover in order")
        << u"PROXY a:1; PROXY b:2; DIRECT"_s << u"PROXY a 1 | PROXY b 2 | DIRECT"_s;
    QTest::newRow("extra spaces, ;;, trailing ;")
        << u"proxy   proxy.example:3128;;  DIRECT;"_s << u"PROXY proxy.example 3128 | DIRECT"_s;
    QTest::newRow("tabs") << u"PROXY\tp:8080"_s << u"PROXY p 8080"_s;
    QTest::newRow("HTTP keyword") << u"HTTP h:8080"_s << u"PROXY h 8080"_s;
    QTest::newRow("no port is 80") << u"PROXY h"_s << u"PROXY h 80"_s;
    QTest::newRow("IPv6 with port") << u"PROXY [::1]:3128"_s << u"PROXY ::1 3128"_s;
    QTest::newRow("IPv6 without port") << u"PROXY [2001:db8::1]"_s << u"PROXY 2001:db8::1 80"_s;
    QTest::newRow("bare IPv6 is ambiguous") << u"PROXY ::1:3128"_s << u"UNSUPPORTED PROXY"_s;
    QTest::newRow("unclosed bracket") << u"PROXY [::1:3128"_s << u"UNSUPPORTED PROXY"_s;
    QTest::newRow("port 0") << u"PROXY h:0"_s << u"UNSUPPORTED PROXY"_s;
    QTest::newRow("port too big") << u"PROXY h:65536"_s << u"UNSUPPORTED PROXY"_s;
    QTest::newRow("port not a number") << u"PROXY h:http"_s << u"UNSUPPORTED PROXY"_s;
    QTest::newRow("PROXY without address") << u"PROXY; DIRECT"_s << u"UNSUPPORTED PROXY | DIRECT"_s;
    QTest::newRow("two addresses") << u"PROXY a:1 b:2"_s << u"UNSUPPORTED PROXY"_s;
    QTest::newRow("SOCKS then DIRECT") << u"SOCKS s:1080; DIRECT"_s << u"UNSUPPORTED SOCKS | DIRECT"_s;
    QTest::newRow("SOCKS4, SOCKS5") << u"SOCKS4 s:1; socks5 s:2"_s
                                    << u"UNSUPPORTED SOCKS4 | UNSUPPORTED SOCKS5"_s;
    QTest::newRow("HTTPS proxy") << u"HTTPS secure.example:443; PROXY p:1"_s
                                 << u"UNSUPPORTED HTTPS | PROXY p 1"_s;
    QTest::newRow("unknown word") << u"garbage"_s << u"UNSUPPORTED GARBAGE"_s;
}

void PacTest::directive()
{
    QFETCH(QString, returned);
    QFETCH(QString, expected);
    QCOMPARE(describe(PacDirective::parse(returned)), expected);
}

void PacTest::directiveUsableEntries()
{
    const PacDirective socksOnly = PacDirective::parse(u"SOCKS5 s:1080"_s);
    QVERIFY(!socksOnly.hasUsableEntry());
    QCOMPARE(socksOnly.entries().constFirst().text, u"SOCKS5 s:1080"_s);
    QVERIFY(PacDirective::parse(u"SOCKS s:1; DIRECT"_s).hasUsableEntry());
    QVERIFY(PacDirective::parse(u"PROXY p:1"_s).hasUsableEntry());
}

void PacTest::standardFunctions()
{
    const QList<PacEvaluator::HostPin> pins{
        {u"Lab.Example"_s, QHostAddress(u"198.18.0.5"_s)}, // case-insensitive, in 198.18.0.0/15
        {u"out.example"_s, QHostAddress(u"203.0.113.7"_s)},
        {u"other.example"_s, QHostAddress(u"192.0.2.10"_s)},
        {u"gone.example"_s, QHostAddress()}, // pinned as not resolvable
    };
    const QList<std::pair<PacQuery, QString>> cases{
        {query(u"whoami"_s), u"PROXY %1 1"_s.arg(expectedMyIpAddress())},
        {query(u"loopback"_s), u"PROXY 127.0.0.1 2"_s},
        {query(u"www"_s), u"PROXY local 1"_s},
        {query(u"www.corp.example"_s), u"PROXY local 1"_s},
        {query(u"intranet"_s), u"DIRECT"_s},
        {query(u"a.citrix.example"_s), u"PROXY citrix 3128"_s},
        {query(u"x.files.example"_s, u"http://x.files.example/proxy.pacx"_s), u"PROXY glob 8080"_s},
        {query(u"lab.example"_s), u"PROXY bench 3128 | DIRECT"_s},
        {query(u"198.19.255.1"_s), u"PROXY bench 3128 | DIRECT"_s},
        {query(u"out.example"_s), u"PROXY resolved 1"_s},
        {query(u"gone.example"_s), u"UNSUPPORTED SOCKS5"_s},
        {query(u"other.example"_s), u"PROXY a 1 | PROXY b 2 | DIRECT"_s},
    };
    QList<PacQuery> queries;
    for (const auto& [q, expected] : cases)
        queries.append(q);

    const Outcome outcome = evaluate(kRoutingScript, queries, pins);
    QVERIFY2(outcome.done, "no answer");
    QCOMPARE(outcome.failure, QString());
    QCOMPARE(outcome.answers.size(), cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const PacAnswer& answer = outcome.answers.at(i);
        QVERIFY2(answer.ok(), qPrintable(cases.at(i).first.host + u": "_s + answer.error));
        QCOMPARE(describe(answer.directive), cases.at(i).second);
    }

    // The failover list keeps its order and its text; SOCKS stays visible as unsupported.
    const PacAnswer& failover = outcome.answers.constLast();
    QCOMPARE(failover.returned, u"PROXY a:1; PROXY b:2; DIRECT"_s);
    QCOMPARE(failover.directive.entries().at(0).host, u"a"_s);
    QCOMPARE(failover.directive.entries().at(1).port, quint16(2));
    const PacDirective::Entry socks = outcome.answers.at(10).directive.entries().constFirst();
    QCOMPARE(socks.kind, PacDirective::Kind::Unsupported);
    QCOMPARE(socks.keyword, u"SOCKS5"_s);
    QCOMPARE(socks.text, u"SOCKS5 nowhere:1080"_s);
}

void PacTest::dateAndTimeFunctions()
{
    // The helper and this test read the clock moments apart; if a minute turned in between, the
    // expectations may be stale, so the check is made again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const Clock before = Clock::now();
        const QList<std::pair<QString, bool>> checks = dateChecks(before);
        QStringList expressions;
        for (const auto& [expression, expected] : checks)
            expressions << expression;
        const QByteArray script = "function FindProxyForURL(url, host) { return [" +
                                  expressions.join(u", "_s).toUtf8() + "].join(','); }";
        const Outcome outcome = evaluate(script, {query(u"clock.example"_s)});
        if (!before.sameMinute(Clock::now()))
            continue;

        QVERIFY2(outcome.done, "no answer");
        QCOMPARE(outcome.failure, QString());
        QVERIFY2(outcome.answers.constFirst().ok(), qPrintable(outcome.answers.constFirst().error));
        const QStringList results = outcome.answers.constFirst().returned.split(u',');
        QCOMPARE(results.size(), checks.size());
        for (qsizetype i = 0; i < checks.size(); ++i) {
            const QString expected = checks.at(i).second ? u"true"_s : u"false"_s;
            QVERIFY2(results.at(i) == expected,
                     qPrintable(u"%1 returned %2 at %3 (UTC %4)"_s.arg(checks.at(i).first, results.at(i),
                                                                       before.local.toString(Qt::ISODate),
                                                                       before.utc.toString(Qt::ISODate))));
        }
        return;
    }
    QFAIL("the clock kept changing minutes during the check");
}

void PacTest::brokenScripts_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<bool>("scriptFails"); // failed(reason) rather than an answer with an error
    QTest::addColumn<QString>("expected"); // the reason or answer error starts with this
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("boundMs"); // the evaluator ends well within this

    QTest::newRow("syntax error")
        << QByteArray("// line 1\nfunction FindProxyForURL(url, host) {\n  return 'DIRECT' +;\n}") << true
        << u"syntax: SyntaxError:"_s << 2000 << 5000;
    QTest::newRow("exception thrown")
        << QByteArray("function FindProxyForURL(url, host) { return foo; }") << false
        << u"exception: ReferenceError: foo is not defined"_s << 2000 << 5000;
    QTest::newRow("thrown string is not an answer")
        << QByteArray("function FindProxyForURL(url, host) { throw 'PROXY evil:1'; }") << false
        << u"exception: PROXY evil:1"_s << 2000 << 5000;
    QTest::newRow("exception while loading")
        << QByteArray("undefinedAtTopLevel();") << true << u"exception: ReferenceError:"_s << 2000 << 5000;
    QTest::newRow("endless loop") << QByteArray("function FindProxyForURL(url, host) { while (true) {} }")
                                  << false << u"timeout"_s << 300 << 3000;
    QTest::newRow("endless loop while loading")
        << QByteArray("while (true) {}") << true << u"timeout"_s << 300 << 3000;
    QTest::newRow("endless recursion") << QByteArray("function f() { return f() + 1; }\n"
                                                     "function FindProxyForURL(url, host) { return f(); }")
                                       << false << u"exception: RangeError:"_s << 2000 << 5000;
    QTest::newRow("number") << QByteArray("function FindProxyForURL(url, host) { return 42; }") << false
                            << u"not_a_string: number"_s << 2000 << 5000;
    QTest::newRow("no return") << QByteArray("function FindProxyForURL(url, host) { }") << false
                               << u"not_a_string: undefined"_s << 2000 << 5000;
    QTest::newRow("null") << QByteArray("function FindProxyForURL(url, host) { return null; }") << false
                          << u"not_a_string: null"_s << 2000 << 5000;
    QTest::newRow("object") << QByteArray("function FindProxyForURL(url, host) { return {p: 1}; }") << false
                            << u"not_a_string: object"_s << 2000 << 5000;
    QTest::newRow("no FindProxyForURL")
        << QByteArray("function findProxyForUrl(url, host) { return 'DIRECT'; }") << true
        << u"missing_function: FindProxyForURL"_s << 2000 << 5000;
    QTest::newRow("FindProxyForURL not a function") << QByteArray("var FindProxyForURL = 'DIRECT';") << true
                                                    << u"missing_function: FindProxyForURL"_s << 2000 << 5000;
    if (PacEvaluator::limitsAddressSpace()) {
        // One allocation far past the address-space limit: the helper dies (bad_alloc), the run
        // does not. Only where RLIMIT_AS applies; sanitizer builds have no such limit.
        QTest::newRow("one huge allocation")
            << QByteArray("function FindProxyForURL(url, host) { return 'x'.repeat(1 << 30).length + ''; }")
            << true << u"crashed"_s << 10000 << 10000;
    }
}

void PacTest::brokenScripts()
{
    QFETCH(QByteArray, script);
    QFETCH(bool, scriptFails);
    QFETCH(QString, expected);
    QFETCH(int, timeoutMs);
    QFETCH(int, boundMs);

    if (expected == u"crashed")
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"PAC helper failed: crashed"_s));
    const Outcome outcome = evaluate(script, {query(u"x.example"_s)}, {}, timeoutMs, boundMs + 30000);
    QVERIFY2(outcome.done, "no answer at all");
    QVERIFY2(outcome.ms < boundMs, qPrintable(u"took %1 ms"_s.arg(outcome.ms)));
    if (scriptFails) {
        QVERIFY2(outcome.failure.startsWith(expected), qPrintable(outcome.failure));
    } else {
        QCOMPARE(outcome.failure, QString());
        QCOMPARE(outcome.answers.size(), 1);
        QVERIFY2(outcome.answers.constFirst().error.startsWith(expected),
                 qPrintable(outcome.answers.constFirst().error));
        QVERIFY(outcome.answers.constFirst().returned.isEmpty());
    }
    if (QByteArray(QTest::currentDataTag()) == "syntax error")
        QVERIFY2(outcome.failure.endsWith(u"line 3"_s), qPrintable(outcome.failure));
}

void PacTest::endlessLoopDoesNotStopLaterQueries()
{
    const QByteArray script = "function FindProxyForURL(url, host) {\n"
                              "  if (host == 'loop.example') while (true) {}\n"
                              "  return 'PROXY p:' + host.length;\n"
                              "}";
    const Outcome outcome =
        evaluate(script, {query(u"a.example"_s), query(u"loop.example"_s), query(u"bb.example"_s)}, {}, 300);
    QVERIFY(outcome.done);
    QCOMPARE(outcome.failure, QString());
    QCOMPARE(outcome.answers.size(), 3);
    QCOMPARE(outcome.answers.at(0).returned, u"PROXY p:9"_s);
    QCOMPARE(outcome.answers.at(1).error, u"timeout"_s);
    QCOMPARE(outcome.answers.at(2).returned, u"PROXY p:10"_s); // the interruption was lifted
    QVERIFY2(outcome.ms < 3000, qPrintable(u"took %1 ms"_s.arg(outcome.ms)));
}

void PacTest::memoryBomb()
{
    // A per-query timeout far beyond the bound: only the memory guards can end this in time —
    // the helper's resident-memory watchdog ("memory_limit"), or RLIMIT_AS ("crashed") where
    // the parent sets it. An answer with "timeout" would mean neither worked.
    const QByteArray script = "function FindProxyForURL(url, host) {\n"
                              "  var a = []; while (true) a.push(new Array(1e6).join('x'));\n"
                              "}";
    const Outcome outcome = evaluate(script, {query(u"x.example"_s)}, {}, 60000, 90000);
    QVERIFY2(outcome.done, "no answer at all");
    QVERIFY2(outcome.failure.startsWith(u"memory_limit: >"_s) ||
                 (PacEvaluator::limitsAddressSpace() && outcome.failure == u"crashed"),
             qPrintable(outcome.failure +
                        (outcome.answers.isEmpty() ? QString() : outcome.answers.constFirst().error)));
    QVERIFY2(outcome.ms < 45000, qPrintable(u"took %1 ms"_s.arg(outcome.ms)));
}

void PacTest::fetchHttp()
{
    PlainHttpServer server;
    QVERIFY(server.listen());
    const QByteArray script = "function FindProxyForURL(url, host) { return 'PROXY fetched.example:8080'; }";
    server.setResponse(
        "HTTP/1.1 200 OK\r\nContent-Type: application/x-ns-proxy-autoconfig\r\nContent-Length: " +
        QByteArray::number(script.size()) + "\r\nConnection: close\r\n\r\n" + script);
    const FetchOutcome fetched = fetch(QUrl(u"http://127.0.0.1:%1/proxy.pac"_s.arg(server.port())));
    QCOMPARE(fetched.failure, QString());
    QCOMPARE(fetched.script, script);
    QCOMPARE(server.requests(), 1);
    QVERIFY(server.lastRequest().startsWith("GET /proxy.pac HTTP/1.1\r\n"));

    // The fetched bytes are what the evaluator runs.
    const Outcome outcome = evaluate(fetched.script, {query(u"x.example"_s)});
    QCOMPARE(outcome.failure, QString());
    QCOMPARE(describe(outcome.answers.constFirst().directive), u"PROXY fetched.example 8080"_s);
}

void PacTest::fetchHttpStatus()
{
    PlainHttpServer server;
    QVERIFY(server.listen());
    server.setResponse("HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found");
    const FetchOutcome fetched = fetch(QUrl(u"http://127.0.0.1:%1/proxy.pac"_s.arg(server.port())));
    QCOMPARE(fetched.failure, u"http_status: 404"_s);
    QVERIFY(fetched.script.isEmpty());
}

void PacTest::fetchTooLarge_data()
{
    QTest::addColumn<bool>("declareLength");
    QTest::newRow("Content-Length: 10000000") << true;
    QTest::newRow("body until close") << false;
}

void PacTest::fetchTooLarge()
{
    QFETCH(bool, declareLength);
    PacedBodyServer server(declareLength);
    QVERIFY(server.listen());
    const FetchOutcome fetched = fetch(QUrl(u"http://127.0.0.1:%1/proxy.pac"_s.arg(server.port())), 10000);
    QCOMPARE(fetched.failure, u"too_large: >%1 bytes"_s.arg(PacScriptFetch::kMaxScriptBytes));
    // Cut while the body was arriving: the client hung up when the server had sent well under
    // half of it (what was sent includes what the kernel buffered but the client never read).
    QTRY_VERIFY(server.closedByClient());
    QVERIFY2(server.sent() < kTenMegabytes / 2, qPrintable(QString::number(server.sent())));
    if (declareLength)
        QVERIFY2(server.sent() < PacScriptFetch::kMaxScriptBytes, qPrintable(QString::number(server.sent())));
}

void PacTest::fetchSilentServerTimesOut()
{
    SilentServer server;
    QVERIFY(server.listen());
    const FetchOutcome fetched = fetch(QUrl(u"http://127.0.0.1:%1/proxy.pac"_s.arg(server.port())), 500);
    QCOMPARE(fetched.failure, u"timeout"_s);
    QVERIFY2(fetched.ms >= 450 && fetched.ms < 3000, qPrintable(QString::number(fetched.ms)));
    QCOMPARE(server.acceptedCount(), 1);
}

void PacTest::fetchFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString& name, const QByteArray& content) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    };
    const QByteArray script = "function FindProxyForURL(url, host) { return 'DIRECT'; } // caf\xc3\xa9";
    write(u"proxy.pac"_s, script);
    write(u"big.pac"_s, QByteArray(kTenMegabytes, '/'));
    write(u"image.pac"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));

    const FetchOutcome ok = fetch(QUrl::fromLocalFile(dir.filePath(u"proxy.pac"_s)));
    QCOMPARE(ok.failure, QString());
    QCOMPARE(ok.script, script);

    const FetchOutcome big = fetch(QUrl::fromLocalFile(dir.filePath(u"big.pac"_s)));
    QCOMPARE(big.failure, u"too_large: >%1 bytes"_s.arg(PacScriptFetch::kMaxScriptBytes));

    const FetchOutcome binary = fetch(QUrl::fromLocalFile(dir.filePath(u"image.pac"_s)));
    QCOMPARE(binary.failure, u"binary"_s);

    const FetchOutcome missing = fetch(QUrl::fromLocalFile(dir.filePath(u"nonexistent.pac"_s)));
    QVERIFY2(missing.failure.startsWith(u"fetch_failed: "_s), qPrintable(missing.failure));
    QVERIFY(missing.script.isEmpty());

    const FetchOutcome ftp = fetch(QUrl(u"ftp://127.0.0.1/proxy.pac"_s));
    QCOMPARE(ftp.failure, u"unsupported_scheme: ftp"_s);
}

void PacTest::helperMissing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"no-such-helper"_s);
    const Outcome outcome = evaluate("function FindProxyForURL() { return 'DIRECT'; }",
                                     {query(u"x.example"_s)}, {}, 2000, 5000, path);
    QVERIFY(outcome.done);
    QCOMPARE(outcome.failure, u"helper_missing: "_s + path);
}

void PacTest::helperPathFromEnvironment()
{
    qputenv("CLOUDCHECK_PAC_HELPER", "/opt/elsewhere/cloudcheck-pac");
    QCOMPARE(PacEvaluator::defaultHelperPath(), u"/opt/elsewhere/cloudcheck-pac"_s);
    qunsetenv("CLOUDCHECK_PAC_HELPER");
    QCOMPARE(PacEvaluator::defaultHelperPath(),
             QCoreApplication::applicationDirPath() + u"/cloudcheck-pac"_s);
}

void PacTest::helperMisbehaves_data()
{
    QTest::addColumn<QByteArray>("program");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("boundMs");

    // Stand-ins for a broken helper installation, as shell scripts.
    QTest::newRow("crashes") << QByteArray("#!/bin/sh\ncat >/dev/null\nkill -SEGV $$\n") << u"crashed"_s
                             << 5000;
    QTest::newRow("prints garbage") << QByteArray("#!/bin/sh\ncat >/dev/null\necho 'not json'\n")
                                    << u"bad_output: "_s << 5000;
    QTest::newRow("too few answers") << QByteArray("#!/bin/sh\ncat >/dev/null\necho '{\"answers\": []}'\n")
                                     << u"bad_output: wrong answer count"_s << 5000;
    QTest::newRow("exits 3") << QByteArray("#!/bin/sh\ncat >/dev/null\nexit 3\n") << u"helper_exit: 3"_s
                             << 5000;
    // timeoutMs 10 and one query: the deadline is 2 * (10 + 1000) + 3000 ms.
    QTest::newRow("never answers") << QByteArray("#!/bin/sh\nexec sleep 600\n") << u"helper_timeout"_s
                                   << 8000;
}

void PacTest::helperMisbehaves()
{
    QFETCH(QByteArray, program);
    QFETCH(QString, expected);
    QFETCH(int, boundMs);
    QTemporaryDir dir;
    const QString path = writeExecutable(dir, u"fake-helper"_s, program);
    const Outcome outcome = evaluate("function FindProxyForURL() { return 'DIRECT'; }",
                                     {query(u"x.example"_s)}, {}, 10, boundMs, path);
    QVERIFY2(outcome.done, "no answer at all");
    QVERIFY2(outcome.failure.startsWith(expected), qPrintable(outcome.failure));
    QVERIFY2(outcome.ms < boundMs, qPrintable(QString::number(outcome.ms)));
}

void PacTest::destroyedMidRunLeavesNoProcess()
{
    auto evaluator = std::make_unique<PacEvaluator>(kHelper);
    QSignalSpy finished(evaluator.get(), &PacEvaluator::finished);
    QSignalSpy failed(evaluator.get(), &PacEvaluator::failed);
    evaluator->evaluate("function FindProxyForURL(url, host) { while (true) {} }", {query(u"x.example"_s)},
                        {}, 60000);
    QProcess* process = evaluator->findChild<QProcess*>();
    QVERIFY(process);
    QTRY_COMPARE(process->state(), QProcess::Running);
    const qint64 pid = process->processId();
    QVERIFY(pid > 0);
    QTest::qWait(200); // inside the endless loop by now

    QElapsedTimer clock;
    clock.start();
    evaluator.reset();
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
#ifdef Q_OS_UNIX
    // Killed and reaped: a zombie would still answer kill(pid, 0).
    QCOMPARE(::kill(pid_t(pid), 0), -1);
    QCOMPARE(errno, ESRCH);
#endif
    QCOMPARE(finished.count() + failed.count(), 0);
}

void PacTest::abortEmitsNothing()
{
    PacEvaluator evaluator(kHelper);
    QSignalSpy finished(&evaluator, &PacEvaluator::finished);
    QSignalSpy failed(&evaluator, &PacEvaluator::failed);
    evaluator.evaluate("function FindProxyForURL() { return 'DIRECT'; }", {query(u"x.example"_s)}, {}, 2000);
    QVERIFY(evaluator.isRunning());
    evaluator.abort();
    QVERIFY(!evaluator.isRunning());
    QTest::qWait(500);
    QCOMPARE(finished.count() + failed.count(), 0);

    // And it can be used again.
    evaluator.evaluate("function FindProxyForURL() { return 'DIRECT'; }", {query(u"x.example"_s)}, {}, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(failed.count(), 0);
}

QTEST_GUILESS_MAIN(PacTest)
#include "tst_pac.moc"
