// Unit tests of RunPlan: services, profiles, {customerId} templates and the deduplication of
// hosts into targets, on small catalogs built with TestCatalogs.
#include "TestCatalogs.h"
#include "plan/RunPlan.h"

#include <QTest>

using namespace cctest;
using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

// The services of the built-in catalog, in its order.
Catalog catalogWith(const QList<CatalogEntry>& entries)
{
    return testCatalog({testService(u"common"_s, true), testService(u"certificates"_s, true),
                        testService(u"gateway"_s), testService(u"daas"_s), testService(u"workspace"_s),
                        testService(u"wem"_s), testService(u"console"_s)},
                       entries);
}

RunSettings settingsFor(const QStringList& services = {}, const QString& customerId = {},
                        Profile profile = Profile::Connector)
{
    RunSettings settings;
    settings.services = services;
    settings.customerId = customerId;
    settings.profile = profile;
    return settings;
}

QStringList targetIds(const RunPlan& plan)
{
    QStringList ids;
    for (const Target& target : plan.targets)
        ids << target.id;
    return ids;
}

const Target* findTarget(const RunPlan& plan, const QString& id)
{
    for (const Target& target : plan.targets) {
        if (target.id == id)
            return &target;
    }
    return nullptr;
}

} // namespace

class RunPlanTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedHostIsOneTarget();
    void requiredWins_data();
    void requiredWins();
    void documentedWins_data();
    void documentedWins();
    void issuersAndLinksAreMerged();
    void customerIdTemplate_data();
    void customerIdTemplate();
    void validateCustomerId_data();
    void validateCustomerId();
    void effectiveServices_data();
    void effectiveServices();
    void servicesFollowRole_data();
    void servicesFollowRole();
    void hostConfidenceIsMerged();
    void cipherPolicyIsMerged();
    void subsetCreditsOnlySelectedServices();
    void profileFilter_data();
    void profileFilter();
    void portsAndSchemesAreDistinctTargets();
    void targetOrderFollowsCatalog();
    void serviceOrderFollowsCatalog();
    void hostCaseIsFolded();
};

void RunPlanTest::sharedHostIsOneTarget()
{
    const Catalog catalog = catalogWith({
        testEntry(u"common-api"_s, QStringList{u"common"_s}, u"https://*.example.jp"_s,
                  QStringList{u"api.example.jp"_s}),
        testEntry(u"daas-api"_s, QStringList{u"daas"_s}, u"https://api.example.jp"_s,
                  QStringList{u"api.example.jp"_s}),
    });
    const RunPlan plan = RunPlan::build(catalog, settingsFor());

    QCOMPARE(plan.targets.size(), 1);
    const Target& target = plan.targets.first();
    QCOMPARE(target.id, u"https://api.example.jp:443"_s);
    QCOMPARE(target.host, u"api.example.jp"_s);
    QCOMPARE(target.port, quint16(443));
    QCOMPARE(target.scheme, Scheme::Https);
    QCOMPARE(target.services, QStringList({u"common"_s, u"daas"_s}));
    QCOMPARE(target.patterns, QStringList({u"https://*.example.jp"_s, u"https://api.example.jp"_s}));
    QCOMPARE(target.entryIds, QStringList({u"common-api"_s, u"daas-api"_s}));
    QCOMPARE(target.purposes.size(), 2);
    QCOMPARE(target.purposes.at(1).english, u"daas-api purpose"_s);
    QCOMPARE(target.needsCustomerId, false);
}

void RunPlanTest::requiredWins_data()
{
    QTest::addColumn<RequirementLevel>("first");
    QTest::addColumn<RequirementLevel>("second");
    QTest::addColumn<bool>("required");
    QTest::newRow("recommended then required")
        << RequirementLevel::Recommended << RequirementLevel::Required << true;
    QTest::newRow("required then recommended")
        << RequirementLevel::Required << RequirementLevel::Recommended << true;
    QTest::newRow("both recommended")
        << RequirementLevel::Recommended << RequirementLevel::Recommended << false;
    QTest::newRow("both required") << RequirementLevel::Required << RequirementLevel::Required << true;
}

