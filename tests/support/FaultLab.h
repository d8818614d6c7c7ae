// Loopback servers for every misbehaviour of the fault soak (one FaultServer per Fault), plus a
// good TLS server and a good plain HTTP server, and catalogs of generated targets spread over
// them: the same lab for the engine test (tests/tst_faultsoak.cpp) and for the 1000-target CLI
// soak (bench/fault-soak.cpp). Every host is under soak.test and pinned to 127.0.0.1.
#pragma once

#include "FaultServer.h"
#include "PlainHttpServer.h"
#include "TestIdentity.h"
#include "TlsTestServer.h"
#include "catalog/Catalog.h"
#include "plan/HostOverride.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

namespace cctest {

class FaultLab : public QObject
{
    Q_OBJECT

public:
    // Where a target is aimed: a good server (nullopt) or one misbehaviour.
    struct Target
    {
        QString host;
        cloudcheck::Scheme scheme = cloudcheck::Scheme::Https;
        std::optional<FaultServer::Fault> fault;
    };

    explicit FaultLab(QObject* parent = nullptr);
    ~FaultLab() override;

    // Creates the certificates (a "DigiCert Inc" test root and a *.soak.test leaf) and starts
    // every server. Returns false, with errorString(), when any of that fails.
    bool start();
    QString errorString() const { return m_error; }

    // `count` targets t0001.soak.test ...; every third one (index % 3 == 2) misbehaves, cycling
    // through FaultServer::allFaults(); the others alternate good https and good http.
    static QList<Target> soakTargets(int count);
    // A target for one fault (http or https as the fault needs; SilentAfterAccept as `scheme`).
    static Target faultTarget(FaultServer::Fault fault, cloudcheck::Scheme scheme, int index = 0);

    // One catalog entry per target (service "soak", required), as a catalog and as JSON text
    // for --catalog.
    static cloudcheck::Catalog catalog(const QList<Target>& targets);
    static QByteArray catalogJson(const QList<Target>& targets);

    // Pins every target's host:port to the server it is aimed at.
    QList<cloudcheck::HostOverride> overrides(const QList<Target>& targets) const;
    // The same pins as cloudcheck-cli arguments (--connect-to HOST:PORT:127.0.0.1:PORT ...).
    QStringList connectToArguments(const QList<Target>& targets) const;

    // The CA the probes must trust for the good https server.
    QSslCertificate caCertificate() const { return m_ca.certificate; }
    FaultServer* server(FaultServer::Fault fault) const;
    quint16 portFor(const Target& target) const;

private:
    QString m_error;
    TestIdentity m_ca;
    TestIdentity m_leaf;
    std::unique_ptr<TlsTestServer> m_goodTls;
    std::unique_ptr<PlainHttpServer> m_goodHttp;
    QList<FaultServer*> m_faults; // children, one per FaultServer::allFaults() entry, in order
};

} // namespace cctest
