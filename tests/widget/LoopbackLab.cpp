#include "LoopbackLab.h"

#include "CertificateFactory.h"
#include "HttpMessages.h"
#include "LoopbackPins.h"
#include "LoopbackPorts.h"
#include "RevocationPki.h"
#include "catalog/CatalogLoader.h"

namespace cctest {

using namespace cloudcheck;

namespace {

const char kTestCatalog[] = R"json({
  "catalogFormat": 1,
  "name": "CloudCheck widget tests",
  "version": "test.1",
  "date": "2026-01-01",
  "source": "https://example.invalid/requirements",
  "services": [
    {"id": "common", "name": {"en": "Common addresses", "ja": "共通アドレス"},
     "description": {"en": "Sign-in and APIs every service relies on", "ja": "すべてのサービスが使うサインインと API"},
     "alwaysIncluded": true},
    {"id": "certificates", "name": {"en": "Certificate validation", "ja": "証明書の検証"},
     "description": {"en": "Revocation checks over plain HTTP", "ja": "HTTP による失効確認"},
     "alwaysIncluded": true},
    {"id": "gateway", "name": {"en": "Citrix Gateway service", "ja": "Citrix Gateway サービス"},
     "description": {"en": "HDX session proxy", "ja": "HDX セッション プロキシ"}},
    {"id": "daas", "name": {"en": "Citrix DaaS", "ja": "Citrix DaaS (日本)"},
     "description": {"en": "Virtual apps and desktops", "ja": "仮想アプリとデスクトップ"}},
    {"id": "workspace", "name": {"en": "Citrix Workspace", "ja": "Citrix Workspace (日本)"},
     "description": {"en": "End-user access", "ja": "ユーザーのアクセス"}},
    {"id": "wem", "name": {"en": "Workspace Environment Management service",
                           "ja": "Workspace Environment Management サービス"},
     "description": {"en": "User environment management", "ja": "ユーザー環境の管理"}},
    {"id": "console", "name": {"en": "Console notifications (Pendo)", "ja": "コンソール通知 (Pendo)"},
     "description": {"en": "In-product guidance", "ja": "製品内ガイダンス"}}
  ],
  "entries": [
    {"id": "common-good", "services": ["common"], "pattern": "https://good.test.invalid",
     "hosts": ["good.test.invalid"], "scheme": "https", "port": 443,
     "purpose": {"en": "Sign-in", "ja": "サインイン"}, "level": "required", "confidence": "documented",
     "source": "https://example.invalid/requirements", "expectedIssuers": ["DigiCert Inc"],
     "links": ["https://support.citrix.com/article/CTX221535"]},
    {"id": "cert-crl", "services": ["certificates"], "pattern": "http://crl.test.invalid",
     "hosts": ["crl.test.invalid"], "scheme": "http", "port": 80,
     "purpose": {"en": "Revocation lists", "ja": "失効リスト"}, "level": "required", "confidence": "documented",
     "source": "https://example.invalid/requirements"},
    {"id": "daas-customer", "services": ["daas"], "pattern": "https://*.daas.test.invalid",
     "hosts": ["{customerId}.daas.test.invalid"], "scheme": "https", "port": 443,
     "purpose": {"en": "Customer endpoint", "ja": "顧客エンドポイント"}, "level": "required",
     "confidence": "documented", "source": "https://example.invalid/requirements",
     "expectedIssuers": ["DigiCert Inc"]},
    {"id": "daas-api", "services": ["daas", "workspace"], "pattern": "https://api.test.invalid",
     "hosts": ["api.test.invalid"], "scheme": "https", "port": 443,
     "purpose": {"en": "Service API", "ja": "サービス API"}, "level": "required", "confidence": "documented",
     "source": "https://example.invalid/requirements", "expectedIssuers": ["DigiCert Inc"]},
    {"id": "workspace-skew", "services": ["workspace"], "pattern": "https://skew.test.invalid",
     "hosts": ["skew.test.invalid"], "scheme": "https", "port": 443,
     "purpose": {"en": "Store", "ja": "ストア"}, "level": "recommended", "confidence": "documented",
     "source": "https://example.invalid/requirements", "expectedIssuers": ["DigiCert Inc"]},
    {"id": "workspace-down", "services": ["workspace"], "pattern": "https://down.test.invalid",
     "hosts": ["down.test.invalid"], "scheme": "https", "port": 443,
     "purpose": {"en": "File sharing", "ja": "ファイル共有"}, "level": "recommended", "confidence": "inferred",
     "source": "https://example.invalid/requirements"},
    {"id": "wem-refused", "services": ["wem"], "pattern": "https://refused.test.invalid",
     "hosts": ["refused.test.invalid"], "scheme": "https", "port": 443,
     "purpose": {"en": "WEM API", "ja": "WEM API"}, "level": "required", "confidence": "documented",
     "source": "https://example.invalid/requirements",
     "links": ["https://support.citrix.com/article/CTX221535"]},
    {"id": "gateway-silent", "services": ["gateway"], "pattern": "https://silent.test.invalid",
     "hosts": ["silent.test.invalid"], "scheme": "https", "port": 443,
     "purpose": {"en": "Gateway", "ja": "ゲートウェイ"}, "level": "required", "confidence": "documented",
     "source": "https://example.invalid/requirements"},
    {"id": "console-pendo", "services": ["console"], "pattern": "https://console.test.invalid",
     "hosts": ["console.test.invalid"], "scheme": "https", "port": 443,
     "purpose": {"en": "Console guidance", "ja": "コンソールのガイダンス"}, "level": "recommended",
     "confidence": "documented", "source": "https://example.invalid/requirements",
     "expectedIssuers": ["DigiCert Inc"]}
  ]
})json";