void RunPlanTest::requiredWins()
{
    QFETCH(RequirementLevel, first);
    QFETCH(RequirementLevel, second);
    QFETCH(bool, required);
    const Catalog catalog = catalogWith({
        testEntry(u"a"_s, QStringList{u"common"_s}, u"p1"_s, QStringList{u"h.example.jp"_s},
                  [&](CatalogEntry& e) { e.level = first; }),
        testEntry(u"b"_s, QStringList{u"daas"_s}, u"p2"_s, QStringList{u"h.example.jp"_s},
                  [&](CatalogEntry& e) { e.level = second; }),
    });
    const RunPlan plan = RunPlan::build(catalog, settingsFor());
    QCOMPARE(plan.targets.size(), 1);
    QCOMPARE(plan.targets.first().required, required);
}

void RunPlanTest::documentedWins_data()
{
    QTest::addColumn<Confidence>("first");
    QTest::addColumn<Confidence>("second");
    QTest::addColumn<Confidence>("expected");
    QTest::newRow("inferred then documented")
        << Confidence::Inferred << Confidence::Documented << Confidence::Documented;
    QTest::newRow("documented then inferred")
        << Confidence::Documented << Confidence::Inferred << Confidence::Documented;
    QTest::newRow("both inferred") << Confidence::Inferred << Confidence::Inferred << Confidence::Inferred;
}

void RunPlanTest::documentedWins()
{
    QFETCH(Confidence, first);
    QFETCH(Confidence, second);
    QFETCH(Confidence, expected);
    const Catalog catalog = catalogWith({
        testEntry(u"a"_s, QStringList{u"common"_s}, u"p1"_s, QStringList{u"h.example.jp"_s},
                  [&](CatalogEntry& e) { e.confidence = first; }),
        testEntry(u"b"_s, QStringList{u"common"_s}, u"p2"_s, QStringList{u"h.example.jp"_s},
                  [&](CatalogEntry& e) { e.confidence = second; }),
    });
    const RunPlan plan = RunPlan::build(catalog, settingsFor());
    QCOMPARE(plan.targets.size(), 1);
    QCOMPARE(plan.targets.first().confidence, expected);
}

void RunPlanTest::issuersAndLinksAreMerged()
{
    const Catalog catalog = catalogWith({
        testEntry(u"a"_s, QStringList{u"common"_s}, u"https://*.windows.net"_s,
                  QStringList{u"x.blob.core.windows.net"_s},
                  [&](CatalogEntry& e) {
                      e.expectedIssuers = {u"DigiCert Inc"_s};
                      e.links = {u"https://l/1"_s, u"https://l/2"_s};
                  }),
        testEntry(u"b"_s, QStringList{u"daas"_s}, u"https://*.blob.core.windows.net"_s,
                  QStringList{u"x.blob.core.windows.net"_s},
                  [&](CatalogEntry& e) {
                      e.expectedIssuers = {u"DigiCert Inc"_s, u"Microsoft Corporation"_s};
                      e.links = {u"https://l/2"_s, u"https://l/3"_s};
                  }),
    });
    const RunPlan plan = RunPlan::build(catalog, settingsFor());
    QCOMPARE(plan.targets.size(), 1);
    const Target& target = plan.targets.first();
    QCOMPARE(target.expectedIssuers, QStringList({u"DigiCert Inc"_s, u"Microsoft Corporation"_s}));
    QCOMPARE(target.links, QStringList({u"https://l/1"_s, u"https://l/2"_s, u"https://l/3"_s}));
}

void RunPlanTest::customerIdTemplate_data()
{
    QTest::addColumn<QString>("customerId");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("needsCustomerId");
    QTest::newRow("lower-case ID") << u"acme1"_s << u"acme1.xendesktop.jp"_s << false;
    QTest::newRow("mixed-case ID is lowered") << u"AcMe-1"_s << u"acme-1.xendesktop.jp"_s << false;
    QTest::newRow("no ID keeps the template") << QString() << u"{customerId}.xendesktop.jp"_s << true;
    QTest::newRow("invalid ID keeps the template") << u"a b"_s << u"{customerId}.xendesktop.jp"_s << true;
    QTest::newRow("ID with a dot keeps the template")
        << u"evil.example.com#"_s << u"{customerId}.xendesktop.jp"_s << true;
}

