// Citrix's allowlist compared with the catalog: host patterns, the answer's reader (the published
// file's shape and the v2 API's, tests/data/allowlist), the comparison both ways, its report, and
// the opt-in fetch from a loopback "api.citrixcloud.jp", direct with a pin and through a proxy.
#include "CertificateFactory.h"
#include "RelayProxy.h"
#include "TlsTestServer.h"
#include "allowlistapi/AllowlistApiFetch.h"
#include "allowlistapi/AllowlistComparison.h"
#include "allowlistapi/CitrixAllowlistReader.h"
#include "catalog/CatalogLoader.h"
#include "report/AllowlistDriftReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace cloudcheck;
using namespace cctest;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString& name)
{
    QFile file(QStringLiteral(CLOUDCHECK_ALLOWLIST_FIXTURES) + u'/' + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CitrixAllowlist read(const QByteArray& json, const QString& customerId = {})
{
    auto parsed = CitrixAllowlistReader::parse(json, customerId);
    if (auto* problem = std::get_if<QString>(&parsed))
        qFatal("fixture refused: %s", qPrintable(*problem));
    return std::get<CitrixAllowlist>(parsed);
}

QString readError(const QByteArray& json)
{
    auto parsed = CitrixAllowlistReader::parse(json);
    return std::holds_alternative<QString>(parsed) ? std::get<QString>(parsed) : QString();
}

QStringList namesOf(const CitrixAllowlist& list)
{
    QStringList names;
    for (const auto& name : list.names)
        names << name.pattern.text();
    return names;
}

Catalog builtIn()
{
    auto loaded = CatalogLoader::builtIn();
    if (!std::holds_alternative<Catalog>(loaded))
        qFatal("built-in catalog refused");
    return std::get<Catalog>(loaded);
}

QStringList idsOf(const QList<AllowlistDrift::Unlisted>& entries)
{
    QStringList ids;
    for (const auto& entry : entries)
        ids << entry.entryId;
    return ids;
}

const AllowlistDrift::Listed* listedEntry(const AllowlistDrift& drift, const QString& id)
{
    for (const auto& entry : drift.listed) {
        if (entry.entryId == id)
            return &entry;
    }
    return nullptr;
}

QByteArray jsonResponse(const QByteArray& body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// A run whose api.citrixcloud.jp target passed along `route`.
RunResult runThatReachedTheApi(const Route& route, Verdict verdict = Verdict::Pass)
{
    RunResult run;
    TargetResult target;
    target.target.host = u"api.citrixcloud.jp"_s;
    target.target.port = 443;
    target.route = route;
    target.verdict = verdict;
    run.targets << target;
    return run;
}

// A loopback "api.citrixcloud.jp": a certificate for the name from a CA of its own, and the
// settings of a run that trusts that CA and asks for the Customer ID acme1234.
struct LoopbackApi
{
    TestIdentity ca = CertificateFactory::createCa(u"Allowlist Test CA"_s, u"DigiCert Inc"_s);
    TlsTestServer server{leafFor(ca)};

    static TestIdentity leafFor(const TestIdentity& ca)
    {
        CertificateFactory::LeafOptions options;
        options.dnsNames = {u"api.citrixcloud.jp"_s};
        return CertificateFactory::createLeaf(ca, u"api.citrixcloud.jp"_s, options);
    }

    // `pinned`: the API's name is pinned to the server, as a direct route's test run needs.
    RunSettings settings(bool pinned) const
    {
        RunSettings settings;
        settings.customerId = u"acme1234"_s;
        settings.extraCaCertificates = {ca.certificate};
        if (pinned) {
            HostOverride pin;
            pin.host = u"api.citrixcloud.jp"_s;
            pin.address = QHostAddress::LocalHost;
            pin.connectPort = server.port();
            settings.overrides << pin;
        }
        return settings;
    }
};

} // namespace

class AllowlistComparisonTest : public QObject
{
    Q_OBJECT

private slots:
    void hostPatternsAreReadFromNamesAndUrls_data();
    void hostPatternsAreReadFromNamesAndUrls();
    void wildcardsCoverWhatFirewallsWould();
    void publishedFileShapeIsRead();
    void v2AnswerIsReadWithoutItsSchema();
    void badAnswersAreRefusedWithTheReason();
    void comparisonNamesEveryDifferenceBothWays();
    void identicalListsHaveNoDrift();
    void reportSaysWhatDiffersInTextAndJson();
    void hostileSectionNamesAreShownEscaped();
    void fetchAsksTheJapanApiDirectWithAPin();
    void fetchGoesThroughTheRunsProxy();
    void fetchIsRefusedWithoutCustomerIdOrReach();
    void fetchCutsAnOversizedAnswer();
};

void AllowlistComparisonTest::hostPatternsAreReadFromNamesAndUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: not a host pattern

    QTest::newRow("exact") << u"CWS.CitrixWorkspacesAPI.jp"_s << u"cws.citrixworkspacesapi.jp"_s;
    QTest::newRow("wildcard") << u"*.citrixcloud.jp"_s << u"*.citrixcloud.jp"_s;
    QTest::newRow("two wildcards") << u"*.*.nssvc.net"_s << u"*.*.nssvc.net"_s;
    QTest::newRow("url") << u"https://citrix.citrixcloud.jp"_s << u"citrix.citrixcloud.jp"_s;
    QTest::newRow("url with port and slash") << u"https://a.example.jp:443/"_s << u"a.example.jp"_s;
    QTest::newRow("udp url") << u"udp://*.nssvc.net"_s << u"*.nssvc.net"_s;
    QTest::newRow("trailing dot") << u"cws.citrixworkspacesapi.jp."_s << u"cws.citrixworkspacesapi.jp"_s;
    QTest::newRow("api placeholder") << u"CUSTOMER_ID.xendesktop.net"_s << u"{customerid}.xendesktop.net"_s;
    QTest::newRow("docs placeholder") << u"https://[customerid].apps.citrixworkspacesapi.jp"_s
                                      << u"{customerid}.apps.citrixworkspacesapi.jp"_s;
    QTest::newRow("catalog template")
        << u"{customerId}.apps.citrixworkspacesapi.jp"_s << u"{customerid}.apps.citrixworkspacesapi.jp"_s;
    QTest::newRow("link to a page") << u"https://docs.citrix.com/en-us/citrix-cloud.html"_s << QString();
    QTest::newRow("sentence") << u"see cws.citrixworkspacesapi.jp"_s << QString();
    QTest::newRow("ipv4") << u"203.0.113.7"_s << QString();
    QTest::newRow("single label") << u"localhost"_s << QString();
    QTest::newRow("wildcard tld") << u"citrix.*"_s << QString();
    QTest::newRow("bad label") << u"a..b.jp"_s << QString();
    QTest::newRow("escape") << u"a\u001b[31m.example.jp"_s << QString();
}

void AllowlistComparisonTest::hostPatternsAreReadFromNamesAndUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto pattern = HostPattern::parse(text);
    QCOMPARE(pattern ? pattern->text() : QString(), expected);
}

