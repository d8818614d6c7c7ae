#pragma once

#include "catalog/EndpointTypes.h"
#include "result/HostResult.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cctest {

// Writes CLOUDCHECK_FAKE_HOST descriptions (core/platform/fake/FakeHost.h) for tests: start from a
// Cloud Connector host that passes every readiness rule, then break one setting at a time.
class FakeHostBuilder
{
public:
    // Windows Server 2022 with Desktop Experience, a member server, .NET 4.8, the DigiCert roots and
    // intermediate, the same proxy for WinHTTP and the user, Connector 6.148.0 registered to Japan.
    static FakeHostBuilder healthyConnector();

    // A registry value under an HKLM key (written without "HKLM\"), as FakeHost reads it.
    FakeHostBuilder& value(const QString& key, const QString& name, const QJsonValue& value);
    FakeHostBuilder& remove(const QString& key, const QString& name);
    // A top-level field: "domainRole", "winHttpProxy", "userProxy", "certificates".
    FakeHostBuilder& field(const QString& name, const QJsonValue& value);
    FakeHostBuilder& without(const QString& name);

    QByteArray json() const;
    // The host group a run reads from this description (as from CLOUDCHECK_FAKE_HOST), worded by
    // HostDiagnosis; its fakePath is /tmp/fake-host.json, which names no real file.
    cloudcheck::HostResult diagnosed(cloudcheck::Profile profile = cloudcheck::Profile::Connector) const;
    bool write(const QString& path) const;

private:
    QJsonObject m_root;
};

} // namespace cctest
