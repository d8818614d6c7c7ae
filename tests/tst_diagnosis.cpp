// Unit tests of Diagnosis: recorded step facts in, findings and verdicts out. The step details
// are built exactly as core/probe/TargetProbe.cpp records them (docs/report-format.md lists the
// keys), so these cases are what a real run hands to the diagnosis.
#include "ResultInspection.h"
#include "diagnosis/Diagnosis.h"
#include "report/ReportWords.h"
#include "result/FindingCode.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace cloudcheck;
using namespace Qt::StringLiterals;
using cctest::findingCodes;

namespace {

const QString kCtx221535 = u"https://support.citrix.com/article/CTX221535"_s;
const QString kCtx223828 = u"https://support.citrix.com/article/CTX223828"_s;
const QString kCtx477396 = u"https://support.citrix.com/article/CTX477396"_s;
const QString kCtx335879 = u"https://support.citrix.com/article/CTX335879"_s;
const QString kProxyDoc = u"https://docs.citrix.com/en-us/citrix-cloud/citrix-cloud-resource-locations/"
                          u"citrix-cloud-connector/proxy-firewall-configuration.html"_s;
const QString kCatalogLink = u"https://example.com/catalog-link"_s;

const QString kHost = u"api.example.jp"_s;
const QString kPattern = u"https://*.example.jp"_s;
const QString kAddress = u"203.0.113.10"_s;
const QString kAddress2 = u"203.0.113.11"_s;
const QString kCrlHost = u"crl3.digicert.com"_s;
const QString kCrlPattern = u"http://*.digicert.com"_s;
const QString kUdpHost = u"global.g.example.net"_s;

Target httpsTarget(bool required = true)
{
    Target target;
    target.id = u"https://api.example.jp:443"_s;
    target.host = kHost;
    target.port = 443;
    target.scheme = Scheme::Https;
    target.patterns = {kPattern};
    target.entryIds = {u"common-api"_s};
    target.services = {u"common"_s};
    target.required = required;
    target.confidence = Confidence::Documented;
    target.expectedIssuers = {u"DigiCert Inc"_s};
    target.links = {kCatalogLink};
    return target;
}

Target httpTarget()
{
    Target target;
    target.id = u"http://crl3.digicert.com:80"_s;
    target.host = kCrlHost;
    target.port = 80;
    target.scheme = Scheme::Http;
    target.patterns = {kCrlPattern};
    target.entryIds = {u"cert-digicert-crl"_s};
    target.services = {u"certificates"_s};
    target.required = true;
    target.links = {kCatalogLink};
    return target;
}

Target udpTarget(bool required = false)
{
    Target target;
    target.id = u"udp://global.g.example.net:443"_s;
    target.host = kUdpHost;
    target.port = 443;
    target.scheme = Scheme::Udp;
    target.patterns = {u"udp://*.g.example.net"_s};
    target.entryIds = {u"gateway-edt"_s};
    target.services = {u"gateway"_s};
    target.required = required;
    return target;
}

StepResult step(StepKind kind, Verdict verdict, qint64 ms, const QJsonObject& details)
{
    return {kind, verdict, ms, details};
}

QJsonObject leafCertificate(const QString& subject = u"CN=api.example.jp, O=Example KK, C=JP"_s,
                            const QString& notBefore = u"2026-01-01T00:00:00Z"_s,
                            const QString& notAfter = u"2027-01-31T23:59:59Z"_s,
                            const QString& issuerOrganization = u"DigiCert Inc"_s)
{
    return {{u"subject"_s, subject},
            {u"issuer"_s, QString(u"CN=Issuing CA, O="_s + issuerOrganization + u", C=US"_s)},
            {u"subjectOrganization"_s, u"Example KK"_s},
            {u"issuerOrganization"_s, issuerOrganization},
            {u"notBefore"_s, notBefore},
            {u"notAfter"_s, notAfter},
            {u"sha256"_s, u"AB:CD:EF"_s},
            {u"serial"_s, u"0a:0b"_s}};
}

StepResult dnsPass(const QString& address = kAddress)
{
    return step(StepKind::Dns, Verdict::Pass, 12,
                {{u"source"_s, u"system"_s}, {u"addresses"_s, QJsonArray{address}}});
}

StepResult tcpPass(quint16 port, qint64 ms = 20)
{
    return step(StepKind::Tcp, Verdict::Pass, ms,
                {{u"port"_s, port},
                 {u"attempts"_s,
                  QJsonArray{QJsonObject{
                      {u"address"_s, kAddress}, {u"outcome"_s, u"connected"_s}, {u"durationMs"_s, ms}}}},
                 {u"address"_s, kAddress}});
}

StepResult tlsPass(const QJsonObject& leaf = leafCertificate(), qint64 ms = 40)
{
    return step(StepKind::Tls, Verdict::Pass, ms,
                {{u"protocol"_s, u"TLSv1.3"_s},
                 {u"cipher"_s, u"TLS_AES_256_GCM_SHA384"_s},
                 {u"chain"_s, QJsonArray{leaf}}});
}

StepResult certificate(const QJsonArray& errors, const QStringList& issuers = {u"DigiCert Inc"_s},
                       bool intercepted = false)
{
    const bool ok = errors.isEmpty() && !intercepted;
    return step(StepKind::Certificate, ok ? Verdict::Pass : Verdict::Fail, 0,
                {{u"errors"_s, errors},
                 {u"expectedIssuers"_s, QJsonArray{u"DigiCert Inc"_s}},
                 {u"issuerOrganizations"_s, QJsonArray::fromStringList(issuers)},
                 {u"intercepted"_s, intercepted}});
}

QJsonObject certError(const QString& kind, const QString& text)
{
    return {{u"kind"_s, kind}, {u"text"_s, text}};
}

QJsonObject httpFacts(int status = 401, double skew = 1)
{
    return {{u"status"_s, status},
            {u"reason"_s, status == 401 ? u"Unauthorized"_s : u"Found"_s},
            {u"httpVersion"_s, u"HTTP/1.1"_s},
            {u"server"_s, u"nginx"_s},
            {u"date"_s, u"Wed, 25 Nov 2026 06:00:00 GMT"_s},
            {u"clockSkewSeconds"_s, skew}};
}

StepResult httpPass(const QJsonObject& details = httpFacts(), qint64 ms = 30)
{
    return step(StepKind::Http, Verdict::Pass, ms, details);
}

StepResult blocked(StepKind kind, const QString& by)
{
    return step(kind, Verdict::NotRun, 0, {{u"blockedBy"_s, by}});
}

TargetResult result(const Target& target, const QList<StepResult>& steps)
{
    TargetResult result;
    result.target = target;
    result.steps = steps;
    result.durationMs = 123;
    return result;
}

// An HTTPS target whose `failing` step failed with `details`; the steps after it are blocked.
TargetResult httpsFailingAt(StepKind failing, qint64 ms, const QJsonObject& details, bool required = true)
{
    QList<StepResult> steps;
    const QList<std::pair<StepKind, QString>> order{{StepKind::Dns, u"dns"_s},
                                                    {StepKind::Tcp, u"tcp"_s},
                                                    {StepKind::Tls, u"tls"_s},
                                                    {StepKind::Certificate, u"certificate"_s},
                                                    {StepKind::Http, u"http"_s}};
    QString blockedBy;
    for (const auto& [kind, name] : order) {
        if (!blockedBy.isEmpty()) {
            steps << blocked(kind, blockedBy);
        } else if (kind == failing) {
            steps << step(kind, Verdict::Fail, ms, details);
            blockedBy = name;
        } else {
            switch (kind) {
            case StepKind::Dns:
                steps << dnsPass();
                break;
            case StepKind::Tcp:
                steps << tcpPass(443);
                break;
            case StepKind::Tls:
                steps << tlsPass();
                break;
            case StepKind::Certificate:
                steps << certificate({});
                break;
            default:
                steps << httpPass();
            }
        }
    }
    return result(httpsTarget(required), steps);
}

// An HTTPS target whose certificate step failed, after a TLS step that captured `leaf`.
TargetResult httpsCertificateFailure(const QJsonObject& leaf, const QJsonArray& errors,
                                     const QStringList& issuers = {u"DigiCert Inc"_s},
                                     bool intercepted = false)
{
    return result(httpsTarget(),
                  {dnsPass(), tcpPass(443), tlsPass(leaf), certificate(errors, issuers, intercepted),
                   blocked(StepKind::Http, u"certificate"_s)});
}

// An HTTPS target where everything passed, with `http` as the last step.
TargetResult httpsPassing(const StepResult& http, qint64 tcpMs = 20, qint64 tlsMs = 40)
{
    return result(httpsTarget(),
                  {dnsPass(), tcpPass(443, tcpMs), tlsPass(leafCertificate(), tlsMs), certificate({}), http});
}

// A Citrix ingress target whose every step passed but the pinned TLS 1.2 handshake, which ended
// with `verdict` and `details` (added to the facts CipherStep always records).
TargetResult httpsWithCipherStep(Verdict verdict, const QJsonObject& details)
{
    QJsonObject facts{
        {u"policy"_s, u"citrix-ingress"_s},
        {u"offered"_s, QJsonArray{u"ECDHE-RSA-AES256-GCM-SHA384"_s, u"ECDHE-RSA-AES128-GCM-SHA256"_s,
                                  u"DHE-RSA-AES256-GCM-SHA384"_s, u"DHE-RSA-AES128-GCM-SHA256"_s}},
        {u"profile"_s, u"connector"_s},
        {u"address"_s, kAddress}};
    for (auto it = details.begin(); it != details.end(); ++it)
        facts.insert(it.key(), it.value());
    Target target = httpsTarget();
    target.cipherPolicy = CipherPolicy::CitrixIngress;
    return result(target, {dnsPass(), tcpPass(443), tlsPass(), step(StepKind::Cipher, verdict, 25, facts),
                           certificate({}), httpPass()});
}

TargetResult httpFailingTcp(const QJsonObject& tcpDetails)
{
    return result(httpTarget(), {dnsPass(), step(StepKind::Tcp, Verdict::Fail, 5001, tcpDetails),
                                 blocked(StepKind::Http, u"tcp"_s)});
}

QJsonObject tcpFailure(const QString& error, const QString& outcome, quint16 port, const QString& errorText,
                       bool twoAddresses = false)
{
    QJsonArray attempts;
    for (const QString& address : twoAddresses ? QStringList{kAddress, kAddress2} : QStringList{kAddress}) {
        QJsonObject attempt{{u"address"_s, address}, {u"outcome"_s, outcome}, {u"durationMs"_s, 3}};
        if (!errorText.isEmpty())
            attempt.insert(u"errorText"_s, errorText);
        attempts.append(attempt);
    }
    QJsonObject details{{u"port"_s, port}, {u"attempts"_s, attempts}, {u"error"_s, error}};
    if (error == u"timeout")
        details.insert(u"timeoutMs"_s, 5000);
    return details;
}

} // namespace