void AllowlistComparisonTest::wildcardsCoverWhatFirewallsWould()
{
    const auto p = [](const char* text) { return *HostPattern::parse(QString::fromLatin1(text)); };
    QVERIFY(p("cws.citrixworkspacesapi.jp").isCoveredBy(p("*.citrixworkspacesapi.jp")));
    QVERIFY(p("a.b.citrixcloud.jp").isCoveredBy(p("*.citrixcloud.jp")));
    QVERIFY(p("*.wem.citrixcloud.jp").isCoveredBy(p("*.citrixcloud.jp")));
    QVERIFY(!p("citrixcloud.jp").isCoveredBy(p("*.citrixcloud.jp")));
    QVERIFY(!p("citrixcloud.jp.evil.example").isCoveredBy(p("*.citrixcloud.jp")));
    QVERIFY(p("*.g.nssvc.net").isCoveredBy(p("*.*.nssvc.net")));
    QVERIFY(p("global-all.g.nssvc.net").isCoveredBy(p("*.*.nssvc.net")));
    QVERIFY(!p("*.nssvc.net").isCoveredBy(p("*.*.nssvc.net")));
    QVERIFY(!p("*.citrixcloud.jp").isCoveredBy(p("citrix.citrixcloud.jp")));
    QVERIFY(p("citrix.citrixcloud.jp").isCoveredBy(p("citrix.citrixcloud.jp")));
}