void RunPlanTest::customerIdTemplate()
{
    QFETCH(QString, customerId);
    QFETCH(QString, host);
    QFETCH(bool, needsCustomerId);
    const Catalog catalog = catalogWith({
        testEntry(u"daas-cdc"_s, QStringList{u"daas"_s}, u"https://*.xendesktop.jp"_s,
                  QStringList{u"{customerId}.xendesktop.jp"_s, u"static.xendesktop.jp"_s}),
    });
    const RunPlan plan = RunPlan::build(catalog, settingsFor({}, customerId));
    QCOMPARE(plan.targets.size(), 2);
    const Target& templated = plan.targets.at(0);
    QCOMPARE(templated.host, host);
    QCOMPARE(templated.id, u"https://"_s + host + u":443"_s);
    QCOMPARE(templated.needsCustomerId, needsCustomerId);
    QCOMPARE(templated.entryIds, QStringList{u"daas-cdc"_s});
    // A host without the template is never affected.
    const Target& plain = plan.targets.at(1);
    QCOMPARE(plain.host, u"static.xendesktop.jp"_s);
    QCOMPARE(plain.needsCustomerId, false);
}

void RunPlanTest::validateCustomerId_data()
{
    QTest::addColumn<QString>("customerId");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading hyphen") << u"-abc"_s << false;
    QTest::newRow("trailing hyphen") << u"abc-"_s << false;
    QTest::newRow("space") << u"a b"_s << false;
    QTest::newRow("dot") << u"abc.def"_s << false;
    QTest::newRow("underscore") << u"abc_def"_s << false;
    QTest::newRow("Japanese") << u"顧客"_s << false;
    QTest::newRow("64 characters") << QString(64, u'a') << false;
    QTest::newRow("63 characters") << QString(63, u'a') << true;
    QTest::newRow("ok-1") << u"ok-1"_s << true;
    QTest::newRow("single letter") << u"a"_s << true;
    QTest::newRow("mixed case") << u"Acme42"_s << true;
}

void RunPlanTest::validateCustomerId()
{
    QFETCH(QString, customerId);
    QFETCH(bool, valid);
    const QString problem = RunPlan::validateCustomerId(customerId);
    if (valid) {
        QCOMPARE(problem, QString());
    } else {
        QVERIFY2(problem.contains(u'"' + customerId + u'"'), qPrintable(problem));
        QVERIFY2(problem.contains(u"1 to 63 letters, digits or hyphens"_s), qPrintable(problem));
    }
}

void RunPlanTest::effectiveServices_data()
{
    QTest::addColumn<QStringList>("requested");
    QTest::addColumn<QStringList>("effective");
    const QStringList all{u"common"_s,    u"certificates"_s, u"gateway"_s, u"daas"_s,
                          u"workspace"_s, u"wem"_s,          u"console"_s};
    QTest::newRow("nothing requested means all") << QStringList() << all;
    QTest::newRow("daas adds the always-included")
        << QStringList{u"daas"_s} << QStringList{u"common"_s, u"certificates"_s, u"daas"_s};
    QTest::newRow("catalog order, not request order")
        << QStringList{u"wem"_s, u"gateway"_s}
        << QStringList{u"common"_s, u"certificates"_s, u"gateway"_s, u"wem"_s};
    QTest::newRow("asking for an always-included one")
        << QStringList{u"certificates"_s} << QStringList{u"common"_s, u"certificates"_s};
}

void RunPlanTest::effectiveServices()
{
    QFETCH(QStringList, requested);
    QFETCH(QStringList, effective);
    // One address per service, so every service has something for this role to check
    // (servicesFollowRole covers the services a role has no address in).
    QList<CatalogEntry> entries;
    for (const QString& service :
         {u"common"_s, u"certificates"_s, u"gateway"_s, u"daas"_s, u"workspace"_s, u"wem"_s, u"console"_s})
        entries << testEntry(service, QStringList{service}, service, QStringList{service + u".example.jp"_s});
    const Catalog catalog = catalogWith(entries);
    QCOMPARE(RunPlan::effectiveServices(catalog, requested), effective);
    QCOMPARE(RunPlan::build(catalog, settingsFor(requested)).services, effective);
}