Q_DECLARE_METATYPE(cloudcheck::TargetResult)

class DiagnosisTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data();
    void findings();
    void recommendedFailureIsWarning_data();
    void recommendedFailureIsWarning();
    void unexplainedFailureIsNeverPass_data();
    void unexplainedFailureIsNeverPass();
    void needsCustomerIdIsNotRun();
    void cutTunnelIsReportedWithItsDuration();
    void onlyThePacPathWorksForTheConnector();
    void compareDirectSaysWhichPathWorks();
    void cancelledIsNotRun();
    void allPassIsPass();
    void applyReplacesEarlierFindings();
    void everySpecCodeExists();
    void everyCodeIsDocumentedWithItsFix();
};

void DiagnosisTest::findings_data()
{
    QTest::addColumn<TargetResult>("input");
    QTest::addColumn<QStringList>("codes");    // every finding, in order
    QTest::addColumn<Verdict>("severity");     // of the first finding
    QTest::addColumn<Verdict>("verdict");      // the target's
    QTest::addColumn<QStringList>("facts");    // the first finding's message must contain each
    QTest::addColumn<QString>("remedy");       // its remediation must contain this
    QTest::addColumn<QStringList>("links");    // its links must include each
    QTest::addColumn<QStringList>("notLinks"); // and none of these

    const QStringList tlsLinks{kCtx221535, kProxyDoc, kCatalogLink};

    // --- DNS --------------------------------------------------------------------------------
    QTest::newRow("DNS_NXDOMAIN") << httpsFailingAt(StepKind::Dns, 37,
                                                    {{u"source"_s, u"system"_s},
                                                     {u"addresses"_s, QJsonArray{}},
                                                     {u"error"_s, u"nxdomain"_s},
                                                     {u"errorText"_s, u"Host not found"_s}})
                                  << QStringList{u"DNS_NXDOMAIN"_s} << Verdict::Fail << Verdict::Fail
                                  << QStringList{kHost, u"37 ms"_s, u"Host not found"_s} << kPattern
                                  << QStringList{kProxyDoc, kCatalogLink} << QStringList{kCtx223828};
    QTest::newRow("DNS_SERVFAIL") << httpsFailingAt(
                                         StepKind::Dns, 2004,
                                         {{u"source"_s, u"system"_s},
                                          {u"addresses"_s, QJsonArray{}},
                                          {u"error"_s, u"servfail"_s},
                                          {u"errorText"_s, u"Temporary failure in name resolution"_s}})
                                  << QStringList{u"DNS_SERVFAIL"_s} << Verdict::Fail << Verdict::Fail
                                  << QStringList{kHost, u"2004 ms"_s,
                                                 u"Temporary failure in name resolution"_s}
                                  << u"DNS servers"_s << QStringList{kProxyDoc} << QStringList{};
    QTest::newRow("DNS_TIMEOUT")
        << httpsFailingAt(StepKind::Dns, 5001,
                          {{u"source"_s, u"system"_s}, {u"error"_s, u"timeout"_s}, {u"timeoutMs"_s, 5000}})
        << QStringList{u"DNS_TIMEOUT"_s} << Verdict::Fail << Verdict::Fail << QStringList{kHost, u"5000 ms"_s}
        << u"port 53"_s << QStringList{kProxyDoc} << QStringList{};
    QTest::newRow("DNS_SINKHOLE only sinkhole answers: fail")
        << httpsFailingAt(StepKind::Dns, 8,
                          {{u"source"_s, u"system"_s},
                           {u"addresses"_s, QJsonArray{u"0.0.0.0"_s}},
                           {u"error"_s, u"sinkhole"_s},
                           {u"sinkholeAddresses"_s, QJsonArray{u"0.0.0.0"_s}}})
        << QStringList{u"DNS_SINKHOLE"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"0.0.0.0"_s} << kPattern << QStringList{kProxyDoc} << QStringList{};
    {
        TargetResult mixed = httpsPassing(httpPass());
        mixed.steps[0] = step(StepKind::Dns, Verdict::Warn, 9,
                              {{u"source"_s, u"system"_s},
                               {u"addresses"_s, QJsonArray{kAddress, u"10.1.2.3"_s}},
                               {u"error"_s, u"sinkhole"_s},
                               {u"sinkholeAddresses"_s, QJsonArray{u"10.1.2.3"_s}}});
        QTest::newRow("DNS_SINKHOLE one public answer: warn")
            << mixed << QStringList{u"DNS_SINKHOLE"_s} << Verdict::Warn << Verdict::Warn
            << QStringList{kHost, u"10.1.2.3"_s} << kPattern << QStringList{kProxyDoc} << QStringList{};
    }

    // --- TCP --------------------------------------------------------------------------------
    QTest::newRow("TCP_REFUSED on 443")
        << httpsFailingAt(StepKind::Tcp, 3,
                          tcpFailure(u"refused"_s, u"refused"_s, 443, u"Connection refused"_s))
        << QStringList{u"TCP_REFUSED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, kAddress, u"TCP port 443"_s, u"refused after 3 ms"_s}
        << u"Allow outbound TCP port 443 to "_s + kPattern << QStringList{kProxyDoc}
        << QStringList{kCtx223828};
    QTest::newRow("TCP_REFUSED on 80")
        << httpFailingTcp(tcpFailure(u"refused"_s, u"refused"_s, 80, u"Connection refused"_s))
        << QStringList{u"TCP_REFUSED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kCrlHost, kAddress, u"TCP port 80"_s} << u"revocation (CRL)"_s
        << QStringList{kCtx223828, kProxyDoc} << QStringList{};
    QTest::newRow("TCP_TIMEOUT on 443")
        << httpsFailingAt(StepKind::Tcp, 5001, tcpFailure(u"timeout"_s, u"timeout"_s, 443, {}, true))
        << QStringList{u"TCP_TIMEOUT"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, kAddress + u", "_s + kAddress2, u"TCP port 443"_s, u"5000 ms"_s}
        << u"Allow outbound TCP port 443 to "_s + kPattern << QStringList{kProxyDoc}
        << QStringList{kCtx223828};
    QTest::newRow("TCP_TIMEOUT on 80")
        << httpFailingTcp(tcpFailure(u"timeout"_s, u"timeout"_s, 80, {})) << QStringList{u"TCP_TIMEOUT"_s}
        << Verdict::Fail << Verdict::Fail << QStringList{kCrlHost, kAddress, u"TCP port 80"_s, u"5000 ms"_s}
        << u"revocation (CRL)"_s << QStringList{kCtx223828} << QStringList{};
    QTest::newRow("TCP_UNREACHABLE on 443")
        << httpsFailingAt(StepKind::Tcp, 2,
                          tcpFailure(u"unreachable"_s, u"unreachable"_s, 443, u"Network unreachable"_s))
        << QStringList{u"TCP_UNREACHABLE"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, kAddress, u"TCP port 443"_s, u"(after 2 ms)"_s, u"Network unreachable"_s}
        << kPattern << QStringList{kProxyDoc} << QStringList{kCtx223828};
    QTest::newRow("TCP_UNREACHABLE on 80")
        << httpFailingTcp(tcpFailure(u"unreachable"_s, u"unreachable"_s, 80, u"Network unreachable"_s))
        << QStringList{u"TCP_UNREACHABLE"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kCrlHost, kAddress, u"TCP port 80"_s, u"Network unreachable"_s}
        << u"revocation (CRL)"_s << QStringList{kCtx223828} << QStringList{};

    // --- TLS --------------------------------------------------------------------------------
    QTest::newRow("TLS_HANDSHAKE_FAILED handshake")
        << httpsFailingAt(StepKind::Tls, 15,
                          {{u"error"_s, u"handshake"_s},
                           {u"errorText"_s, u"error:0A000410:SSL routines::sslv3 alert handshake failure"_s}})
        << QStringList{u"TLS_HANDSHAKE_FAILED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"(after 15 ms)"_s, u"sslv3 alert handshake failure"_s} << kPattern << tlsLinks
        << QStringList{};
    QTest::newRow("TLS_HANDSHAKE_FAILED not_tls")
        << httpsFailingAt(StepKind::Tls, 3,
                          {{u"error"_s, u"not_tls"_s},
                           {u"errorText"_s, u"error:0A00010B:SSL routines::wrong version number"_s}})
        << QStringList{u"TLS_HANDSHAKE_FAILED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"in plain text"_s, u"wrong version number"_s} << u"without redirection"_s
        << tlsLinks << QStringList{};
    QTest::newRow("TLS_HANDSHAKE_FAILED timeout")
        << httpsFailingAt(StepKind::Tls, 5001, {{u"error"_s, u"timeout"_s}, {u"timeoutMs"_s, 5000}})
        << QStringList{u"TLS_HANDSHAKE_FAILED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"5000 ms"_s} << kPattern << tlsLinks << QStringList{};
    QTest::newRow("TLS_HANDSHAKE_FAILED closed")
        << httpsFailingAt(
               StepKind::Tls, 4,
               {{u"error"_s, u"closed"_s}, {u"errorText"_s, u"The remote host closed the connection"_s}})
        << QStringList{u"TLS_HANDSHAKE_FAILED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"The remote host closed the connection"_s} << kPattern << tlsLinks
        << QStringList{};
    QTest::newRow("TLS_PROTOCOL_TOO_OLD")
        << httpsFailingAt(StepKind::Tls, 6,
                          {{u"error"_s, u"protocol_too_old"_s},
                           {u"errorText"_s, u"error:0A00042E:SSL routines::tlsv1 alert protocol version"_s}})
        << QStringList{u"TLS_PROTOCOL_TOO_OLD"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"tlsv1 alert protocol version"_s} << u"TLS 1.2"_s << tlsLinks << QStringList{};

    // --- cipher (Citrix ingress hosts, CTX335879) -------------------------------------------
    const QStringList cipherLinks{kCtx335879, kCtx221535, kProxyDoc, kCatalogLink};
    QTest::newRow("TLS_CIPHER_UNSUPPORTED no shared suite")
        << httpsWithCipherStep(
               Verdict::Fail,
               {{u"error"_s, u"no_shared_suite"_s},
                {u"errorText"_s, u"error:0A000410:SSL routines::sslv3 alert handshake failure"_s}})
        << QStringList{u"TLS_CIPHER_UNSUPPORTED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost,
                       u"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"_s,
                       u"TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"_s,
                       u"accepted none of them"_s,
                       u"sslv3 alert handshake failure"_s,
                       u"TLSv1.3 TLS_AES_256_GCM_SHA384"_s,
                       u"directly"_s}
        << u"SSL decryption"_s << cipherLinks << QStringList{kCtx223828};
    QTest::newRow("TLS_CIPHER_UNSUPPORTED through a proxy, TLS 1.2 refused")
        << httpsWithCipherStep(
               Verdict::Fail,
               {{u"error"_s, u"tls12_refused"_s},
                {u"errorText"_s, u"error:0A00042E:SSL routines::tlsv1 alert protocol version"_s},
                {u"viaProxy"_s, u"10.0.0.5:8080"_s}})
        << QStringList{u"TLS_CIPHER_UNSUPPORTED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{u"through the proxy 10.0.0.5:8080"_s, u"refused TLS 1.2"_s} << kPattern << cipherLinks
        << QStringList{};
    QTest::newRow("TLS_CIPHER_UNSUPPORTED timeout")
        << httpsWithCipherStep(Verdict::Fail, {{u"error"_s, u"timeout"_s}, {u"timeoutMs"_s, 5000}})
        << QStringList{u"TLS_CIPHER_UNSUPPORTED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{u"5000 ms"_s} << u"SSL Cipher Suite Order"_s << cipherLinks << QStringList{};
    QTest::newRow("TLS_CIPHER_UNSUPPORTED under browser: warn")
        << httpsWithCipherStep(Verdict::Warn, {{u"error"_s, u"closed"_s}, {u"profile"_s, u"browser"_s}})
        << QStringList{u"TLS_CIPHER_UNSUPPORTED"_s} << Verdict::Warn << Verdict::Warn
        << QStringList{u"closed during the handshake"_s} << kPattern << cipherLinks << QStringList{};
    QTest::newRow("cipher suite negotiated: pass")
        << httpsWithCipherStep(Verdict::Pass, {{u"protocol"_s, u"TLSv1.2"_s},
                                               {u"cipher"_s, u"ECDHE-RSA-AES256-GCM-SHA384"_s}})
        << QStringList{} << Verdict::Pass << Verdict::Pass << QStringList{} << QString() << QStringList{}
        << QStringList{};
    QTest::newRow("cipher check could not open its connection: not a pass")
        << httpsWithCipherStep(Verdict::NotRun,
                               {{u"reason"_s, u"path_failed"_s},
                                {u"pathStep"_s, u"tcp"_s},
                                {u"path"_s, tcpFailure(u"refused"_s, u"refused"_s, 443, u"refused"_s)}})
        << QStringList{} << Verdict::Pass << Verdict::NotRun << QStringList{} << QString() << QStringList{}
        << QStringList{};

    // --- certificate ------------------------------------------------------------------------
    QTest::newRow("CERT_EXPIRED")
        << httpsCertificateFailure(leafCertificate({}, u"2024-01-01T00:00:00Z"_s, u"2025-01-31T23:59:59Z"_s),
                                   {certError(u"expired"_s, u"The certificate has expired"_s)})
        << QStringList{u"CERT_EXPIRED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"2025-01-31T23:59:59Z"_s} << kPattern << tlsLinks << QStringList{};
    QTest::newRow("CERT_NOT_YET_VALID")
        << httpsCertificateFailure(leafCertificate({}, u"2027-06-01T00:00:00Z"_s, u"2028-06-01T00:00:00Z"_s),
                                   {certError(u"not_yet_valid"_s, u"The certificate is not yet valid"_s)})
        << QStringList{u"CERT_NOT_YET_VALID"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"2027-06-01T00:00:00Z"_s} << u"NTP"_s << tlsLinks << QStringList{};
    QTest::newRow("CERT_HOSTNAME_MISMATCH")
        << httpsCertificateFailure(
               leafCertificate(u"CN=blocked.proxy.example, O=Contoso, C=JP"_s),
               {certError(u"hostname_mismatch"_s, u"The host name did not match any of the valid hosts"_s)})
        << QStringList{u"CERT_HOSTNAME_MISMATCH"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"CN=blocked.proxy.example, O=Contoso, C=JP"_s} << kPattern << tlsLinks
        << QStringList{};
    QTest::newRow("CERT_UNTRUSTED")
        << httpsCertificateFailure(
               leafCertificate(),
               {certError(u"untrusted"_s,
                          u"The issuer certificate of a locally looked up certificate could not be found"_s)})
        << QStringList{u"CERT_UNTRUSTED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"DigiCert Inc"_s,
                       u"The issuer certificate of a locally looked up certificate could not be found"_s}
        << kPattern << QStringList{kCtx221535, kCtx477396, kProxyDoc} << QStringList{};
    QTest::newRow("CERT_UNTRUSTED from kind other")
        << httpsCertificateFailure(leafCertificate(),
                                   {certError(u"other"_s, u"The certificate is invalid"_s)})
        << QStringList{u"CERT_UNTRUSTED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"The certificate is invalid"_s} << kPattern << QStringList{kCtx221535}
        << QStringList{};
    QTest::newRow("CERT_REVOKED") << httpsCertificateFailure(
                                         leafCertificate(),
                                         {certError(u"revoked"_s, u"The certificate has been revoked"_s)})
                                  << QStringList{u"CERT_REVOKED"_s} << Verdict::Fail << Verdict::Fail
                                  << QStringList{kHost} << u"security team"_s << tlsLinks << QStringList{};
    QTest::newRow("TLS_INTERCEPTED, inspection CA trusted")
        << httpsCertificateFailure(leafCertificate({}, u"2026-01-01T00:00:00Z"_s, u"2027-01-31T23:59:59Z"_s,
                                                   u"Contoso Inspection CA"_s),
                                   {}, {u"Contoso Inspection CA"_s}, true)
        << QStringList{u"TLS_INTERCEPTED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"Contoso Inspection CA"_s, u"DigiCert Inc"_s}
        << u"Exclude "_s + kPattern + u" from SSL decryption"_s << tlsLinks << QStringList{};
    QTest::newRow("TLS_INTERCEPTED, inspection CA not trusted")
        << httpsCertificateFailure(leafCertificate({}, u"2026-01-01T00:00:00Z"_s, u"2027-01-31T23:59:59Z"_s,
                                                   u"Contoso Inspection CA"_s),
                                   {certError(u"untrusted"_s, u"The root certificate is not trusted"_s)},
                                   {u"Contoso Inspection CA"_s}, true)
        << QStringList{u"TLS_INTERCEPTED"_s, u"CERT_UNTRUSTED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"Contoso Inspection CA"_s, u"DigiCert Inc"_s} << kPattern << tlsLinks
        << QStringList{};

    // --- HTTP -------------------------------------------------------------------------------
    QTest::newRow("HTTP_UNEXPECTED timeout")
        << httpsFailingAt(StepKind::Http, 5001, {{u"error"_s, u"timeout"_s}, {u"timeoutMs"_s, 5000}})
        << QStringList{u"HTTP_UNEXPECTED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"5000 ms"_s} << kPattern << QStringList{kProxyDoc} << QStringList{};
    QTest::newRow("HTTP_UNEXPECTED malformed")
        << httpsFailingAt(
               StepKind::Http, 7,
               {{u"error"_s, u"malformed"_s}, {u"received"_s, u"SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n"_s}})
        << QStringList{u"HTTP_UNEXPECTED"_s} << Verdict::Fail << Verdict::Fail
        << QStringList{kHost, u"SSH-2.0-OpenSSH_9.2p1"_s} << kPattern << QStringList{kProxyDoc}
        << QStringList{};
    QTest::newRow("HTTP_UNEXPECTED closed")
        << httpsFailingAt(StepKind::Http, 7, {{u"error"_s, u"closed"_s}}) << QStringList{u"HTTP_UNEXPECTED"_s}
        << Verdict::Fail << Verdict::Fail << QStringList{kHost, u"closed the connection"_s} << kPattern
        << QStringList{kProxyDoc} << QStringList{};
    {
        QJsonObject redirect = httpFacts(302);
        redirect.insert(u"location"_s, u"http://filter.corp.example/blocked?url=crl3"_s);
        QTest::newRow("HTTP_UNEXPECTED cross-domain redirect over http")
            << result(httpTarget(), {dnsPass(), tcpPass(80), httpPass(redirect)})
            << QStringList{u"HTTP_UNEXPECTED"_s} << Verdict::Warn << Verdict::Warn
            << QStringList{kCrlHost, u"http://filter.corp.example/blocked?url=crl3"_s, u"HTTP 302"_s}
            << kCrlPattern << QStringList{kCtx223828, kProxyDoc} << QStringList{};

        QJsonObject sameDomain = httpFacts(301);
        sameDomain.insert(u"location"_s, u"https://www.digicert.com/"_s);
        QTest::newRow("same-domain redirect over http is fine")
            << result(httpTarget(), {dnsPass(), tcpPass(80), httpPass(sameDomain)}) << QStringList{}
            << Verdict::Pass << Verdict::Pass << QStringList{} << QString() << QStringList{} << QStringList{};

        QJsonObject relative = httpFacts(302);
        relative.insert(u"location"_s, u"/CRL/index.html"_s);
        QTest::newRow("relative redirect over http is fine")
            << result(httpTarget(), {dnsPass(), tcpPass(80), httpPass(relative)}) << QStringList{}
            << Verdict::Pass << Verdict::Pass << QStringList{} << QString() << QStringList{} << QStringList{};

        QJsonObject overHttps = httpFacts(302);
        overHttps.insert(u"location"_s, u"https://login.other-idp.example/sso"_s);
        QTest::newRow("cross-domain redirect over https is fine")
            << httpsPassing(httpPass(overHttps)) << QStringList{} << Verdict::Pass << Verdict::Pass
            << QStringList{} << QString() << QStringList{} << QStringList{};
    }

    // --- clock, speed, UDP ------------------------------------------------------------------
    QTest::newRow("CLOCK_SKEW ahead 400 s")
        << httpsPassing(httpPass(httpFacts(401, 400))) << QStringList{u"CLOCK_SKEW"_s} << Verdict::Warn
        << Verdict::Warn << QStringList{kHost, u"400 seconds ahead of"_s, u"Wed, 25 Nov 2026 06:00:00 GMT"_s}
        << u"NTP"_s << QStringList{kProxyDoc} << QStringList{};
    QTest::newRow("CLOCK_SKEW behind 400 s")
        << httpsPassing(httpPass(httpFacts(401, -400))) << QStringList{u"CLOCK_SKEW"_s} << Verdict::Warn
        << Verdict::Warn << QStringList{kHost, u"400 seconds behind"_s} << u"NTP"_s << QStringList{kProxyDoc}
        << QStringList{};
    QTest::newRow("CLOCK_SKEW 301 s")
        << httpsPassing(httpPass(httpFacts(401, 301))) << QStringList{u"CLOCK_SKEW"_s} << Verdict::Warn
        << Verdict::Warn << QStringList{u"301 seconds"_s} << u"NTP"_s << QStringList{} << QStringList{};
    QTest::newRow("skew 300 s is within the limit")
        << httpsPassing(httpPass(httpFacts(401, 300))) << QStringList{} << Verdict::Pass << Verdict::Pass
        << QStringList{} << QString() << QStringList{} << QStringList{};
    QTest::newRow("skew 200 s is nothing")
        << httpsPassing(httpPass(httpFacts(401, 200))) << QStringList{} << Verdict::Pass << Verdict::Pass
        << QStringList{} << QString() << QStringList{} << QStringList{};
    QTest::newRow("SLOW_RESPONSE tcp 1500 ms")
        << httpsPassing(httpPass(), 1500) << QStringList{u"SLOW_RESPONSE"_s} << Verdict::Warn << Verdict::Warn
        << QStringList{kHost, u"The TCP connection took 1500 ms (limit 1000 ms)"_s} << u"proxy"_s
        << QStringList{kProxyDoc} << QStringList{};
    QTest::newRow("SLOW_RESPONSE tls 2500 ms")
        << httpsPassing(httpPass(), 20, 2500) << QStringList{u"SLOW_RESPONSE"_s} << Verdict::Warn
        << Verdict::Warn << QStringList{kHost, u"The TLS handshake took 2500 ms (limit 2000 ms)"_s}
        << u"proxy"_s << QStringList{} << QStringList{};
    QTest::newRow("SLOW_RESPONSE http 3500 ms")
        << httpsPassing(httpPass(httpFacts(), 3500)) << QStringList{u"SLOW_RESPONSE"_s} << Verdict::Warn
        << Verdict::Warn << QStringList{kHost, u"The HTTP request took 3500 ms (limit 3000 ms)"_s}
        << u"proxy"_s << QStringList{} << QStringList{};
    QTest::newRow("tcp 1000 ms is not slow")
        << httpsPassing(httpPass(), 1000) << QStringList{} << Verdict::Pass << Verdict::Pass << QStringList{}
        << QString() << QStringList{} << QStringList{};
    QTest::newRow("UDP_BLOCKED") << result(udpTarget(), {dnsPass(), step(StepKind::Udp, Verdict::Fail, 5002,
                                                                         {{u"address"_s, kAddress},
                                                                          {u"port"_s, 443},
                                                                          {u"outcome"_s, u"no_answer"_s},
                                                                          {u"timeoutMs"_s, 5000}})})
                                 << QStringList{u"UDP_BLOCKED"_s} << Verdict::Warn << Verdict::Warn
                                 << QStringList{kUdpHost, u"UDP port 443"_s, u"5000 ms"_s}
                                 << u"UDP port 443"_s << QStringList{kProxyDoc} << QStringList{};
    QTest::newRow("UDP answered") << result(udpTarget(), {dnsPass(), step(StepKind::Udp, Verdict::Pass, 31,
                                                                          {{u"address"_s, kAddress},
                                                                           {u"port"_s, 443},
                                                                           {u"outcome"_s, u"answered"_s}})})
                                  << QStringList{} << Verdict::Pass << Verdict::Pass << QStringList{}
                                  << QString() << QStringList{} << QStringList{};
}

void DiagnosisTest::findings()
{
    QFETCH(TargetResult, input);
    QFETCH(QStringList, codes);
    QFETCH(Verdict, severity);
    QFETCH(Verdict, verdict);
    QFETCH(QStringList, facts);
    QFETCH(QString, remedy);
    QFETCH(QStringList, links);
    QFETCH(QStringList, notLinks);

    Diagnosis::apply(input);
    QCOMPARE(findingCodes(input), codes);
    QCOMPARE(input.verdict, verdict);
    QCOMPARE(input.reason, QString());
    if (codes.isEmpty())
        return;

    const Finding& finding = input.findings.first();
    QCOMPARE(finding.severity, severity);
    for (const QString& fact : facts)
        QVERIFY2(finding.message.contains(fact),
                 qPrintable(u"\""_s + fact + u"\" not in: "_s + finding.message));
    QVERIFY2(finding.remediation.contains(remedy),
             qPrintable(u"\""_s + remedy + u"\" not in: "_s + finding.remediation));
    // Every finding points somewhere: at least the connector's proxy and firewall page.
    QVERIFY(finding.links.contains(kProxyDoc));
    for (const QString& link : links)
        QVERIFY2(finding.links.contains(link), qPrintable(link + u" not in: "_s + finding.links.join(u' ')));
    for (const QString& link : notLinks)
        QVERIFY2(!finding.links.contains(link), qPrintable(link + u" unexpectedly in the links"_s));
    QStringList unique = finding.links;
    QCOMPARE(unique.removeDuplicates(), 0);
}

void DiagnosisTest::recommendedFailureIsWarning_data()
{
    QTest::addColumn<TargetResult>("input");
    QTest::addColumn<QString>("code");
    QTest::newRow("TCP_REFUSED") << httpsFailingAt(StepKind::Tcp, 3,
                                                   tcpFailure(u"refused"_s, u"refused"_s, 443, u"refused"_s),
                                                   false)
                                 << u"TCP_REFUSED"_s;
    QTest::newRow("DNS_NXDOMAIN") << httpsFailingAt(StepKind::Dns, 3,
                                                    {{u"source"_s, u"system"_s},
                                                     {u"addresses"_s, QJsonArray{}},
                                                     {u"error"_s, u"nxdomain"_s},
                                                     {u"errorText"_s, u"Host not found"_s}},
                                                    false)
                                  << u"DNS_NXDOMAIN"_s;
    QTest::newRow("TLS_HANDSHAKE_FAILED")
        << httpsFailingAt(StepKind::Tls, 3, {{u"error"_s, u"handshake"_s}, {u"errorText"_s, u"alert"_s}},
                          false)
        << u"TLS_HANDSHAKE_FAILED"_s;
}

void DiagnosisTest::recommendedFailureIsWarning()
{
    QFETCH(TargetResult, input);
    QFETCH(QString, code);
    Diagnosis::apply(input);
    QCOMPARE(findingCodes(input), QStringList{code});
    QCOMPARE(input.findings.first().severity, Verdict::Warn);
    QCOMPARE(input.verdict, Verdict::Warn);
}

void DiagnosisTest::unexplainedFailureIsNeverPass_data()
{
    QTest::addColumn<TargetResult>("input");
    QTest::addColumn<Verdict>("verdict");
    QTest::newRow("dns fail without error")
        << httpsFailingAt(StepKind::Dns, 5, {{u"source"_s, u"system"_s}}) << Verdict::Fail;
    QTest::newRow("tcp fail without error")
        << httpsFailingAt(StepKind::Tcp, 5, {{u"port"_s, 443}, {u"attempts"_s, QJsonArray{}}})
        << Verdict::Fail;
    QTest::newRow("tls fail without error") << httpsFailingAt(StepKind::Tls, 5, {}) << Verdict::Fail;
    {
        // The certificate step failed, yet recorded neither an error nor an interception.
        TargetResult certificateFailed = httpsCertificateFailure(leafCertificate(), {});
        certificateFailed.steps[3].verdict = Verdict::Fail;
        QTest::newRow("certificate fail without errors") << certificateFailed << Verdict::Fail;
    }
    QTest::newRow("recommended tcp fail without error")
        << httpsFailingAt(StepKind::Tcp, 5, {{u"port"_s, 443}}, false) << Verdict::Warn;
    TargetResult udpError =
        result(udpTarget(true),
               {dnsPass(),
                step(StepKind::Udp, Verdict::Error, 0,
                     {{u"address"_s, kAddress}, {u"port"_s, 443}, {u"errorText"_s, u"Unable to bind"_s}})});
    QTest::newRow("udp step error") << udpError << Verdict::Error;
}

void DiagnosisTest::unexplainedFailureIsNeverPass()
{
    QFETCH(TargetResult, input);
    QFETCH(Verdict, verdict);
    Diagnosis::apply(input);
    QCOMPARE(input.findings.size(), 0);
    QCOMPARE(input.verdict, verdict);
}

void DiagnosisTest::needsCustomerIdIsNotRun()
{
    Target target = httpsTarget();
    target.id = u"https://{customerId}.xendesktop.jp:443"_s;
    target.host = u"{customerId}.xendesktop.jp"_s;
    target.needsCustomerId = true;
    QList<StepResult> steps;
    for (StepKind kind : {StepKind::Dns, StepKind::Tcp, StepKind::Tls, StepKind::Certificate, StepKind::Http})
        steps << step(kind, Verdict::NotRun, 0, {{u"reason"_s, u"needs_customer_id"_s}});
    TargetResult input = result(target, steps);
    input.findings << Finding{FindingCode::DnsNxdomain, Verdict::Fail, u"stale"_s, u"stale"_s, {}};

    Diagnosis::apply(input);
    QCOMPARE(input.verdict, Verdict::NotRun);
    QCOMPARE(input.findings.size(), 0);
    QVERIFY2(input.reason.contains(u"Customer ID"_s), qPrintable(input.reason));
}

void DiagnosisTest::cancelledIsNotRun()
{
    TargetResult input =
        result(httpsTarget(), {dnsPass(), step(StepKind::Tcp, Verdict::NotRun, 250, {{u"cancelled"_s, true}}),
                               step(StepKind::Tls, Verdict::NotRun, 0, {{u"cancelled"_s, true}}),
                               step(StepKind::Certificate, Verdict::NotRun, 0, {{u"cancelled"_s, true}}),
                               step(StepKind::Http, Verdict::NotRun, 0, {{u"cancelled"_s, true}})});
    input.cancelled = true;
    Diagnosis::apply(input);
    QCOMPARE(input.verdict, Verdict::NotRun);
    QCOMPARE(input.findings.size(), 0);
    QVERIFY2(input.reason.contains(u"cancelled"_s), qPrintable(input.reason));

    // Cancelled before the first step finished: still not run, never pass.
    TargetResult early = result(httpsTarget(), {});
    for (StepKind kind : {StepKind::Dns, StepKind::Tcp, StepKind::Tls, StepKind::Certificate, StepKind::Http})
        early.steps << step(kind, Verdict::NotRun, 0, {{u"cancelled"_s, true}});
    early.cancelled = true;
    Diagnosis::apply(early);
    QCOMPARE(early.verdict, Verdict::NotRun);
    QVERIFY2(early.reason.contains(u"cancelled"_s), qPrintable(early.reason));
}

void DiagnosisTest::allPassIsPass()
{
    TargetResult https = httpsPassing(httpPass());
    Diagnosis::apply(https);
    QCOMPARE(https.verdict, Verdict::Pass);
    QCOMPARE(https.findings.size(), 0);
    QCOMPARE(https.reason, QString());

    TargetResult http = result(httpTarget(), {dnsPass(), tcpPass(80), httpPass(httpFacts(200))});
    Diagnosis::apply(http);
    QCOMPARE(http.verdict, Verdict::Pass);
    QCOMPARE(http.findings.size(), 0);

    // No steps at all is not a pass.
    TargetResult empty = result(httpsTarget(), {});
    Diagnosis::apply(empty);
    QCOMPARE(empty.verdict, Verdict::NotRun);
}

void DiagnosisTest::applyReplacesEarlierFindings()
{
    TargetResult input =
        httpsFailingAt(StepKind::Tcp, 3, tcpFailure(u"refused"_s, u"refused"_s, 443, u"refused"_s));
    input.findings << Finding{FindingCode::ClockSkew, Verdict::Warn, u"stale"_s, u"stale"_s, {}};
    input.reason = u"stale"_s;
    Diagnosis::apply(input);
    Diagnosis::apply(input);
    QCOMPARE(findingCodes(input), QStringList{u"TCP_REFUSED"_s});
    QCOMPARE(input.reason, QString());
}

void DiagnosisTest::everySpecCodeExists()
{
    // SPEC.md's code table is a contract with scripts: every code, spelled exactly.
    const QStringList spec{
        u"DNS_NXDOMAIN"_s,
        u"DNS_TIMEOUT"_s,
        u"DNS_SERVFAIL"_s,
        u"DNS_SINKHOLE"_s,
        u"TCP_REFUSED"_s,
        u"TCP_TIMEOUT"_s,
        u"TCP_UNREACHABLE"_s,
        u"PROXY_UNREACHABLE"_s,
        u"PROXY_AUTH_REQUIRED"_s,
        u"PROXY_AUTH_FAILED"_s,
        u"PROXY_DENIED"_s,
        u"PROXY_UNSUPPORTED_FOR_CONNECTOR"_s,
        u"TLS_HANDSHAKE_FAILED"_s,
        u"TLS_PROTOCOL_TOO_OLD"_s,
        u"CERT_UNTRUSTED"_s,
        u"CERT_EXPIRED"_s,
        u"CERT_NOT_YET_VALID"_s,
        u"CERT_HOSTNAME_MISMATCH"_s,
        u"TLS_INTERCEPTED"_s,
        u"REVOCATION_UNREACHABLE"_s,
        u"CERT_REVOKED"_s,
        u"HTTP_UNEXPECTED"_s,
        u"CLOCK_SKEW"_s,
        u"SLOW_RESPONSE"_s,
        u"UDP_BLOCKED"_s,
        u"PROXY_PAC_FAILED"_s,
        u"REVOCATION_INVALID"_s,
        u"PROXY_TUNNEL_CUT"_s,
        u"TLS_CIPHER_UNSUPPORTED"_s,
        // The host group (issue 12): this machine's own settings.
        u"HOST_TLS12_DISABLED"_s,
        u"HOST_CIPHERS_MISSING"_s,
        u"HOST_DOTNET_WEAK_CRYPTO"_s,
        u"HOST_FIPS"_s,
        u"HOST_IE_ESC"_s,
        u"HOST_UNSUPPORTED_OS"_s,
        u"HOST_DOMAIN_ROLE"_s,
        u"HOST_ROOTS_MISSING"_s,
        u"HOST_WINHTTP_MISMATCH"_s,
        u"HOST_CONNECTOR_OUTDATED"_s,
        u"HOST_CONNECTOR_WRONG_REGION"_s,
    };
    const QStringList names = allFindingCodeNames();
    for (const QString& code : spec) {
        QVERIFY2(names.contains(code), qPrintable(code));
        const auto parsed = findingCodeFromName(code);
        QVERIFY2(parsed.has_value(), qPrintable(code));
        QCOMPARE(findingCodeName(*parsed), code);
    }
    // Nothing beyond the contract, and no name twice.
    QStringList sorted = names;
    sorted.sort();
    QStringList expected = spec;
    expected.sort();
    QCOMPARE(sorted, expected);
}

// Every code the engine can emit is explained where the network team reads it: a row in
// docs/report-format.md with a meaning and a fix, and a title and an owner in every report.
void DiagnosisTest::everyCodeIsDocumentedWithItsFix()
{
    QFile file(QStringLiteral(CLOUDCHECK_DOCS_DIR) + u"/report-format.md"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QHash<QString, QStringList> rows;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        static const QRegularExpression row(u"^\\| `([A-Z0-9_]+)` \\|(.*)$"_s);
        if (const auto match = row.match(line); match.hasMatch())
            rows.insert(match.captured(1), match.captured(2).split(u'|'));
    }
    const QStringList names = allFindingCodeNames();
    QVERIFY(!names.isEmpty());
    for (const QString& name : names) {
        QVERIFY2(rows.contains(name), qPrintable(name + u" has no row in report-format.md"_s));
        const QStringList columns = rows.value(name);
        QVERIFY2(columns.size() >= 3, qPrintable(name));
        QVERIFY2(!columns.at(0).trimmed().isEmpty(), qPrintable(name + u": no meaning"_s));
        QVERIFY2(!columns.at(1).trimmed().isEmpty(), qPrintable(name + u": no fix"_s));
        const FindingCode code = *findingCodeFromName(name);
        QVERIFY2(!ReportWords::findingTitle(code).isEmpty(), qPrintable(name));
        QVERIFY2(!ReportWords::findingOwner(code).isEmpty(), qPrintable(name));
    }
    // And nothing documented that the engine does not know.
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        QVERIFY2(names.contains(it.key()), qPrintable(it.key() + u" is documented but unknown"_s));
}

void DiagnosisTest::cutTunnelIsReportedWithItsDuration()
{
    TargetResult cut = httpsPassing(step(StepKind::Http, Verdict::Pass, 30, {{u"status"_s, 200}}));
    cut.route = Route::viaProxy(Route::Source::Manual, u"10.0.0.5"_s, 8080, u"--proxy"_s);
    cut.heldTunnel = HeldTunnel{HeldTunnel::Kind::Cut, u"10.0.0.5:8080"_s, 60, 4200, {}};
    Diagnosis::apply(cut);
    QCOMPARE(cut.verdict, Verdict::Fail);
    QCOMPARE(cut.findings.size(), 1);
    QCOMPARE(cut.findings.first().code, FindingCode::ProxyTunnelCut);
    QVERIFY2(cut.findings.first().message.contains(u"after 4.2 s"_s),
             qPrintable(cut.findings.first().message));
    QVERIFY(cut.findings.first().message.contains(u"60 s"_s));

    // Held as asked, or never opened: nothing to report on the address itself.
    for (const HeldTunnel::Kind kind : {HeldTunnel::Kind::Held, HeldTunnel::Kind::Failed}) {
        TargetResult held = httpsPassing(step(StepKind::Http, Verdict::Pass, 30, {{u"status"_s, 200}}));
        held.heldTunnel = HeldTunnel{kind, u"10.0.0.5:8080"_s, 60, 60000, {}};
        Diagnosis::apply(held);
        QCOMPARE(held.verdict, Verdict::Pass);
    }
}

void DiagnosisTest::onlyThePacPathWorksForTheConnector()
{
    TargetResult direct = httpFailingTcp(tcpFailure(u"timeout"_s, u"timeout"_s, 80, QString()));
    direct.route = Route::direct(Route::Source::Unconfigured);
    Route pac = Route::viaProxy(Route::Source::Pac, u"10.0.0.5"_s, 8080, u"pac:http://wpad.corp/proxy.pac"_s);
    pac.pacReturned = u"PROXY 10.0.0.5:8080"_s;
    direct.alternate = AlternatePath{AlternatePath::Purpose::PacForConnector, pac, Verdict::Pass, {}, {}, {}};
    Diagnosis::apply(direct);
    QCOMPARE(direct.verdict, Verdict::Fail);
    const auto unsupported =
        std::find_if(direct.findings.cbegin(), direct.findings.cend(),
                     [](const Finding& f) { return f.code == FindingCode::ProxyUnsupportedForConnector; });
    QVERIFY(unsupported != direct.findings.cend());
    QVERIFY2(unsupported->message.contains(u"the PAC script http://wpad.corp/proxy.pac"_s),
             qPrintable(unsupported->message));
    QVERIFY2(unsupported->remediation.contains(u"netsh winhttp set proxy proxy-server=\"10.0.0.5:8080\""_s),
             qPrintable(unsupported->remediation));
    QVERIFY(direct.alternate->note.startsWith(u"The PAC script's path works"_s));

    // When the PAC's path fails too, nothing is added beyond the note.
    TargetResult both = httpFailingTcp(tcpFailure(u"timeout"_s, u"timeout"_s, 80, QString()));
    both.alternate = AlternatePath{AlternatePath::Purpose::PacForConnector, pac, Verdict::Fail, {}, {}, {}};
    Diagnosis::apply(both);
    for (const Finding& finding : std::as_const(both.findings))
        QVERIFY(finding.code != FindingCode::ProxyUnsupportedForConnector);
    QVERIFY(both.alternate->note.startsWith(u"The PAC script's path fails too"_s));
}

void DiagnosisTest::compareDirectSaysWhichPathWorks()
{
    TargetResult direct = httpFailingTcp(tcpFailure(u"timeout"_s, u"timeout"_s, 80, QString()));
    direct.route = Route::direct(Route::Source::Disabled);
    direct.alternate = AlternatePath{AlternatePath::Purpose::CompareDirect,
                                     Route::viaProxy(Route::Source::SystemSettings, u"10.0.0.5"_s, 8080),
                                     Verdict::Pass,
                                     {},
                                     {},
                                     {}};
    Diagnosis::apply(direct);
    QVERIFY2(direct.alternate->note.startsWith(
                 u"Direct is blocked (TCP_TIMEOUT); through the proxy 10.0.0.5:8080"_s),
             qPrintable(direct.alternate->note));
    QVERIFY(direct.alternate->note.contains(u"netsh winhttp set proxy 10.0.0.5:8080"_s));
    // The comparison explains; it never turns a failure into a pass.
    QCOMPARE(direct.verdict, Verdict::Fail);
}

QTEST_GUILESS_MAIN(DiagnosisTest)
#include "tst_diagnosis.moc"