void AllowlistComparisonTest::publishedFileShapeIsRead()
{
    const CitrixAllowlist list = read(fixture(u"published-allowlist.json"_s), u"acme1234"_s);
    QStringList names = namesOf(list);
    names.sort();
    QCOMPARE(names,
             (QStringList{u"*.blob.core.windows.net"_s, u"*.c.nssvc.net"_s, u"*.citrixcloud.jp"_s,
                          u"*.citrixnetworkapi.net"_s, u"*.citrixworkspacesapi.jp"_s, u"*.g.nssvc.net"_s,
                          u"*.nssvc.net"_s, u"*.servicebus.windows.net"_s, u"citrix.citrixcloud.jp"_s,
                          u"cws.citrixworkspacesapi.jp"_s, u"{customerid}.apps.citrixworkspacesapi.jp"_s}));
    // The service objects name the sections; a name two services list keeps both.
    const auto sectionsOf = [&list](const QString& name) {
        for (const auto& listed : list.names) {
            if (listed.pattern.text() == name)
                return listed.sections;
        }
        return QStringList();
    };
    QCOMPARE(sectionsOf(u"cws.citrixworkspacesapi.jp"_s), QStringList{u"CitrixCloud"_s});
    QCOMPARE(sectionsOf(u"*.nssvc.net"_s), (QStringList{u"GatewayService"_s, u"SecurePrivateAccess"_s}));
    // The change log's link and the retired host it mentions are prose, not addresses.
    QVERIFY(!namesOf(list).contains(u"docs.citrix.com"_s));
    QVERIFY(!namesOf(list).contains(u"global-all.g.nssvc.net"_s));
    QVERIFY(list.ranges.isEmpty());
}

void AllowlistComparisonTest::v2AnswerIsReadWithoutItsSchema()
{
    const CitrixAllowlist list = read(fixture(u"v2-answer.json"_s), u"acme1234"_s);
    QCOMPARE(namesOf(list), (QStringList{u"*.citrixworkspacesapi.jp"_s, u"cws.citrixworkspacesapi.jp"_s,
                                         u"{customerid}.apps.citrixworkspacesapi.jp"_s, u"*.citrixcloud.jp"_s,
                                         u"*.nssvc.net"_s, u"*.g.nssvc.net"_s, u"*.c.nssvc.net"_s,
                                         u"*.citrixnetworkapi.net"_s}));
    QCOMPARE(list.names.at(0).sections, QStringList{u"Citrix Cloud"_s});
    QCOMPARE(list.names.last().sections, QStringList{u"Secure Private Access"_s});
    QCOMPARE(list.ranges, QStringList{u"203.0.113.0/24"_s});
    QCOMPARE(list.inboundSkipped, 1);
    // Without the Customer ID the answer was asked for, its name stays as Citrix wrote it.
    QVERIFY(namesOf(read(fixture(u"v2-answer.json"_s))).contains(u"acme1234.apps.citrixworkspacesapi.jp"_s));

    // The same facts in another shape read the same: nothing depends on the keys.
    const QByteArray other = R"([{"x": {"y": ["*.citrixworkspacesapi.jp", "10.0.0.0/8", "2001:db8::/32"]}},
                                 "CUSTOMER_ID.apps.citrixworkspacesapi.jp"])";
    const CitrixAllowlist flat = read(other);
    QCOMPARE(namesOf(flat),
             (QStringList{u"*.citrixworkspacesapi.jp"_s, u"{customerid}.apps.citrixworkspacesapi.jp"_s}));
    QCOMPARE(flat.ranges, (QStringList{u"10.0.0.0/8"_s, u"2001:db8::/32"_s}));
    QCOMPARE(flat.names.at(0).sections, QStringList{u"x"_s});
}

