// Loopback servers, certificates and a catalog for driving the real wizard without a network.
// Every host the lab knows is pinned to 127.0.0.1, so a run against it never resolves a real
// name: the wizard itself refuses to start a test run with an unpinned host.
//
// What each server produces, so a run shows every kind of result:
//   good        TLS, leaf from a CA whose organization is "DigiCert Inc" (the catalog's expected
//               issuer): pass
//   skewed      same leaf, Date header two hours behind and an HTML-looking Server header:
//               warn (CLOCK_SKEW), and a string the details pane must escape
//   intercepted TLS, leaf from "Contoso Web Filter": fail (TLS_INTERCEPTED), like SSL inspection
//   plain       cleartext HTTP for the port 80 (revocation) hosts: pass
//   refused     a port nothing listens on: fail when required, warn when recommended
//   silent      accepts TCP, never answers: the TLS handshake hangs until cancelled or timed out
#pragma once

#include "PlainHttpServer.h"
#include "SilentServer.h"
#include "TestIdentity.h"
#include "TlsTestServer.h"
#include "catalog/Catalog.h"
#include "plan/HostOverride.h"

#include <QHash>
#include <QObject>
#include <memory>

namespace cctest {

class LoopbackLab : public QObject
{
    Q_OBJECT

public:
    enum class Endpoint
    {
        Good,
        Skewed,
        Intercepted,
        Plain,
        Refused,
        Silent
    };

    explicit LoopbackLab(QObject* parent = nullptr);
    ~LoopbackLab() override;

    // Creates the certificates (valid for `dnsNames` plus the test catalog's names) and starts
    // every server. Returns false, with errorString(), when any of that fails.
    bool start(const QStringList& dnsNames = {});
    QString errorString() const { return m_error; }

    // A small catalog with the real service ids and names of its own (*.test.invalid).
    static cloudcheck::Catalog testCatalog();
    // Pins for testCatalog(); the {customerId} host is pinned for `customerId` when given.
    QList<cloudcheck::HostOverride> testCatalogOverrides(const QString& customerId = {}) const;
    // Pins every host of `catalog` (the built-in one, for screenshots): `special` maps chosen
    // hosts to endpoints, all other https hosts go to Good, http hosts to Plain.
    QList<cloudcheck::HostOverride> overridesFor(const cloudcheck::Catalog& catalog,
                                                 const QHash<QString, Endpoint>& special,
                                                 const QString& customerId = {}) const;
    static QStringList hostsOf(const cloudcheck::Catalog& catalog, const QString& customerId = {});

    // The CAs the probes must trust (the good one and the "interceptor").
    QList<QSslCertificate> caCertificates() const;
    cloudcheck::HostOverride pin(const QString& host, Endpoint endpoint) const;
    quint16 port(Endpoint endpoint) const;

    TlsTestServer* goodServer() const { return m_good.get(); }
    SilentServer* silentServer() const { return m_silent.get(); }

private:
    QString m_error;
    TestIdentity m_ca;
    TestIdentity m_leaf;
    TestIdentity m_foreignCa;
    TestIdentity m_foreignLeaf;
    std::unique_ptr<TlsTestServer> m_good;
    std::unique_ptr<TlsTestServer> m_skewed;
    std::unique_ptr<TlsTestServer> m_intercepted;
    std::unique_ptr<PlainHttpServer> m_plain;
    std::unique_ptr<SilentServer> m_silent;
    quint16 m_refusedPort = 0;
};

} // namespace cctest
