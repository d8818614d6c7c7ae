#include "FaultLab.h"

#include "CertificateFactory.h"
#include "LoopbackPins.h"
#include "TestCatalogs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cctest {

using namespace cloudcheck;
using namespace Qt::StringLiterals;

namespace {

const QString kService = u"soak"_s;

quint16 defaultPort(Scheme scheme)
{
    return scheme == Scheme::Http ? 80 : 443;
}

} // namespace

FaultLab::FaultLab(QObject* parent) : QObject(parent) {}

FaultLab::~FaultLab() = default;

bool FaultLab::start()
{
    m_ca = CertificateFactory::createCa(u"CloudCheck Soak Root"_s, u"DigiCert Inc"_s);
    CertificateFactory::LeafOptions options;
    options.dnsNames = {u"*.soak.test"_s};
    m_leaf = m_ca.isNull() ? TestIdentity() : CertificateFactory::createLeaf(m_ca, u"*.soak.test"_s, options);
    if (m_leaf.isNull()) {
        m_error = u"could not create the test certificates"_s;
        return false;
    }
    m_goodTls = std::make_unique<TlsTestServer>(m_leaf);
    m_goodHttp = std::make_unique<PlainHttpServer>();
    if (!m_goodTls->listen() || !m_goodHttp->listen()) {
        m_error = u"could not start the good servers"_s;
        return false;
    }
    for (const FaultServer::Fault fault : FaultServer::allFaults()) {
        auto* server = new FaultServer(fault, this);
        if (!server->listen()) {
            m_error = u"could not start the %1 server"_s.arg(FaultServer::name(fault));
            return false;
        }
        m_faults << server;
    }
    return true;
}

QList<FaultLab::Target> FaultLab::soakTargets(int count)
{
    const QList<FaultServer::Fault> faults = FaultServer::allFaults();
    QList<Target> targets;
    int faulty = 0;
    int good = 0;
    for (int i = 0; i < count; ++i) {
        Target target;
        target.host = u"t%1.soak.test"_s.arg(i + 1, 4, 10, QChar(u'0'));
        if (i % 3 == 2) {
            const FaultServer::Fault fault = faults.at(faulty % faults.size());
            // Silence is tried both ways, in turn: as a TLS handshake and as an HTTP answer.
            const bool tls = fault == FaultServer::Fault::SilentAfterAccept
                                 ? (faulty / faults.size()) % 2 == 0
                                 : !FaultServer::isHttpFault(fault);
            target.scheme = tls ? Scheme::Https : Scheme::Http;
            target.fault = fault;
            ++faulty;
        } else {
            target.scheme = good++ % 2 == 0 ? Scheme::Https : Scheme::Http;
        }
        targets << target;
    }
    return targets;
}

FaultLab::Target FaultLab::faultTarget(FaultServer::Fault fault, Scheme scheme, int index)
{
    Target target;
    target.host = u"%1-%2.soak.test"_s.arg(FaultServer::name(fault).replace(u'_', u'-')).arg(index);
    target.scheme = scheme;
    target.fault = fault;
    return target;
}

Catalog FaultLab::catalog(const QList<Target>& targets)
{
    QList<CatalogEntry> entries;
    for (const Target& target : targets) {
        const QString pattern = schemeName(target.scheme) + u"://"_s + target.host;
        entries << testEntry(target.host, {kService}, pattern, {target.host}, [&target](CatalogEntry& entry) {
            entry.scheme = target.scheme;
            entry.port = defaultPort(target.scheme);
            entry.level = RequirementLevel::Required;
            entry.confidence = Confidence::Documented;
            entry.hostConfidence = Confidence::Documented;
            if (target.scheme == Scheme::Https)
                entry.expectedIssuers = {u"DigiCert Inc"_s};
        });
    }
    return testCatalog({testService(kService, true)}, entries);
}

QByteArray FaultLab::catalogJson(const QList<Target>& targets)
{
    // Written out field by field as docs/catalog-format.md describes it, so the CLI's own loader
    // reads what the engine test builds in memory.
    const Catalog built = catalog(targets);
    QJsonArray entries;
    for (const CatalogEntry& entry : built.entries) {
        QJsonObject object{
            {u"id"_s, entry.id},
            {u"services"_s, QJsonArray::fromStringList(entry.services)},
            {u"pattern"_s, entry.pattern},
            {u"hosts"_s, QJsonArray::fromStringList(entry.hosts)},
            {u"scheme"_s, schemeName(entry.scheme)},
            {u"port"_s, entry.port},
            {u"purpose"_s, QJsonObject{{u"en"_s, entry.purpose.english}, {u"ja"_s, entry.purpose.japanese}}},
            {u"level"_s, u"required"_s},
            {u"confidence"_s, u"documented"_s},
            {u"source"_s, entry.source},
        };
        if (!entry.expectedIssuers.isEmpty())
            object.insert(u"expectedIssuers"_s, QJsonArray::fromStringList(entry.expectedIssuers));
        entries << object;
    }
    const Service& service = built.services.first();
    const QJsonObject catalog{
        {u"catalogFormat"_s, 1},
        {u"name"_s, built.name},
        {u"version"_s, built.version},
        {u"date"_s, built.date},
        {u"source"_s, built.source},
        {u"services"_s,
         QJsonArray{QJsonObject{
             {u"id"_s, service.id},
             {u"name"_s, QJsonObject{{u"en"_s, service.name.english}, {u"ja"_s, service.name.japanese}}},
             {u"description"_s,
              QJsonObject{{u"en"_s, service.description.english}, {u"ja"_s, service.description.japanese}}},
             {u"alwaysIncluded"_s, true}}}},
        {u"entries"_s, entries},
    };
    return QJsonDocument(catalog).toJson(QJsonDocument::Indented);
}

QList<HostOverride> FaultLab::overrides(const QList<Target>& targets) const
{
    QList<HostOverride> pins;
    for (const Target& target : targets)
        pins << loopbackPin(target.host, defaultPort(target.scheme), portFor(target));
    return pins;
}

QStringList FaultLab::connectToArguments(const QList<Target>& targets) const
{
    QStringList arguments;
    for (const Target& target : targets) {
        arguments
            << u"--connect-to"_s
            << u"%1:%2:127.0.0.1:%3"_s.arg(target.host).arg(defaultPort(target.scheme)).arg(portFor(target));
    }
    return arguments;
}

FaultServer* FaultLab::server(FaultServer::Fault fault) const
{
    const qsizetype index = FaultServer::allFaults().indexOf(fault);
    return index >= 0 && index < m_faults.size() ? m_faults.at(index) : nullptr;
}

quint16 FaultLab::portFor(const Target& target) const
{
    if (target.fault) {
        const FaultServer* faulty = server(*target.fault);
        return faulty ? faulty->port() : 0;
    }
    if (target.scheme == Scheme::Http)
        return m_goodHttp ? m_goodHttp->port() : 0;
    return m_goodTls ? m_goodTls->port() : 0;
}

} // namespace cctest