void AllowlistComparisonTest::badAnswersAreRefusedWithTheReason()
{
    QVERIFY(readError("{\n  \"a\": [\"x.jp\",\n}").contains(u"line 3"_s));
    QVERIFY(readError("<html>Access denied</html>").contains(u"not JSON"_s));
    QVERIFY(readError(R"({"status": "ok", "items": []})").contains(u"no host name"_s));
    const QByteArray deep = QByteArray(100, '[') + QByteArray(100, ']');
    QVERIFY2(readError(deep).contains(u"64 levels"_s), qPrintable(readError(deep)));
    const QByteArray huge = "[\"" + QByteArray(5 * 1024 * 1024, 'a') + "\"]";
    QVERIFY(readError(huge).contains(u"4 MiB"_s));

    auto missing = CitrixAllowlistReader::readFile(u"/nonexistent/allowlist.json"_s);
    QVERIFY(std::get<QString>(missing).contains(u"/nonexistent/allowlist.json"_s));
}

void AllowlistComparisonTest::comparisonNamesEveryDifferenceBothWays()
{
    const Catalog catalog = builtIn();
    const AllowlistDrift drift = AllowlistComparison::compare(
        catalog, read(fixture(u"v2-answer.json"_s), u"acme1234"_s), u"saved.json"_s);
    QVERIFY(drift.hasDrift());

    // Citrix lists it, no catalog pattern or host covers it.
    QCOMPARE(drift.unchecked.size(), 1);
    QCOMPARE(drift.unchecked.at(0).address, u"*.citrixnetworkapi.net"_s);
    QCOMPARE(drift.unchecked.at(0).sections, QStringList{u"Secure Private Access"_s});

    // The catalog's certificate authorities, Azure, Pendo and the other addresses this answer
    // does not list; and none that it does.
    const QStringList unlisted = idsOf(drift.unlisted);
    for (const QString& id : {u"cert-digicert-crl"_s, u"cert-microsoft-ocsp"_s, u"console-pendo"_s,
                              u"common-azure-blob"_s, u"workspace-cloud-com"_s})
        QVERIFY2(unlisted.contains(id), qPrintable(id));
    for (const QString& id : {u"common-citrixworkspacesapi"_s, u"daas-customer-site"_s, u"gateway-nssvc"_s,
                              u"gateway-alt-g-nssvc"_s, u"wem-api"_s, u"console-signin"_s})
        QVERIFY2(!unlisted.contains(id), qPrintable(id));
    QCOMPARE(drift.listed.size() + drift.unlisted.size(), catalog.entries.size());

    // Listed by its pattern, or only by its probe host under Citrix's wider wildcard.
    QVERIFY(listedEntry(drift, u"common-citrixworkspacesapi"_s)->patternListed);
    QCOMPARE(listedEntry(drift, u"daas-customer-site"_s)->listedAs,
             u"{customerid}.apps.citrixworkspacesapi.jp"_s);
    QCOMPARE(listedEntry(drift, u"wem-api"_s)->listedAs, u"*.citrixcloud.jp"_s);
    QCOMPARE(listedEntry(drift, u"gateway-alt-g-nssvc"_s)->listedAs, u"*.g.nssvc.net"_s);
    QCOMPARE(drift.ranges, QStringList{u"203.0.113.0/24"_s});
    QCOMPARE(drift.inboundSkipped, 1);
}

