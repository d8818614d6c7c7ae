#include "HtmlSamples.h"

#include "diagnosis/Diagnosis.h"
#include "result/StepFacts.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace cloudcheck::HtmlSamples {

namespace {

StepResult step(StepKind kind, Verdict verdict, qint64 ms, QJsonObject details = {})
{
    StepResult result;
    result.step = kind;
    result.verdict = verdict;
    result.durationMs = ms;
    result.details = std::move(details);
    return result;
}

QJsonObject certificate(const QString& subject, const QString& issuer, const QJsonArray& names,
                        const QString& sha)
{
    return QJsonObject{{u"subject"_s, subject},
                       {u"issuer"_s, issuer},
                       {u"subjectAltNames"_s, names},
                       {u"notBefore"_s, u"2026-01-01T00:00:00Z"_s},
                       {u"notAfter"_s, u"2027-01-31T23:59:59Z"_s},
                       {u"sha256"_s, sha}};
}

QJsonArray digicertChain(const QString& host)
{
    return {certificate(QString(u"CN=*."_s + host.section(u'.', 1)),
                        u"CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1,O=DigiCert Inc"_s,
                        QJsonArray{QString(u"DNS:*."_s + host.section(u'.', 1))},
                        u"3f:1a:0b:%1"_s.arg(qHash(host) % 997)),
            certificate(u"CN=DigiCert Global G2 TLS RSA SHA256 2020 CA1,O=DigiCert Inc"_s,
                        u"CN=DigiCert Global Root G2,O=DigiCert Inc"_s, {}, u"c8:25:1e:77"_s)};
}

Target target(const QString& scheme, Scheme kind, const QString& host, quint16 port,
              const QStringList& services, bool required)
{
    Target t;
    t.id = scheme + u"://"_s + host + u':' + QString::number(port);
    t.host = host;
    t.port = port;
    t.scheme = kind;
    t.patterns = {scheme + u"://*."_s + host.section(u'.', 1)};
    t.services = services;
    t.required = required;
    t.confidence = Confidence::Documented;
    t.hostConfidence = Confidence::Inferred;
    t.links = {
        u"https://docs.citrix.com/en-us/citrix-cloud/citrix-cloud-resource-locations/citrix-cloud-connector/"
        u"proxy-firewall-configuration.html"_s};
    return t;
}

const Route kProxy =
    Route::viaProxy(Route::Source::Environment, u"proxy.corp.example"_s, 8080, u"https_proxy"_s);

TargetResult passing(const QString& host, const QStringList& services)
{
    TargetResult r;
    r.target = target(u"https"_s, Scheme::Https, host, 443, services, true);
    r.route = kProxy;
    r.steps = {
        step(StepKind::Proxy, Verdict::Pass, 12,
             {{fact::kProxy, u"proxy.corp.example:8080"_s},
              {fact::kRequest, QString(u"CONNECT "_s + host + u":443"_s)},
              {fact::kStatus, 200},
              {fact::kStatusLine, u"HTTP/1.1 200 Connection established"_s}}),
        step(StepKind::Tls, Verdict::Pass, 41,
             {{fact::kProtocol, u"TLSv1.3"_s},
              {fact::kCipher, u"TLS_AES_256_GCM_SHA384"_s},
              {fact::kChain, digicertChain(host)}}),
        step(StepKind::Certificate, Verdict::Pass, 0,
             {{fact::kIssuerOrganizations, QJsonArray{u"DigiCert Inc"_s}},
              {fact::kExpectedIssuers, QJsonArray{u"DigiCert Inc"_s}}}),
        step(StepKind::Http, Verdict::Pass, 55, {{fact::kStatus, 404}, {fact::kHttpVersion, u"1.1"_s}})};
    return r;
}

QList<TargetResult> problems()
{
    QList<TargetResult> out;
    {
        // SSL interception by the proxy, with a certificate full of markup, quotes and controls.
        TargetResult r = passing(u"api.citrixcloud.jp"_s, {u"common"_s});
        const QJsonArray hostile{
            certificate(u"CN=<script>alert(1)</script>,O=\"quoted\" 'single'"_s,
                        u"CN=Contoso Inspect \u202eevil\x1b[31m,O=<b>Contoso</b>"_s,
                        QJsonArray{u"DNS:<img src=x onerror=alert(2)>"_s, u"DNS:api.citrixcloud.jp"_s},
                        u"aa:bb:cc"_s),
            certificate(u"CN=Contoso Inspect CA"_s, u"CN=Contoso Root"_s, {}, u"dd:ee:ff"_s)};
        r.steps[1].details.insert(fact::kChain, hostile);
        r.steps[2].verdict = Verdict::Fail;
        r.steps[2].details = {
            {fact::kIssuerOrganizations, QJsonArray{u"<b>Contoso</b>"_s}},
            {fact::kExpectedIssuers, QJsonArray{u"DigiCert Inc"_s, u"Microsoft Corporation"_s}},
            {fact::kIntercepted, true}};
        r.steps[3] = step(StepKind::Http, Verdict::NotRun, 0, {{fact::kBlockedBy, u"certificate"_s}});
        out << r;
    }
    {
        // A proxy that refuses by policy, with markup in its reply.
        TargetResult r;
        r.target = target(u"https"_s, Scheme::Https, u"jp-api.wem.citrixcloud.jp"_s, 443, {u"wem"_s}, true);
        r.route = kProxy;
        r.steps = {step(StepKind::Proxy, Verdict::Fail, 9,
                        {{fact::kProxy, u"proxy.corp.example:8080"_s},
                         {fact::kRequest, u"CONNECT jp-api.wem.citrixcloud.jp:443"_s},
                         {fact::kStatus, 403},
                         {fact::kStatusLine, u"HTTP/1.1 403 <b>proxy</b> Forbidden"_s},
                         {fact::kSquidError, u"ERR_ACCESS_DENIED 0"_s},
                         {fact::kVia, u"1.1 squid"_s},
                         {fact::kError, factName(ProxyError::Denied)}}),
                   step(StepKind::Tls, Verdict::NotRun, 0, {{fact::kBlockedBy, u"proxy"_s}}),
                   step(StepKind::Certificate, Verdict::NotRun, 0, {{fact::kBlockedBy, u"proxy"_s}}),
                   step(StepKind::Http, Verdict::NotRun, 0, {{fact::kBlockedBy, u"proxy"_s}})};
        out << r;
    }
    {
        // Port 80 silently dropped, direct (the proxy's bypass list).
        TargetResult r;
        r.target = target(u"http"_s, Scheme::Http, u"crl3.digicert.com"_s, 80, {u"certificates"_s}, true);
        r.target.links = {u"https://support.citrix.com/article/CTX223828"_s};
        r.route = Route::direct(Route::Source::Environment, u"no_proxy"_s);
        r.route.bypassRule = u".digicert.com"_s;
        r.steps = {step(StepKind::Dns, Verdict::Pass, 3,
                        {{fact::kAddresses, QJsonArray{u"192.0.2.80"_s}}, {fact::kSource, u"system"_s}}),
                   step(StepKind::Tcp, Verdict::Fail, 5000,
                        {{fact::kPort, 80},
                         {fact::kTimeoutMs, 5000},
                         {fact::kError, factName(ConnectOutcome::Timeout)},
                         {fact::kAttempts, QJsonArray{QJsonObject{{fact::kAddress, u"192.0.2.80"_s},
                                                                  {fact::kOutcome, u"timeout"_s},
                                                                  {fact::kDurationMs, 5000}}}}}),
                   step(StepKind::Http, Verdict::NotRun, 0, {{fact::kBlockedBy, u"tcp"_s}})};
        out << r;
    }
    {
        // A name that does not exist.
        TargetResult r;
        r.target = target(u"https"_s, Scheme::Https, u"customer.citrixworkspacesapi.jp"_s, 443,
                          {u"workspace"_s}, true);
        r.route = Route::direct(Route::Source::Unconfigured);
        r.steps = {step(StepKind::Dns, Verdict::Fail, 21,
                        {{fact::kError, factName(DnsError::Nxdomain)},
                         {fact::kErrorText, u"Name or service not known"_s}}),
                   step(StepKind::Tcp, Verdict::NotRun, 0, {{fact::kBlockedBy, u"dns"_s}})};
        out << r;
    }
    {
        // EDT over UDP: no answer (recommended).
        TargetResult r;
        r.target = target(u"udp"_s, Scheme::Udp, u"global.g.nssvc.net"_s, 443, {u"gateway"_s}, false);
        r.route = Route::direct(Route::Source::NotProxiable);
        r.steps = {step(StepKind::Dns, Verdict::Pass, 4, {{fact::kAddresses, QJsonArray{u"192.0.2.44"_s}}}),
                   step(StepKind::Udp, Verdict::Fail, 5000,
                        {{fact::kAddress, u"192.0.2.44"_s},
                         {fact::kPort, 443},
                         {fact::kTimeoutMs, 5000},
                         {fact::kOutcome, factName(UdpOutcome::NoAnswer)}})};
        out << r;
    }
    {
        // Not checked: needs the Customer ID.
        TargetResult r;
        r.target = target(u"https"_s, Scheme::Https, u"{customerId}.xendesktop.jp"_s, 443, {u"daas"_s}, true);
        r.target.needsCustomerId = true;
        r.route = kProxy;
        out << r;
    }
    {
        // The proxy re-terminates TLS with other suites: the ordinary handshake passes, the one
        // pinned to TLS 1.2 and CTX335879's four suites does not.
        TargetResult r = passing(u"cws.citrixworkspacesapi.jp"_s, {u"common"_s});
        r.target.cipherPolicy = CipherPolicy::CitrixIngress;
        r.steps.insert(
            2, step(StepKind::Cipher, Verdict::Fail, 7,
                    {{fact::kPolicy, u"citrix-ingress"_s},
                     {fact::kOffered,
                      QJsonArray{u"ECDHE-RSA-AES256-GCM-SHA384"_s, u"ECDHE-RSA-AES128-GCM-SHA256"_s,
                                 u"DHE-RSA-AES256-GCM-SHA384"_s, u"DHE-RSA-AES128-GCM-SHA256"_s}},
                     {fact::kProfile, u"connector"_s},
                     {fact::kViaProxy, u"proxy.corp.example:8080"_s},
                     {fact::kError, factName(CipherError::NoSharedSuite)},
                     {fact::kErrorText, u"error:0A000410:SSL routines::sslv3 alert handshake failure"_s}}));
        out << r;
    }
    return out;
}

RunResult base(Language language)
{
    RunResult run;
    run.toolVersion = u"9.9.9"_s;
    run.catalog.name = u"Citrix Cloud Japan"_s;
    run.catalog.version = u"2026.11.0"_s;
    run.catalog.date = u"2026-11-25"_s;
    run.catalog.source =
        u"https://docs.citrix.com/en-us/citrix-cloud-japan/system-requirements/connectivity-requirements.html"_s;
    for (const auto& [id, en, ja] :
         {std::tuple{u"common"_s, u"Common addresses"_s, u"共通アドレス"_s},
          std::tuple{u"certificates"_s, u"Certificate validation"_s, u"証明書の検証"_s},
          std::tuple{u"gateway"_s, u"Citrix Gateway service"_s, u"Citrix Gateway サービス"_s},
          std::tuple{u"daas"_s, u"Citrix DaaS"_s, u"Citrix DaaS"_s},
          std::tuple{u"workspace"_s, u"Citrix Workspace"_s, u"Citrix Workspace"_s},
          std::tuple{u"wem"_s, u"Workspace Environment Management"_s,
                     u"Workspace Environment Management"_s}}) {
        run.catalog.services.append(Service{id, {en, ja}, {en, ja}, false});
        run.services << id;
    }
    run.settings.language = language;
    run.settings.proxy.mode = ProxySetting::Mode::System;
    run.environment.hostname = u"CC01-TOKYO"_s;
    run.environment.os = u"Windows Server 2022"_s;
    run.environment.systemProxy = u"http://proxy.corp.example:8080"_s;
    run.startedAt = QDateTime(QDate(2026, 11, 25), QTime(6, 0), QTimeZone::utc());
    run.finishedAt = run.startedAt.addMSecs(5321);
    return run;
}

void diagnose(RunResult& run)
{
    for (TargetResult& target : run.targets)
        Diagnosis::apply(target);
}

} // namespace

RunResult run(Language language)
{
    RunResult result = base(language);
    result.targets << passing(u"citrix.citrixcloud.jp"_s, {u"common"_s, u"daas"_s});
    result.targets << problems();
    result.targets << passing(u"cc-jp.citrixworkspacesapi.jp"_s, {u"workspace"_s});
    diagnose(result);
    return result;
}

RunResult large(Language language, int count)
{
    RunResult result = base(language);
    const QList<TargetResult> failing = problems();
    for (int i = 0; i < count; ++i) {
        if (i % 10 < failing.size() && i % 10 != 5) { // a third to a half of them fail
            TargetResult r = failing.at(i % 10);
            r.target.host = u"h%1-"_s.arg(i) + r.target.host;
            r.target.id = u"https://"_s + r.target.host + u":"_s + QString::number(r.target.port);
            result.targets << r;
        } else {
            result.targets << passing(u"h%1.citrixcloud.jp"_s.arg(i), {u"common"_s});
        }
    }
    diagnose(result);
    return result;
}

} // namespace cloudcheck::HtmlSamples