void RunPlanTest::subsetCreditsOnlySelectedServices()
{
    const Catalog catalog = catalogWith({
        testEntry(u"shared"_s, QStringList{u"common"_s, u"gateway"_s}, u"p-shared"_s,
                  QStringList{u"shared.example.jp"_s}),
        testEntry(u"gw"_s, QStringList{u"gateway"_s}, u"p-gw"_s, QStringList{u"gw.example.net"_s}),
        testEntry(u"crl"_s, QStringList{u"certificates"_s}, u"http://*.digicert.com"_s,
                  QStringList{u"crl3.digicert.com"_s},
                  [&](CatalogEntry& e) {
                      e.scheme = Scheme::Http;
                      e.port = 80;
                  }),
        testEntry(u"cdc"_s, QStringList{u"daas"_s}, u"p-cdc"_s, QStringList{u"cdc.example.jp"_s}),
    });
    const RunPlan plan = RunPlan::build(catalog, settingsFor({u"daas"_s}));
    QCOMPARE(plan.services, QStringList({u"common"_s, u"certificates"_s, u"daas"_s}));
    QCOMPARE(targetIds(plan),
             QStringList({u"https://shared.example.jp:443"_s, u"http://crl3.digicert.com:80"_s,
                          u"https://cdc.example.jp:443"_s}));
    // The shared entry is planned for common only: gateway was not selected.
    QCOMPARE(plan.targets.at(0).services, QStringList{u"common"_s});
    QCOMPARE(plan.targets.at(1).services, QStringList{u"certificates"_s});
    QCOMPARE(plan.targets.at(2).services, QStringList{u"daas"_s});
}

void RunPlanTest::profileFilter_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("connector") << Profile::Connector
                               << QStringList{u"https://conn.example.jp:443"_s,
                                              u"https://both.example.jp:443"_s};
    QTest::newRow("browser") << Profile::Browser
                             << QStringList{u"https://both.example.jp:443"_s,
                                            u"https://web.example.jp:443"_s};
    QTest::newRow("vda") << Profile::Vda << QStringList{u"https://vda.example.jp:443"_s};
}

void RunPlanTest::profileFilter()
{
    QFETCH(Profile, profile);
    QFETCH(QStringList, ids);
    const Catalog catalog = catalogWith({
        testEntry(u"c"_s, QStringList{u"daas"_s}, u"pc"_s, QStringList{u"conn.example.jp"_s},
                  [&](CatalogEntry& e) { e.profiles = {Profile::Connector}; }),
        testEntry(u"b"_s, QStringList{u"daas"_s}, u"pb"_s, QStringList{u"both.example.jp"_s}),
        testEntry(u"w"_s, QStringList{u"daas"_s}, u"pw"_s, QStringList{u"web.example.jp"_s},
                  [&](CatalogEntry& e) { e.profiles = {Profile::Browser}; }),
        testEntry(u"v"_s, QStringList{u"daas"_s}, u"pv"_s, QStringList{u"vda.example.jp"_s},
                  [&](CatalogEntry& e) { e.profiles = {Profile::Vda}; }),
    });
    QCOMPARE(targetIds(RunPlan::build(catalog, settingsFor({}, {}, profile))), ids);
}

void RunPlanTest::servicesFollowRole_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QStringList>("services");
    // "common" is always included, yet a session host uses none of its addresses here.
    QTest::newRow("connector") << Profile::Connector << QStringList{u"common"_s, u"gateway"_s};
    QTest::newRow("vda") << Profile::Vda << QStringList{u"gateway"_s, u"wem"_s};
    QTest::newRow("browser") << Profile::Browser << QStringList{u"common"_s};
}