void AllowlistComparisonTest::identicalListsHaveNoDrift()
{
    const Catalog catalog = builtIn();
    // Citrix listing exactly the catalog's patterns: nothing to report.
    QJsonArray patterns;
    for (const CatalogEntry& entry : catalog.entries)
        patterns.append(entry.pattern);
    const AllowlistDrift same = AllowlistComparison::compare(
        catalog, read(QJsonDocument(QJsonObject{{u"all"_s, patterns}}).toJson()), u"same"_s);
    QVERIFY2(!same.hasDrift(), AllowlistDriftReport::text(same).toUtf8().constData());
    QCOMPARE(same.listed.size(), catalog.entries.size());

    // One pattern fewer, one address more: both named.
    patterns.removeAt(patterns.size() - 1);
    patterns.append(u"*.example-new.citrix.jp"_s);
    const AllowlistDrift changed = AllowlistComparison::compare(
        catalog, read(QJsonDocument(QJsonObject{{u"all"_s, patterns}}).toJson()), u"changed"_s);
    QCOMPARE(idsOf(changed.unlisted), QStringList{catalog.entries.last().id});
    QCOMPARE(changed.unchecked.size(), 1);
    QCOMPARE(changed.unchecked.at(0).address, u"*.example-new.citrix.jp"_s);
}

void AllowlistComparisonTest::reportSaysWhatDiffersInTextAndJson()
{
    const AllowlistDrift drift = AllowlistComparison::compare(
        builtIn(), read(fixture(u"v2-answer.json"_s), u"acme1234"_s), u"saved.json"_s);
    const QString text = AllowlistDriftReport::text(drift);
    QVERIFY(text.contains(u"saved.json"_s));
    QVERIFY(text.contains(u"Listed by Citrix, not checked by this catalog (1):"_s));
    QVERIFY(text.contains(u"*.citrixnetworkapi.net  [Secure Private Access]"_s));
    QVERIFY(text.contains(u"In the catalog, not listed by Citrix"_s));
    QVERIFY(text.contains(u"cert-digicert-crl"_s));
    QVERIFY(text.contains(u"1 IP ranges are listed but not compared"_s));
    QVERIFY(text.contains(u"1 inbound entries"_s));

    const QJsonObject json = QJsonDocument::fromJson(AllowlistDriftReport::json(drift)).object();
    QCOMPARE(json.value(u"drift"_s).toBool(), true);
    QCOMPARE(json.value(u"notInCatalog"_s).toArray().at(0).toObject().value(u"address"_s).toString(),
             u"*.citrixnetworkapi.net"_s);
    QCOMPARE(json.value(u"notListedByCitrix"_s).toArray().size(), drift.unlisted.size());
    QCOMPARE(json.value(u"listed"_s).toArray().size(), drift.listed.size());
}

void AllowlistComparisonTest::hostileSectionNamesAreShownEscaped()
{
    const QByteArray hostile = "{\"evil\\u001b]0;pwned\\u0007\\u202e\": [\"*.citrixnetworkapi.net\"]}";
    const AllowlistDrift drift = AllowlistComparison::compare(builtIn(), read(hostile), u"x"_s);
    const QString text = AllowlistDriftReport::text(drift);
    QVERIFY(!text.contains(QChar(0x1b)));
    QVERIFY(!text.contains(QChar(0x07)));
    QVERIFY(!text.contains(QChar(0x202e)));
    QVERIFY2(text.contains(u"evil\\x1b]0;pwned\\x07\\u202e"_s), qPrintable(text));
}

void AllowlistComparisonTest::fetchAsksTheJapanApiDirectWithAPin()
{
    LoopbackApi api;
    TlsTestServer& server = api.server;
    server.setResponse(jsonResponse(fixture(u"v2-answer.json"_s)));
    QVERIFY(server.listen());
    const RunSettings settings = api.settings(true);

    AllowlistApiFetch fetch;
    QSignalSpy finished(&fetch, &AllowlistApiFetch::finished);
    QSignalSpy failed(&fetch, &AllowlistApiFetch::failed);
    fetch.start(builtIn(), runThatReachedTheApi(Route::direct(Route::Source::Disabled)), settings);
    QVERIFY(finished.isEmpty() && failed.isEmpty()); // never from inside start()
    QVERIFY2(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 15000), "no answer");
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    const QByteArray request = server.lastRequest();
    QVERIFY2(request.startsWith("GET /connectivity/v2/allowlist?"), request.constData());
    for (const char* parameter : {"customerId=acme1234", "geo=jp", "direction=outbound", "format=json"})
        QVERIFY2(request.contains(parameter), parameter);
    QVERIFY(request.contains("Host: api.citrixcloud.jp\r\n"));

    const auto drift = finished.first().first().value<AllowlistDrift>();
    QCOMPARE(drift.unchecked.size(), 1);
    QVERIFY(!drift.source.contains(u"acme1234"_s)); // shown without the Customer ID
    QVERIFY(drift.source.startsWith(u"https://api.citrixcloud.jp/connectivity/v2/allowlist?"_s));
}