const QHash<QString, LoopbackLab::Endpoint>& testCatalogEndpoints()
{
    static const QHash<QString, LoopbackLab::Endpoint> endpoints{
        {QStringLiteral("good.test.invalid"), LoopbackLab::Endpoint::Good},
        {QStringLiteral("crl.test.invalid"), LoopbackLab::Endpoint::Plain},
        {QStringLiteral("api.test.invalid"), LoopbackLab::Endpoint::Good},
        {QStringLiteral("skew.test.invalid"), LoopbackLab::Endpoint::Skewed},
        {QStringLiteral("down.test.invalid"), LoopbackLab::Endpoint::Refused},
        {QStringLiteral("refused.test.invalid"), LoopbackLab::Endpoint::Refused},
        {QStringLiteral("silent.test.invalid"), LoopbackLab::Endpoint::Silent},
        {QStringLiteral("console.test.invalid"), LoopbackLab::Endpoint::Good},
    };
    return endpoints;
}

} // namespace

LoopbackLab::LoopbackLab(QObject* parent) : QObject(parent) {}

LoopbackLab::~LoopbackLab() = default;

Catalog LoopbackLab::testCatalog()
{
    auto parsed = CatalogLoader::parse(QByteArray(kTestCatalog), QStringLiteral("widget-test-catalog.json"));
    if (const auto* error = std::get_if<CatalogError>(&parsed))
        qFatal("test catalog refused: %s", qUtf8Printable(error->toString()));
    return std::get<Catalog>(std::move(parsed));
}

QStringList LoopbackLab::hostsOf(const Catalog& catalog, const QString& customerId)
{
    QStringList hosts;
    for (const CatalogEntry& entry : catalog.entries) {
        for (QString host : entry.hosts) {
            if (host.contains(QStringLiteral("{customerId}"))) {
                if (customerId.isEmpty())
                    continue;
                host.replace(QStringLiteral("{customerId}"), customerId);
                host = host.toLower();
            }
            if (!hosts.contains(host))
                hosts << host;
        }
    }
    return hosts;
}