void RunPlanTest::servicesFollowRole()
{
    QFETCH(Profile, profile);
    QFETCH(QStringList, services);
    const Catalog catalog = catalogWith({
        testEntry(u"api"_s, QStringList{u"common"_s}, u"p1"_s, QStringList{u"api.example.jp"_s}),
        testEntry(u"hdx"_s, QStringList{u"gateway"_s}, u"p2"_s, QStringList{u"gw.example.jp"_s},
                  [&](CatalogEntry& e) {
                      e.profiles = {Profile::Connector, Profile::Vda};
                  }),
        testEntry(u"wem"_s, QStringList{u"wem"_s}, u"p3"_s, QStringList{u"wem.example.jp"_s},
                  [&](CatalogEntry& e) { e.profiles = {Profile::Vda}; }),
    });
    const RunPlan plan = RunPlan::build(catalog, settingsFor({u"gateway"_s, u"wem"_s}, {}, profile));
    QCOMPARE(plan.services, services);
}

void RunPlanTest::hostConfidenceIsMerged()
{
    // One host: a documented wildcard's chosen stand-in, and an entry that documents the host.
    const Catalog catalog = catalogWith({
        testEntry(u"wild"_s, QStringList{u"common"_s}, u"https://*.example.jp"_s,
                  QStringList{u"a.example.jp"_s},
                  [&](CatalogEntry& e) { e.hostConfidence = Confidence::Inferred; }),
        testEntry(u"exact"_s, QStringList{u"daas"_s}, u"https://a.example.jp"_s,
                  QStringList{u"a.example.jp"_s},
                  [&](CatalogEntry& e) { e.confidence = Confidence::Inferred; }),
        testEntry(u"chosen"_s, QStringList{u"daas"_s}, u"https://*.other.jp"_s, QStringList{u"b.other.jp"_s},
                  [&](CatalogEntry& e) { e.hostConfidence = Confidence::Inferred; }),
    });
    const RunPlan plan = RunPlan::build(catalog, settingsFor());
    const Target* shared = findTarget(plan, u"https://a.example.jp:443"_s);
    QVERIFY(shared);
    QCOMPARE(shared->hostConfidence, Confidence::Documented);
    const Target* chosen = findTarget(plan, u"https://b.other.jp:443"_s);
    QVERIFY(chosen);
    QCOMPARE(chosen->confidence, Confidence::Documented);
    QCOMPARE(chosen->hostConfidence, Confidence::Inferred);
}

void RunPlanTest::cipherPolicyIsMerged()
{
    // One host asked for by an entry without a policy and one with it: the host is one target, and
    // the check runs for it once.
    const Catalog catalog = catalogWith({
        testEntry(u"plain"_s, QStringList{u"common"_s}, u"https://*.example.jp"_s,
                  QStringList{u"a.example.jp"_s}),
        testEntry(u"ingress"_s, QStringList{u"daas"_s}, u"https://a.example.jp"_s,
                  QStringList{u"a.example.jp"_s},
                  [&](CatalogEntry& e) { e.cipherPolicy = CipherPolicy::CitrixIngress; }),
        testEntry(u"other"_s, QStringList{u"daas"_s}, u"https://b.example.jp"_s,
                  QStringList{u"b.example.jp"_s}),
    });
    const RunPlan plan = RunPlan::build(catalog, settingsFor());
    const Target* shared = findTarget(plan, u"https://a.example.jp:443"_s);
    QVERIFY(shared);
    QCOMPARE(shared->cipherPolicy, CipherPolicy::CitrixIngress);
    const Target* other = findTarget(plan, u"https://b.example.jp:443"_s);
    QVERIFY(other);
    QCOMPARE(other->cipherPolicy, CipherPolicy::Any);
}