void AllowlistComparisonTest::fetchGoesThroughTheRunsProxy()
{
    LoopbackApi api;
    api.server.setResponse(jsonResponse(fixture(u"published-allowlist.json"_s)));
    QVERIFY(api.server.listen());
    RelayProxy relay(api.server.port());
    relay.requireBasic("helpdesk:s3cret");
    QVERIFY(relay.listen());

    RunSettings settings = api.settings(false); // the proxy resolves the name, never this machine
    settings.proxy.user = u"helpdesk"_s;
    settings.proxyPassword = u"s3cret"_s;
    AllowlistApiFetch fetch;
    QSignalSpy finished(&fetch, &AllowlistApiFetch::finished);
    QSignalSpy failed(&fetch, &AllowlistApiFetch::failed);
    fetch.start(builtIn(),
                runThatReachedTheApi(Route::viaProxy(Route::Source::Manual, u"127.0.0.1"_s, relay.port())),
                settings);
    QVERIFY2(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 15000), "no answer");
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY2(relay.lastRequestHead().startsWith("CONNECT api.citrixcloud.jp:443 "),
             relay.lastRequestHead().constData());
    QCOMPARE(relay.tunnels(), 1);
    QCOMPARE(finished.first().first().value<AllowlistDrift>().unchecked.at(0).address,
             u"*.citrixnetworkapi.net"_s);
}

void AllowlistComparisonTest::fetchIsRefusedWithoutCustomerIdOrReach()
{
    const Route direct = Route::direct(Route::Source::Disabled);
    RunSettings settings;
    QVERIFY(AllowlistApiFetch::unavailableReason(runThatReachedTheApi(direct), settings)
                .contains(u"Customer ID"_s));
    settings.customerId = u"acme1234"_s;
    QVERIFY(AllowlistApiFetch::unavailableReason(runThatReachedTheApi(direct), settings).isEmpty());
    QVERIFY(AllowlistApiFetch::unavailableReason(runThatReachedTheApi(direct, Verdict::Fail), settings)
                .contains(u"could not reach"_s));
    QVERIFY(AllowlistApiFetch::unavailableReason(RunResult(), settings).contains(u"did not check"_s));

    // start() says so too, later, and sends nothing.
    AllowlistApiFetch fetch;
    QSignalSpy failed(&fetch, &AllowlistApiFetch::failed);
    fetch.start(builtIn(), RunResult(), settings);
    QVERIFY(failed.isEmpty());
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().first().toString().contains(u"did not check"_s));
}

void AllowlistComparisonTest::fetchCutsAnOversizedAnswer()
{
    LoopbackApi api;
    api.server.setResponse(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000000000\r\n"
        "Connection: close\r\n\r\n[\"");
    QVERIFY(api.server.listen());
    const RunSettings settings = api.settings(true);
    AllowlistApiFetch fetch;
    QSignalSpy failed(&fetch, &AllowlistApiFetch::failed);
    fetch.start(builtIn(), runThatReachedTheApi(Route::direct(Route::Source::Disabled)), settings);
    QVERIFY(failed.wait(15000));
    QVERIFY2(failed.first().first().toString().contains(u"too_large"_s),
             qPrintable(failed.first().first().toString()));
}

QTEST_GUILESS_MAIN(AllowlistComparisonTest)
#include "tst_allowlistcomparison.moc"