bool LoopbackLab::start(const QStringList& dnsNames)
{
    QStringList names = dnsNames;
    names << hostsOf(testCatalog()) << QStringLiteral("*.daas.test.invalid");
    names.removeDuplicates();

    m_ca = CertificateFactory::createCa(QStringLiteral("CloudCheck Lab Root G2"),
                                        QStringLiteral("DigiCert Inc"));
    m_foreignCa = CertificateFactory::createCa(QStringLiteral("Contoso Inspection CA"),
                                               QStringLiteral("Contoso Web Filter"));
    CertificateFactory::LeafOptions options;
    options.keyType = CertificateFactory::KeyType::Rsa; // the Citrix ingress hosts' TLS 1.2 suites need RSA
    options.dnsNames = names;
    m_leaf = CertificateFactory::createLeaf(m_ca, names.first(), options);
    m_foreignLeaf = CertificateFactory::createLeaf(m_foreignCa, names.first(), options);
    if (m_ca.isNull() || m_foreignCa.isNull() || m_leaf.isNull() || m_foreignLeaf.isNull()) {
        m_error = QStringLiteral("could not create the test certificates");
        return false;
    }

    m_good = std::make_unique<TlsTestServer>(m_leaf);
    m_skewed = std::make_unique<TlsTestServer>(m_leaf);
    m_skewed->setResponse(
        "HTTP/1.1 200 OK\r\nDate: " + httpDate(QDateTime::currentDateTimeUtc().addSecs(-7200)) +
        "\r\nServer: <b>lab</b> & \"co\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    m_intercepted = std::make_unique<TlsTestServer>(m_foreignLeaf);
    m_plain = std::make_unique<PlainHttpServer>();
    m_plain->setResponder(RevocationPki::authorityHost(m_ca));
    m_silent = std::make_unique<SilentServer>();
    m_refusedPort = refusedPort();
    if (!m_good->listen() || !m_skewed->listen() || !m_intercepted->listen() || !m_plain->listen() ||
        !m_silent->listen() || m_refusedPort == 0) {
        m_error = QStringLiteral("could not start the loopback servers");
        return false;
    }
    return true;
}

QList<QSslCertificate> LoopbackLab::caCertificates() const
{
    return {m_ca.certificate, m_foreignCa.certificate};
}

quint16 LoopbackLab::port(Endpoint endpoint) const
{
    switch (endpoint) {
    case Endpoint::Good:
        return m_good->port();
    case Endpoint::Skewed:
        return m_skewed->port();
    case Endpoint::Intercepted:
        return m_intercepted->port();
    case Endpoint::Plain:
        return m_plain->port();
    case Endpoint::Refused:
        return m_refusedPort;
    case Endpoint::Silent:
        return m_silent->port();
    }
    return 0;
}

HostOverride LoopbackLab::pin(const QString& host, Endpoint endpoint) const
{
    return loopbackPin(host, std::nullopt, port(endpoint));
}

QList<HostOverride> LoopbackLab::testCatalogOverrides(const QString& customerId) const
{
    QList<HostOverride> overrides;
    for (auto it = testCatalogEndpoints().cbegin(); it != testCatalogEndpoints().cend(); ++it)
        overrides << pin(it.key(), it.value());
    if (!customerId.isEmpty())
        overrides << pin(customerId.toLower() + QStringLiteral(".daas.test.invalid"), Endpoint::Good);
    return overrides;
}

QList<HostOverride> LoopbackLab::overridesFor(const Catalog& catalog, const QHash<QString, Endpoint>& special,
                                              const QString& customerId) const
{
    QList<HostOverride> overrides;
    QSet<QString> pinned;
    for (const CatalogEntry& entry : catalog.entries) {
        for (const QString& host : hostsOf(Catalog{{}, {}, {}, {}, {}, {entry}}, customerId)) {
            // One pin per host name and port, as a host may serve both HTTPS and UDP on 443.
            const QString key = host + u':' + QString::number(entry.port);
            if (pinned.contains(key))
                continue;
            pinned.insert(key);
            const Endpoint endpoint =
                special.value(host, entry.scheme == Scheme::Http ? Endpoint::Plain : Endpoint::Good);
            overrides << loopbackPin(host, entry.port, port(endpoint));
        }
    }
    return overrides;
}

} // namespace cctest