void RunPlanTest::portsAndSchemesAreDistinctTargets()
{
    const Catalog catalog = catalogWith({
        testEntry(u"tcp"_s, QStringList{u"gateway"_s}, u"https://*.nssvc.net"_s,
                  QStringList{u"g.nssvc.net"_s}),
        testEntry(u"edt"_s, QStringList{u"gateway"_s}, u"udp://*.nssvc.net"_s, QStringList{u"g.nssvc.net"_s},
                  [&](CatalogEntry& e) {
                      e.scheme = Scheme::Udp;
                      e.level = RequirementLevel::Recommended;
                  }),
        testEntry(u"plain"_s, QStringList{u"gateway"_s}, u"http://*.nssvc.net"_s,
                  QStringList{u"g.nssvc.net"_s},
                  [&](CatalogEntry& e) {
                      e.scheme = Scheme::Http;
                      e.port = 80;
                  }),
        testEntry(u"alt"_s, QStringList{u"gateway"_s}, u"https://*.nssvc.net:8443"_s,
                  QStringList{u"g.nssvc.net"_s}, [&](CatalogEntry& e) { e.port = 8443; }),
    });
    const RunPlan plan = RunPlan::build(catalog, settingsFor());
    QCOMPARE(targetIds(plan), QStringList({u"https://g.nssvc.net:443"_s, u"udp://g.nssvc.net:443"_s,
                                           u"http://g.nssvc.net:80"_s, u"https://g.nssvc.net:8443"_s}));
    const Target* udp = findTarget(plan, u"udp://g.nssvc.net:443"_s);
    QVERIFY(udp);
    QCOMPARE(udp->scheme, Scheme::Udp);
    QCOMPARE(udp->port, quint16(443));
    QCOMPARE(udp->required, false);
    QCOMPARE(udp->entryIds, QStringList{u"edt"_s});
    // Each keeps only its own entry's facts.
    QCOMPARE(findTarget(plan, u"https://g.nssvc.net:443"_s)->required, true);
    QCOMPARE(findTarget(plan, u"http://g.nssvc.net:80"_s)->entryIds, QStringList{u"plain"_s});
}

void RunPlanTest::targetOrderFollowsCatalog()
{
    const Catalog catalog = catalogWith({
        testEntry(u"one"_s, QStringList{u"wem"_s}, u"p1"_s,
                  QStringList{u"c.example.jp"_s, u"a.example.jp"_s}),
        testEntry(u"two"_s, QStringList{u"common"_s}, u"p2"_s,
                  QStringList{u"b.example.jp"_s, u"a.example.jp"_s}),
        testEntry(u"three"_s, QStringList{u"daas"_s}, u"p3"_s, QStringList{u"d.example.jp"_s}),
    });
    const RunPlan plan = RunPlan::build(catalog, settingsFor());
    QCOMPARE(targetIds(plan), QStringList({u"https://c.example.jp:443"_s, u"https://a.example.jp:443"_s,
                                           u"https://b.example.jp:443"_s, u"https://d.example.jp:443"_s}));
}

void RunPlanTest::serviceOrderFollowsCatalog()
{
    // The entry lists daas before common, and a later entry adds gateway: the target lists them
    // in catalog order.
    const Catalog catalog = catalogWith({
        testEntry(u"x"_s, QStringList{u"daas"_s, u"common"_s}, u"p"_s, QStringList{u"h.example.jp"_s}),
        testEntry(u"y"_s, QStringList{u"gateway"_s}, u"p"_s, QStringList{u"h.example.jp"_s}),
    });
    const RunPlan plan = RunPlan::build(catalog, settingsFor());
    QCOMPARE(plan.targets.size(), 1);
    QCOMPARE(plan.targets.first().services, QStringList({u"common"_s, u"gateway"_s, u"daas"_s}));
    QCOMPARE(plan.targets.first().patterns, QStringList{u"p"_s}); // the same pattern once
}

void RunPlanTest::hostCaseIsFolded()
{
    const Catalog catalog = catalogWith({
        testEntry(u"x"_s, QStringList{u"common"_s}, u"p1"_s, QStringList{u"API.Example.JP"_s}),
        testEntry(u"y"_s, QStringList{u"daas"_s}, u"p2"_s, QStringList{u"api.example.jp"_s}),
    });
    const RunPlan plan = RunPlan::build(catalog, settingsFor());
    QCOMPARE(targetIds(plan), QStringList{u"https://api.example.jp:443"_s});
    QCOMPARE(plan.targets.first().host, u"api.example.jp"_s);
    QCOMPARE(plan.targets.first().entryIds, QStringList({u"x"_s, u"y"_s}));
}

QTEST_GUILESS_MAIN(RunPlanTest)
#include "tst_runplan.moc"
