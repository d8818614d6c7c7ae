#include "Diagnosis.h"

#include "catalog/CipherPolicy.h"
#include "result/StepFacts.h"
#include "support/Language.h"

#include <QJsonArray>
#include <QUrl>
#include <algorithm>

namespace cloudcheck {

const QString Diagnosis::kCtx221535 = QStringLiteral("https://support.citrix.com/article/CTX221535");
const QString Diagnosis::kCtx223828 = QStringLiteral("https://support.citrix.com/article/CTX223828");
const QString Diagnosis::kCtx477396 = QStringLiteral("https://support.citrix.com/article/CTX477396");
const QString Diagnosis::kCtx335879 = QStringLiteral("https://support.citrix.com/article/CTX335879");
const QString Diagnosis::kProxyFirewallDoc =
    QStringLiteral("https://docs.citrix.com/en-us/citrix-cloud/citrix-cloud-resource-locations/"
                   "citrix-cloud-connector/proxy-firewall-configuration.html");

namespace {

QString joinStrings(const QJsonValue& array)
{
    QStringList parts;
    for (const QJsonValue& item : array.toArray())
        parts << item.toString();
    return joinList(parts);
}

// Collects the findings for one target, with the facts every message repeats.
class FindingWriter
{
public:
    explicit FindingWriter(const TargetResult& result) : m_result(result) {}

    QString host() const { return m_result.target.host; }
    QString port() const { return QString::number(m_result.target.port); }
    QString pattern() const
    {
        return m_result.target.patterns.isEmpty() ? host() : joinList(m_result.target.patterns);
    }
    bool isPlainHttp() const { return m_result.target.scheme == Scheme::Http; }

    void add(FindingCode code, Verdict severity, const QString& message, const QString& remediation,
             QStringList links = {})
    {
        for (const QString& link : m_result.target.links) {
            if (!links.contains(link))
                links << link;
        }
        if (!links.contains(Diagnosis::kProxyFirewallDoc))
            links << Diagnosis::kProxyFirewallDoc;
        // A recommended address never fails the run; its problems are warnings.
        if (!m_result.target.required && severity == Verdict::Fail)
            severity = Verdict::Warn;
        m_findings.append({code, severity, message, remediation, links});
    }

    QList<Finding> take() { return std::move(m_findings); }

private:
    const TargetResult& m_result;
    QList<Finding> m_findings;
};

void diagnoseDns(const StepResult& step, FindingWriter& out)
{
    const auto error = readFact<DnsError>(step.details, fact::kError);
    const QString ms = QString::number(step.durationMs);
    if (error == DnsError::Nxdomain) {
        out.add(
            FindingCode::DnsNxdomain, Verdict::Fail,
            Diagnosis::tr("The DNS server says %1 does not exist (answer after %2 ms: %3).")
                .arg(out.host(), ms, step.details.value(fact::kErrorText).toString()),
            Diagnosis::tr("Make sure this machine uses DNS servers that resolve public internet names, and "
                          "that no DNS filter blocks %1.")
                .arg(out.pattern()));
    } else if (error == DnsError::Servfail) {
        out.add(FindingCode::DnsServfail, Verdict::Fail,
                Diagnosis::tr("The DNS server failed to resolve %1 (after %2 ms: %3).")
                    .arg(out.host(), ms, step.details.value(fact::kErrorText).toString()),
                Diagnosis::tr("Check that the DNS servers configured on this machine are reachable and can "
                              "forward queries for public names."));
    } else if (error == DnsError::Timeout) {
        out.add(
            FindingCode::DnsTimeout, Verdict::Fail,
            Diagnosis::tr("No DNS answer for %1 within %2 ms.")
                .arg(out.host(), QString::number(step.details.value(fact::kTimeoutMs).toInt())),
            Diagnosis::tr("Check that the DNS servers configured on this machine answer, and that outbound "
                          "DNS (UDP and TCP port 53) to them is allowed."));
    } else if (error == DnsError::Sinkhole) {
        out.add(
            FindingCode::DnsSinkhole, step.verdict == Verdict::Fail ? Verdict::Fail : Verdict::Warn,
            Diagnosis::tr("%1 resolved to %2, which cannot be the public Citrix Cloud service. A DNS filter, "
                          "a sinkhole or a hosts-file entry is answering instead.")
                .arg(out.host(), joinStrings(step.details.value(fact::kSinkholeAddresses))),
            Diagnosis::tr(
                "Remove the override for %1 from the DNS filter, the internal DNS zone or the hosts "
                "file, so that the public address is returned.")
                .arg(out.pattern()));
    }
}

void diagnoseTcp(const StepResult& step, const TargetResult& result, FindingWriter& out)
{
    const auto error = readFact<ConnectOutcome>(step.details, fact::kError);
    if (!error)
        return;
    QStringList tried;
    for (const QJsonValue& attempt : step.details.value(fact::kAttempts).toArray())
        tried << attempt.toObject().value(fact::kAddress).toString();
    const QString addresses = joinList(tried);
    // The message states the port actually tried (a --connect-to may redirect it); the fix names
    // the service's port, which is what the firewall rule must allow.
    const QString port = QString::number(step.details.value(fact::kPort).toInt(result.target.port));
    const QString servicePort = QString::number(result.target.port);
    const QString protocolHint =
        out.isPlainHttp()
            ? Diagnosis::tr(
                  " Port 80 carries the certificate revocation (CRL) checks the Cloud Connector needs "
                  "during installation and afterwards.")
            : QString();
    const QStringList links = out.isPlainHttp() ? QStringList{Diagnosis::kCtx223828} : QStringList{};

    if (error == ConnectOutcome::Refused) {
        out.add(FindingCode::TcpRefused, Verdict::Fail,
                Diagnosis::tr("The connection to %1 (%2) on TCP port %3 was refused after %4 ms.")
                    .arg(out.host(), addresses, port, QString::number(step.durationMs)),
                Diagnosis::tr(
                    "A firewall rejects the connection, or the address points at the wrong server. Allow "
                    "outbound TCP port %1 to %2 on the firewall.")
                        .arg(servicePort, out.pattern()) +
                    protocolHint,
                links);
    } else if (error == ConnectOutcome::Timeout) {
        out.add(
            FindingCode::TcpTimeout, Verdict::Fail,
            Diagnosis::tr("No answer from %1 (%2) on TCP port %3 within %4 ms: the packets are silently "
                          "dropped.")
                .arg(out.host(), addresses, port,
                     QString::number(step.details.value(fact::kTimeoutMs).toInt())),
            Diagnosis::tr("A firewall drops outbound TCP port %1 to this address. Allow outbound TCP port %1 "
                          "to %2; allow the wildcard domain rather than single addresses, because the "
                          "service's addresses change.")
                    .arg(servicePort, out.pattern()) +
                protocolHint,
            links);
    } else {
        QString detail;
        for (const QJsonValue& attempt : step.details.value(fact::kAttempts).toArray()) {
            const QString text = attempt.toObject().value(fact::kErrorText).toString();
            if (!text.isEmpty() && !detail.contains(text))
                detail += (detail.isEmpty() ? QString() : QStringLiteral("; ")) + text;
        }
        out.add(FindingCode::TcpUnreachable, Verdict::Fail,
                Diagnosis::tr("%1 (%2) on TCP port %3 is unreachable from this machine (after %4 ms): %5.")
                    .arg(out.host(), addresses, port, QString::number(step.durationMs), detail),
                Diagnosis::tr(
                    "This machine has no route to the address, or a local firewall blocks it. Check the "
                    "default gateway and routes, and allow outbound TCP port %1 to %2.")
                        .arg(servicePort, out.pattern()) +
                    protocolHint,
                links);
    }
}

void diagnoseTls(const StepResult& step, FindingWriter& out)
{
    const auto error = readFact<TlsError>(step.details, fact::kError);
    const QString text = step.details.value(fact::kErrorText).toString();
    if (!error)
        return;
    if (error == TlsError::ProtocolTooOld) {
        out.add(
            FindingCode::TlsProtocolTooOld, Verdict::Fail,
            Diagnosis::tr(
                "%1 and this machine found no common TLS version (%2). Citrix Cloud accepts TLS 1.2 "
                "and later only.")
                .arg(out.host(), text),
            Diagnosis::tr("Enable TLS 1.2 for clients on this machine (SCHANNEL registry settings, and "
                          "SchUseStrongCrypto for .NET). If a proxy or firewall re-terminates TLS, it must "
                          "offer TLS 1.2 or later, or exclude %1 from SSL decryption.")
                .arg(out.pattern()),
            {Diagnosis::kCtx221535});
    } else if (error == TlsError::NotTls) {
        out.add(
            FindingCode::TlsHandshakeFailed, Verdict::Fail,
            Diagnosis::tr(
                "%1 answered the TLS handshake in plain text (%2): something other than the service "
                "answers on this port, such as a captive portal, a block page or a transparent proxy.")
                .arg(out.host(), text),
            Diagnosis::tr("Find the device that answers in the service's place and let %1 through it without "
                          "redirection. If the site allows the internet only through a proxy, configure that "
                          "proxy for the Cloud Connector (netsh winhttp set proxy).")
                .arg(out.pattern()),
            {Diagnosis::kCtx221535});
    } else if (error == TlsError::Timeout) {
        out.add(
            FindingCode::TlsHandshakeFailed, Verdict::Fail,
            Diagnosis::tr("%1 accepted the TCP connection but did not complete a TLS handshake within %2 ms.")
                .arg(out.host(), QString::number(step.details.value(fact::kTimeoutMs).toInt())),
            Diagnosis::tr("Something in the path holds the connection without answering, as firewalls and "
                          "proxies with TLS inspection do for destinations they do not allow. Allow %1 and "
                          "exclude it from SSL decryption.")
                .arg(out.pattern()),
            {Diagnosis::kCtx221535});
    } else {
        out.add(
            FindingCode::TlsHandshakeFailed, Verdict::Fail,
            Diagnosis::tr("%1 did not complete the TLS handshake (after %2 ms). Detail from the TLS "
                          "library: \"%3\".")
                .arg(out.host(), QString::number(step.durationMs), text),
            Diagnosis::tr("A proxy or firewall that inspects or filters TLS usually causes this. Exclude %1 "
                          "from SSL decryption (CTX221535). Citrix Cloud needs TLS 1.2 or later with "
                          "ECDHE or DHE AES-GCM cipher suites.")
                .arg(out.pattern()),
            {Diagnosis::kCtx221535});
    }
}

// The pinned TLS 1.2 handshake of a Citrix ingress host (CTX335879): the ordinary handshake may
// have passed on TLS 1.3 or on other suites, which the Cloud Connector cannot use.
void diagnoseCipher(const StepResult& step, const TargetResult& result, FindingWriter& out)
{
    const auto error = readFact<CipherError>(step.details, fact::kError);
    if (!error || (step.verdict != Verdict::Fail && step.verdict != Verdict::Warn))
        return;
    QString why;
    switch (*error) {
    case CipherError::NoSharedSuite:
        why = Diagnosis::tr("it accepted none of them");
        break;
    case CipherError::Tls12Refused:
        why = Diagnosis::tr("it refused TLS 1.2 altogether");
        break;
    case CipherError::Closed:
        why = Diagnosis::tr("the connection was closed during the handshake");
        break;
    case CipherError::Timeout:
        why = Diagnosis::tr("no answer within %1 ms")
                  .arg(QString::number(step.details.value(fact::kTimeoutMs).toInt()));
        break;
    case CipherError::Handshake:
        why = Diagnosis::tr("the handshake failed");
        break;
    }
    if (const QString detail = step.details.value(fact::kErrorText).toString();
        !detail.isEmpty() && *error != CipherError::Timeout)
        why = Diagnosis::tr("%1 (detail from the TLS library: \"%2\")").arg(why, detail);
    QStringList suites;
    const auto policy = cipherPolicyFromName(step.details.value(fact::kPolicy).toString());
    for (const CipherSuite& suite : cipherSuitesFor(policy.value_or(CipherPolicy::CitrixIngress)))
        suites << suite.ianaName;
    const QString proxy = step.details.value(fact::kViaProxy).toString();
    const QString path =
        proxy.isEmpty() ? Diagnosis::tr("directly") : Diagnosis::tr("through the proxy %1").arg(proxy);
    QString message =
        Diagnosis::tr("Offered only the TLS 1.2 cipher suites the Citrix Cloud ingress accepts (%1), %2 "
                      "(reached %3) negotiated none of them: %4.")
            .arg(joinList(suites), out.host(), path, why);
    if (const StepResult* tls = result.step(StepKind::Tls); tls && tls->verdict == Verdict::Pass) {
        const QString negotiated = QString(tls->details.value(fact::kProtocol).toString() + u' ' +
                                           tls->details.value(fact::kCipher).toString())
                                       .trimmed();
        if (!negotiated.isEmpty())
            message +=
                u' ' +
                Diagnosis::tr("The ordinary handshake, free to choose, negotiated %1.").arg(negotiated);
    }
    out.add(
        FindingCode::TlsCipherUnsupported, step.verdict == Verdict::Fail ? Verdict::Fail : Verdict::Warn,
        message,
        Diagnosis::tr(
            "The Cloud Connector reaches Citrix Cloud with these suites only (CTX335879). The usual cause "
            "is a proxy or firewall that inspects TLS and re-terminates it with other suites: exclude %1 "
            "from SSL decryption, or have the device offer TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384 or "
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256. On the Cloud Connector machine, keep these suites "
            "enabled in the SSL Cipher Suite Order policy.")
            .arg(out.pattern()),
        {Diagnosis::kCtx335879, Diagnosis::kCtx221535});
}

void diagnoseCertificate(const StepResult& step, const TargetResult& result, FindingWriter& out)
{
    const QJsonArray chain = result.step(StepKind::Tls)
                                 ? result.step(StepKind::Tls)->details.value(fact::kChain).toArray()
                                 : QJsonArray();
    const QJsonObject leaf = chain.isEmpty() ? QJsonObject() : chain.first().toObject();
    const QString issuers = joinStrings(step.details.value(fact::kIssuerOrganizations));
    const QString issuerShown = issuers.isEmpty() ? leaf.value(QStringLiteral("issuer")).toString() : issuers;

    if (step.details.value(fact::kIntercepted).toBool()) {
        // "Entrust, Inc." ends a sentence of its own: one period, not two.
        QString expected = joinStrings(step.details.value(fact::kExpectedIssuers));
        if (expected.endsWith(u'.'))
            expected.chop(1);
        out.add(FindingCode::TlsIntercepted, Verdict::Fail,
                Diagnosis::tr(
                    "The certificate %1 presented was issued by \"%2\", not by the expected %3. Something "
                    "in the path decrypts and re-signs the connection (SSL decryption).")
                    .arg(out.host(), issuerShown, expected),
                Diagnosis::tr(
                    "Exclude %1 from SSL decryption (TLS inspection) on the proxy or firewall. The Cloud "
                    "Connector pins the real certificate chain and fails through inspection.")
                    .arg(out.pattern()),
                {Diagnosis::kCtx221535});
    }

    QStringList seen;
    for (const QJsonValue& value : step.details.value(fact::kErrors).toArray()) {
        const QString kind = value.toObject().value(fact::kKind).toString();
        const QString text = value.toObject().value(fact::kText).toString();
        if (seen.contains(kind))
            continue;
        seen << kind;
        if (kind == u"expired") {
            out.add(
                FindingCode::CertExpired, Verdict::Fail,
                Diagnosis::tr("The certificate of %1 expired on %2 (this machine's clock says %3).")
                    .arg(out.host(), leaf.value(QStringLiteral("notAfter")).toString(),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                Diagnosis::tr("First check this machine's date and time. If they are right, the certificate "
                              "does not come from Citrix: a device in the path serves an old one. Exclude %1 "
                              "from SSL decryption.")
                    .arg(out.pattern()),
                {Diagnosis::kCtx221535});
        } else if (kind == u"not_yet_valid") {
            out.add(FindingCode::CertNotYetValid, Verdict::Fail,
                    Diagnosis::tr(
                        "The certificate of %1 is valid only from %2, but this machine's clock says %3.")
                        .arg(out.host(), leaf.value(QStringLiteral("notBefore")).toString(),
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                    Diagnosis::tr(
                        "This machine's clock is probably behind. Synchronise it with NTP (w32tm /resync) "
                        "and check the time zone."),
                    {Diagnosis::kCtx221535});
        } else if (kind == u"hostname_mismatch") {
            out.add(FindingCode::CertHostnameMismatch, Verdict::Fail,
                    Diagnosis::tr("The certificate presented for %1 belongs to \"%2\".")
                        .arg(out.host(), leaf.value(QStringLiteral("subject")).toString()),
                    Diagnosis::tr(
                        "The connection reaches a different server, such as a block page, a captive portal "
                        "or a proxy answering for %1. Check DNS and the proxy's rules for %2.")
                        .arg(out.host(), out.pattern()),
                    {Diagnosis::kCtx221535});
        } else if (kind == u"revoked") {
            out.add(FindingCode::CertRevoked, Verdict::Fail,
                    Diagnosis::tr("The certificate of %1 has been revoked.").arg(out.host()),
                    Diagnosis::tr(
                        "Do not trust this connection. Report it to the security team, and check whether a "
                        "device in the path serves this certificate."),
                    {Diagnosis::kCtx221535});
        } else {
            out.add(FindingCode::CertUntrusted, Verdict::Fail,
                    Diagnosis::tr("The certificate of %1, issued by \"%2\", is not trusted by this machine. "
                                  "Detail from the TLS library: \"%3\".")
                        .arg(out.host(), issuerShown, text),
                    Diagnosis::tr(
                        "If the issuer is DigiCert, update the machine's trusted root certificates (DigiCert "
                        "Global Root G2) and allow http://cacerts.digicert.com. If it is your company's "
                        "proxy, exclude %1 from SSL decryption.")
                        .arg(out.pattern()),
                    {Diagnosis::kCtx477396, Diagnosis::kCtx221535});
        }
    }
}

QString registrableSuffix(const QString& host)
{
    const QStringList labels = host.split(u'.');
    return labels.size() <= 2 ? host : labels.mid(labels.size() - 2).join(u'.');
}

void diagnoseHttp(const StepResult& step, FindingWriter& out)
{
    const auto error = readFact<HttpError>(step.details, fact::kError);
    if (error) {
        QString message;
        if (error == HttpError::Timeout) {
            message = Diagnosis::tr("%1 accepted the connection but sent no HTTP response within %2 ms.")
                          .arg(out.host(), QString::number(step.details.value(fact::kTimeoutMs).toInt()));
        } else if (error == HttpError::Malformed) {
            message = Diagnosis::tr("%1 answered with something that is not HTTP: \"%2\".")
                          .arg(out.host(), step.details.value(fact::kReceived).toString().left(80));
        } else {
            message = Diagnosis::tr("%1 closed the connection without an HTTP response.").arg(out.host());
        }
        out.add(
            FindingCode::HttpUnexpected, Verdict::Fail, message,
            Diagnosis::tr("A firewall, proxy or filter in the path answers instead of the service. Allow %1 "
                          "on it, and exclude it from content filtering and SSL decryption.")
                .arg(out.pattern()),
            {Diagnosis::kCtx221535});
        return;
    }

    const int status = step.details.value(fact::kStatus).toInt();
    const QString location = step.details.value(fact::kLocation).toString();
    // Over HTTPS a verified certificate proves the answer came from the service itself. Over
    // plain HTTP a redirect to another domain is how captive portals and block pages show up.
    if (out.isPlainHttp() && status >= 300 && status < 400 && !location.isEmpty()) {
        const QString target = QUrl(location).host();
        if (!target.isEmpty() && registrableSuffix(target) != registrableSuffix(out.host())) {
            out.add(FindingCode::HttpUnexpected, Verdict::Warn,
                    Diagnosis::tr(
                        "%1 redirected the request to %2 (HTTP %3), which looks like a captive portal or "
                        "block page rather than the service.")
                        .arg(out.host(), location, QString::number(status)),
                    Diagnosis::tr("Allow plain HTTP (port 80) to %1 without redirection or filtering.")
                        .arg(out.pattern()),
                    {Diagnosis::kCtx223828});
        }
    }

    const QJsonValue skew = step.details.value(fact::kClockSkewSeconds);
    if (skew.isDouble() && std::abs(skew.toDouble()) > Diagnosis::kClockSkewLimitSeconds) {
        const qint64 seconds = qint64(skew.toDouble());
        out.add(FindingCode::ClockSkew, Verdict::Warn,
                Diagnosis::tr("This machine's clock is %1 seconds %2 the time reported by %3 (%4).")
                    .arg(QString::number(std::abs(seconds)),
                         seconds > 0 ? Diagnosis::tr("ahead of") : Diagnosis::tr("behind"), out.host(),
                         step.details.value(fact::kDate).toString()),
                Diagnosis::tr(
                    "Synchronise the clock with a reliable NTP source (w32tm /resync on Windows). A skew "
                    "of more than 5 minutes breaks certificate and token validation."));
    }
}

void diagnoseUdp(const StepResult& step, FindingWriter& out)
{
    if (step.verdict != Verdict::Fail)
        return;
    out.add(FindingCode::UdpBlocked, Verdict::Warn,
            Diagnosis::tr("No answer to a DTLS hello sent to %1 on UDP port %2 within %3 ms.")
                .arg(out.host(), out.port(),
                     QString::number(step.details.value(fact::kTimeoutMs).toInt(int(step.durationMs)))),
            Diagnosis::tr(
                "HDX sessions will fall back to TCP, which is slower over long distances. Allow outbound "
                "UDP port 443 to %1 for Enlightened Data Transport (EDT).")
                .arg(out.pattern()));
}

QString quotedProxyReply(const QJsonObject& details)
{
    QStringList parts;
    if (const QString line = details.value(fact::kStatusLine).toString(); !line.isEmpty())
        parts << u'"' + line + u'"';
    for (const auto& [key, header] :
         {std::pair{fact::kSquidError, "X-Squid-Error"}, std::pair{fact::kProxyStatus, "Proxy-Status"},
          std::pair{fact::kVia, "Via"}}) {
        if (const QString value = details.value(key).toString(); !value.isEmpty())
            parts << QLatin1String(header) + QStringLiteral(": ") + value;
    }
    return parts.join(QStringLiteral("; "));
}

QString schemesOf(const QJsonValue& value)
{
    if (value.isArray())
        return joinStrings(value);
    return value.toString();
}

// "with the credentials given" or "as the logged-on user (single sign-on)".
QString signInWay(const QJsonObject& details)
{
    return details.value(fact::kSignInWith).toString() == u"credentials"
               ? Diagnosis::tr("with the credentials given")
               : Diagnosis::tr("as the logged-on user (single sign-on)");
}

// The tunnel opened only after signing in: a browser gets through, the Cloud Connector cannot.
void diagnoseSignedInProxy(const StepResult& step, const TargetResult& result, FindingWriter& out)
{
    if (readFact<SignInOutcome>(step.details, fact::kSignIn) != SignInOutcome::Accepted ||
        !step.details.contains(fact::kProfile) ||
        profileFromName(step.details.value(fact::kProfile).toString()) == Profile::Browser)
        return;
    const Route& route = result.route;
    out.add(FindingCode::ProxyUnsupportedForConnector, Verdict::Fail,
            Diagnosis::tr("The proxy %1 (from %2) lets %3 through only after signing in (%4, %5). A browser "
                          "gets through this way; the Cloud Connector cannot, because it supports only a "
                          "proxy without authentication.")
                .arg(route.proxyAuthority(), Diagnosis::routeOrigin(route), out.host() + u':' + out.port(),
                     step.details.value(fact::kSignInScheme).toString(), signInWay(step.details)),
            Diagnosis::tr("Give the Cloud Connector a way out without signing in: on the proxy, allow %1 "
                          "without authentication for the Cloud Connector machines (by source address), or "
                          "set a proxy that needs no sign-in with netsh winhttp set proxy (or a bypass for "
                          "the Citrix addresses). Then restart the Citrix Cloud services.")
                .arg(out.pattern()));
}

void diagnoseProxy(const StepResult& step, const TargetResult& result, FindingWriter& out)
{
    const auto error = readFact<ProxyError>(step.details, fact::kError);
    if (!error) {
        diagnoseSignedInProxy(step, result, out);
        return;
    }
    const Route& route = result.route;
    const QString proxy = route.proxyAuthority();
    const QString origin = Diagnosis::routeOrigin(route);
    const QString destination = out.host() + u':' + out.port();
    const QString ms = QString::number(step.durationMs);
    const QString timeoutMs = QString::number(step.details.value(fact::kTimeoutMs).toInt());
    const QString checkSetting = Diagnosis::tr("Check the proxy address and port in %1.").arg(origin);
    switch (*error) {
    case ProxyError::RouteProblem: {
        const QString problem = step.details.value(fact::kRouteProblem).toString();
        if (problem.startsWith(QStringLiteral("pac_failed:"))) {
            out.add(
                FindingCode::ProxyPacFailed, Verdict::Fail,
                Diagnosis::tr("%1 could not be used for %2: %3. Nothing was sent anywhere for it.")
                    .arg(origin, out.host(), Diagnosis::pacFailureText(problem.mid(11))),
                Diagnosis::tr("Fix the PAC script, or check with the proxy it should choose (--proxy "
                              "http://host:port). The Cloud Connector itself cannot use PAC scripts: give "
                              "it a fixed proxy (netsh winhttp set proxy)."));
        } else if (problem.startsWith(QStringLiteral("pac_unsupported:"))) {
            out.add(
                FindingCode::ProxyUnsupportedForConnector, Verdict::Fail,
                Diagnosis::tr("%1 answers \"%2\" for %3: SOCKS and other proxy kinds the Cloud Connector "
                              "cannot use.")
                    .arg(origin, problem.mid(16), out.host()),
                Diagnosis::tr("Have the PAC script return an HTTP proxy (PROXY host:port) or DIRECT for %1; "
                              "the Cloud Connector supports HTTP proxies only.")
                    .arg(out.pattern()));
        } else if (problem == u"pac_not_supported") {
            out.add(
                FindingCode::ProxyPacFailed, Verdict::Fail,
                Diagnosis::tr("%1 turns on automatic proxy detection (WPAD) without a script address. "
                              "CloudCheck never follows WPAD (it would send queries off this machine), so "
                              "%2 was not checked.")
                    .arg(origin, out.host()),
                Diagnosis::tr("Check again with the script WPAD finds (--proxy pac:URL) or the proxy it "
                              "chooses (--proxy http://host:port). The Cloud Connector itself cannot use "
                              "PAC scripts: give it a fixed proxy (netsh winhttp set proxy)."));
        } else {
            out.add(FindingCode::ProxyUnreachable, Verdict::Fail,
                    Diagnosis::tr("The proxy setting in %1 cannot be used to reach %2 (%3).")
                        .arg(origin, out.host(), Diagnosis::routeProblemText(problem)),
                    Diagnosis::tr("Set an HTTP proxy as http://host:port. The Cloud Connector supports HTTP "
                                  "proxies only, not SOCKS."));
        }
        return;
    }
    case ProxyError::ResolverBusy:
        return; // the tool's own limit, not the network's: the step's error verdict says so
    case ProxyError::NameNotResolved:
        out.add(FindingCode::ProxyUnreachable, Verdict::Fail,
                step.details.contains(fact::kTimeoutMs)
                    ? Diagnosis::tr("The name of the proxy %1 (from %2) did not resolve within %3 ms.")
                          .arg(proxy, origin, timeoutMs)
                    : Diagnosis::tr("The name of the proxy %1 (from %2) does not resolve: %3.")
                          .arg(proxy, origin, step.details.value(fact::kErrorText).toString()),
                checkSetting);
        return;
    case ProxyError::Refused:
        out.add(
            FindingCode::ProxyUnreachable, Verdict::Fail,
            Diagnosis::tr("The proxy %1 (from %2) refused the connection after %3 ms.")
                .arg(proxy, origin, ms),
            Diagnosis::tr("Nothing listens on that port, or a firewall rejects it: the proxy service may be "
                          "stopped or the port may be wrong. %1")
                .arg(checkSetting));
        return;
    case ProxyError::Unreachable:
        out.add(FindingCode::ProxyUnreachable, Verdict::Fail,
                Diagnosis::tr("The proxy %1 (from %2) is unreachable from this machine (after %3 ms).")
                    .arg(proxy, origin, ms),
                Diagnosis::tr("Check the routes between this machine and the proxy. %1").arg(checkSetting));
        return;
    case ProxyError::Timeout:
        out.add(FindingCode::ProxyUnreachable, Verdict::Fail,
                Diagnosis::tr("The proxy %1 (from %2) did not answer within %3 ms: the packets are silently "
                              "dropped.")
                    .arg(proxy, origin, timeoutMs),
                Diagnosis::tr("Allow this machine to reach the proxy on TCP port %1. %2")
                    .arg(QString::number(route.proxyPort), checkSetting));
        return;
    case ProxyError::NotHttp:
    case ProxyError::Closed:
        out.add(FindingCode::ProxyUnreachable, Verdict::Fail,
                *error == ProxyError::NotHttp
                    ? Diagnosis::tr("%1 (from %2) did not answer CONNECT %3 as an HTTP proxy: \"%4\".")
                          .arg(proxy, origin, destination,
                               step.details.value(fact::kReceived).toString().left(80))
                    : Diagnosis::tr("%1 (from %2) closed the connection without answering CONNECT %3.")
                          .arg(proxy, origin, destination),
                Diagnosis::tr("This port does not serve an HTTP proxy (it may be SOCKS, TLS or another "
                              "service). %1")
                    .arg(checkSetting));
        return;
    case ProxyError::NoReply:
        out.add(
            FindingCode::TcpTimeout, Verdict::Fail,
            Diagnosis::tr("The proxy %1 accepted the connection but did not answer CONNECT %2 within %3 ms. "
                          "It is most likely still waiting for %4, which the network beyond the proxy "
                          "silently drops.")
                .arg(proxy, destination, timeoutMs, out.host()),
            Diagnosis::tr("Allow outbound TCP port %1 to %2 from the proxy (the firewall between the proxy "
                          "and the internet).")
                .arg(out.port(), out.pattern()));
        return;
    case ProxyError::AuthRequired: {
        const QString schemes = schemesOf(step.details.value(fact::kProxyAuthenticate));
        out.add(
            FindingCode::ProxyAuthRequired, Verdict::Fail,
            Diagnosis::tr("The proxy %1 requires authentication (%2) before it opens a tunnel to %3: %4.")
                .arg(proxy, schemes.isEmpty() ? Diagnosis::tr("no scheme offered") : schemes, destination,
                     quotedProxyReply(step.details)),
            route.source != Route::Source::InternetSettings
                ? Diagnosis::tr("The Cloud Connector cannot authenticate to a proxy. On the proxy, allow %1 "
                                "without authentication for the Cloud Connector machines (by source "
                                "address).")
                      .arg(out.pattern())
                : Diagnosis::tr("Browsers on this machine must sign in to the proxy (%1). Make sure users "
                                "have proxy credentials, or allow %2 without authentication.")
                      .arg(schemes, out.pattern()));
        return;
    }
    case ProxyError::AuthFailed: {
        const QString schemes = schemesOf(step.details.value(fact::kProxyAuthenticate));
        out.add(FindingCode::ProxyAuthFailed, Verdict::Fail,
                Diagnosis::tr("The proxy %1 refused the sign-in %2 (%3) for %4: it answered 407 again.")
                    .arg(proxy, signInWay(step.details), schemes, destination),
                Diagnosis::tr("Check the user name (for a Windows domain, DOMAIN\\user or user@domain) and "
                              "the password, and that this account may use the proxy. CloudCheck tries once "
                              "only, so an account is never locked out by repeated attempts."));
        return;
    }
    case ProxyError::Denied: {
        const QString squid = step.details.value(fact::kSquidError).toString();
        const int status = step.details.value(fact::kStatus).toInt();
        const QString quoted = quotedProxyReply(step.details);
        if (squid.startsWith(QStringLiteral("ERR_DNS_FAIL"))) {
            out.add(
                FindingCode::ProxyDenied, Verdict::Fail,
                Diagnosis::tr("The proxy %1 could not resolve %2: %3.").arg(proxy, out.host(), quoted),
                Diagnosis::tr("The proxy's DNS must resolve public names such as %1.").arg(out.pattern()));
        } else if (squid.startsWith(QStringLiteral("ERR_CONNECT_FAIL")) ||
                   squid.startsWith(QStringLiteral("ERR_READ_TIMEOUT")) || status == 502 || status == 504) {
            out.add(
                FindingCode::ProxyDenied, Verdict::Fail,
                Diagnosis::tr("The proxy %1 could not connect to %2: %3.").arg(proxy, destination, quoted),
                Diagnosis::tr("Allow outbound TCP port %1 to %2 from the proxy (the firewall between the "
                              "proxy and the internet).")
                    .arg(out.port(), out.pattern()));
        } else {
            out.add(
                FindingCode::ProxyDenied, Verdict::Fail,
                Diagnosis::tr("The proxy %1 refused CONNECT %2: %3.").arg(proxy, destination, quoted),
                Diagnosis::tr("Allow CONNECT to %1 on port %2 in the proxy's policy (an allow rule for the "
                              "domain, before any rule that denies it), and exclude it from SSL decryption.")
                    .arg(out.pattern(), out.port()),
                {Diagnosis::kCtx221535});
        }
        return;
    }
    }
}

// Through a proxy on plain http the proxy itself may answer: a 407 or its own error page.
bool diagnoseProxiedHttp(const StepResult& step, const TargetResult& result, FindingWriter& out)
{
    if (!result.route.isProxied() || !step.details.contains(fact::kStatus))
        return false;
    const int status = step.details.value(fact::kStatus).toInt();
    const QString proxy = result.route.proxyAuthority();
    QJsonObject quoted = step.details;
    quoted.insert(fact::kStatusLine,
                  QStringLiteral("HTTP %1 %2")
                      .arg(QString::number(status), step.details.value(fact::kReason).toString()));
    if (status == 407 && step.details.value(fact::kSignIn).toString() == u"refused" &&
        step.details.value(fact::kSignInWith).toString() == u"credentials") {
        out.add(FindingCode::ProxyAuthFailed, Verdict::Fail,
                Diagnosis::tr("The proxy %1 refused the sign-in %2 (%3) for %4: it answered 407 again.")
                    .arg(proxy, signInWay(step.details), step.details.value(fact::kSignInScheme).toString(),
                         out.host()),
                Diagnosis::tr("Check the user name (for a Windows domain, DOMAIN\\user or user@domain) and "
                              "the password, and that this account may use the proxy. CloudCheck tries once "
                              "only, so an account is never locked out by repeated attempts."));
        return true;
    }
    if (status == 407) {
        const QString schemes = step.details.value(fact::kProxyAuthenticate).toString();
        out.add(
            FindingCode::ProxyAuthRequired, Verdict::Fail,
            Diagnosis::tr("The proxy %1 requires authentication (%2) before it forwards requests to %3: %4.")
                .arg(proxy, schemes, out.host(), quotedProxyReply(quoted)),
            Diagnosis::tr(
                "The Cloud Connector cannot authenticate to a proxy. On the proxy, allow %1 without "
                "authentication for the Cloud Connector machines (by source address).")
                .arg(out.pattern()),
            {Diagnosis::kCtx223828});
        return true;
    }
    // Signed in, and the request went through: the Cloud Connector would have stopped at the 407.
    diagnoseSignedInProxy(step, result, out);
    const bool proxyMade = step.details.contains(fact::kSquidError) ||
                           step.details.contains(fact::kProxyStatus) || status == 502 || status == 504;
    if (!proxyMade)
        return false;
    out.add(FindingCode::HttpUnexpected, step.step == StepKind::Http ? Verdict::Fail : Verdict::Warn,
            Diagnosis::tr("The proxy %1 answered for %2 with its own error page: %3.")
                .arg(proxy, out.host(), quotedProxyReply(quoted)),
            Diagnosis::tr(
                "Allow plain HTTP (port 80) to %1 through the proxy, without filtering. Port 80 carries "
                "the certificate revocation (CRL) checks the Cloud Connector needs.")
                .arg(out.pattern()),
            {Diagnosis::kCtx223828});
    return true;
}

// A step that has nothing to check here (a chain that names no revocation address) does not keep
// the target from passing; it is still shown as not_run, with its reason.
bool doesNotApply(const StepResult& step)
{
    const QString reason = step.details.value(fact::kReason).toString();
    return step.step == StepKind::Revocation &&
           (reason == u"no_revocation_address" || reason == u"unavailable");
}

QString problemText(const QJsonObject& check)
{
    const auto problem = readFact<RevocationProblem>(check, fact::kProblem);
    if (!problem)
        return {};
    switch (*problem) {
    case RevocationProblem::NameNotResolved:
        return Diagnosis::tr("the name does not resolve");
    case RevocationProblem::Refused:
        return Diagnosis::tr("the connection was refused");
    case RevocationProblem::Unreachable:
        return Diagnosis::tr("the address is unreachable");
    case RevocationProblem::Timeout:
        return Diagnosis::tr("no answer within %1 ms")
            .arg(QString::number(check.value(fact::kTimeoutMs).toInt()));
    case RevocationProblem::Closed:
        return check.contains(fact::kStatus) ? Diagnosis::tr("the answer was cut short")
                                             : Diagnosis::tr("the connection was closed without an answer");
    case RevocationProblem::NotHttp:
        return Diagnosis::tr("the answer is not HTTP");
    case RevocationProblem::HttpStatus:
        return Diagnosis::tr("HTTP status %1 instead of the file")
            .arg(QString::number(check.value(fact::kStatus).toInt()));
    case RevocationProblem::TooLarge:
        return Diagnosis::tr("the answer is larger than any real CRL");
    case RevocationProblem::NotCrl:
        return Diagnosis::tr("the answer is not a CRL");
    case RevocationProblem::NotOcsp:
        return Diagnosis::tr("the answer is not an OCSP response");
    case RevocationProblem::BadSignature:
        return Diagnosis::tr("it is not signed by the certificate's issuer");
    case RevocationProblem::Stale:
        return Diagnosis::tr("it is out of date (next update was due %1)")
            .arg(check.value(fact::kNextUpdate).toString());
    case RevocationProblem::NotYetValid:
        return Diagnosis::tr("it is dated in the future (%1)").arg(check.value(fact::kThisUpdate).toString());
    case RevocationProblem::OcspStatus:
        return Diagnosis::tr("the OCSP responder returned an error");
    case RevocationProblem::NonceMismatch:
        return Diagnosis::tr("the OCSP response answers a different request (nonce mismatch)");
    case RevocationProblem::UnknownCertificate:
        return Diagnosis::tr("the OCSP responder does not know the certificate (status unknown)");
    case RevocationProblem::NoAnswerForCertificate:
        return Diagnosis::tr("the OCSP response is about another certificate");
    case RevocationProblem::NotCertificate:
        return Diagnosis::tr("the answer is not a certificate");
    }
    return {};
}

// What answered in the CRL's or responder's place, quoted for the network team.
QString quotedAnswer(const QJsonObject& check)
{
    QStringList parts;
    if (const QString line = check.value(fact::kStatusLine).toString(); !line.isEmpty())
        parts << u'"' + line + u'"';
    for (const auto& [key, header] :
         {std::pair{fact::kContentType, "Content-Type"}, std::pair{fact::kServer, "Server"},
          std::pair{fact::kSquidError, "X-Squid-Error"}, std::pair{fact::kVia, "Via"}}) {
        if (const QString value = check.value(key).toString(); !value.isEmpty())
            parts << QLatin1String(header) + QStringLiteral(": ") + value;
    }
    if (const QString received = check.value(fact::kReceived).toString(); !received.isEmpty())
        parts << Diagnosis::tr("starting \"%1\"").arg(received.left(80));
    return parts.join(QStringLiteral("; "));
}

QString pathOf(const QJsonObject& check)
{
    const QString proxy = check.value(fact::kViaProxy).toString();
    return proxy.isEmpty() ? Diagnosis::tr("directly") : Diagnosis::tr("through the proxy %1").arg(proxy);
}

void diagnoseRevocation(const StepResult& step, FindingWriter& out)
{
    if (step.verdict == Verdict::Pass || step.verdict == Verdict::NotRun)
        return;
    const QJsonArray checks = step.details.value(fact::kChecks).toArray();
    const Verdict severity = step.verdict == Verdict::Fail ? Verdict::Fail : Verdict::Warn;

    QStringList revokedSeen;
    QStringList unreachableHosts;
    QStringList unreachableParts;
    QStringList invalidHosts;
    QStringList invalidParts;
    for (const QJsonValue& value : checks) {
        const QJsonObject check = value.toObject();
        const auto outcome = readFact<RevocationOutcome>(check, fact::kOutcome);
        const QString host = check.value(fact::kHost).toString();
        const QString certificate = check.value(fact::kCertificate).toString();
        const auto kind = readFact<RevocationMethod>(check, fact::kMethod);
        const QString method = kind == RevocationMethod::Ocsp                ? QStringLiteral("OCSP")
                               : kind == RevocationMethod::IssuerCertificate ? Diagnosis::tr("CA certificate")
                                                                             : QStringLiteral("CRL");
        if (outcome == RevocationOutcome::Revoked) {
            const QString key = certificate + u'\n' + check.value(fact::kSerial).toString();
            if (revokedSeen.contains(key))
                continue;
            revokedSeen << key;
            const QString reason = check.value(fact::kRevocationReason).toString();
            out.add(FindingCode::CertRevoked, Verdict::Fail,
                    Diagnosis::tr("The certificate \"%1\" (serial %2) in the chain of %3 was revoked on %4 "
                                  "(reason: %5), according to %6 at %7.")
                        .arg(certificate, check.value(fact::kSerial).toString(), out.host(),
                             check.value(fact::kRevokedAt).toString(),
                             reason.isEmpty() ? Diagnosis::tr("not given") : reason, method,
                             check.value(fact::kUrl).toString()),
                    Diagnosis::tr(
                        "Do not use this connection: the Cloud Connector and Windows refuse a revoked "
                        "certificate. If the certificate is not the service's own, a device in the path "
                        "presents it; report it to the security team. Otherwise the service must "
                        "replace it; contact Citrix support."),
                    {Diagnosis::kCtx223828});
        } else if (outcome == RevocationOutcome::Unreachable) {
            if (!unreachableHosts.contains(host))
                unreachableHosts << host;
            const QString part =
                Diagnosis::tr("%1 %2 (%3, %4)").arg(method, host, pathOf(check), problemText(check));
            if (!unreachableParts.contains(part))
                unreachableParts << part;
        } else if (outcome == RevocationOutcome::Invalid) {
            if (!invalidHosts.contains(host))
                invalidHosts << host;
            const QString quoted = quotedAnswer(check);
            const QString part = quoted.isEmpty() ? Diagnosis::tr("%1 %2 (%3): %4")
                                                        .arg(method, check.value(fact::kUrl).toString(),
                                                             pathOf(check), problemText(check))
                                                  : Diagnosis::tr("%1 %2 (%3): %4; it answered %5")
                                                        .arg(method, check.value(fact::kUrl).toString(),
                                                             pathOf(check), problemText(check), quoted);
            if (!invalidParts.contains(part))
                invalidParts << part;
        }
    }
    const QString installs = Diagnosis::tr(
        "Windows checks revocation over port 80 when the Cloud Connector installs, upgrades and "
        "runs; without a valid answer installations and upgrades stop with \"verified download "
        "failed\".");
    if (!unreachableParts.isEmpty()) {
        out.add(FindingCode::RevocationUnreachable, severity,
                Diagnosis::tr("No certificate revocation answer for %1 over HTTP port 80: %2.")
                    .arg(out.host(), unreachableParts.join(QStringLiteral("; "))),
                Diagnosis::tr(
                    "Allow outbound HTTP (TCP port 80) to %1, directly or through the proxy the machine "
                    "uses, and do not redirect or filter it. %2")
                    .arg(unreachableHosts.join(QStringLiteral(", ")), installs),
                {Diagnosis::kCtx223828});
    }
    if (!invalidParts.isEmpty()) {
        out.add(
            FindingCode::RevocationInvalid, severity,
            Diagnosis::tr("Something answered the certificate revocation check for %1, but not with a valid "
                          "CRL, OCSP response or CA certificate: %2.")
                .arg(out.host(), invalidParts.join(QStringLiteral("; "))),
            Diagnosis::tr("A proxy, captive portal or filter answers in place of the certificate authority. "
                          "Let plain HTTP to %1 through unchanged: no block page, redirection, content "
                          "filtering or caching of stale files. %2")
                .arg(invalidHosts.join(QStringLiteral(", ")), installs),
            {Diagnosis::kCtx223828});
    }
}

void diagnoseSlowSteps(const TargetResult& result, FindingWriter& out)
{
    QStringList slow;
    for (const StepResult& step : result.steps) {
        if (step.verdict != Verdict::Pass)
            continue;
        const qint64 limit = step.step == StepKind::Tcp    ? Diagnosis::kSlowTcpMs
                             : step.step == StepKind::Tls  ? Diagnosis::kSlowTlsMs
                             : step.step == StepKind::Http ? Diagnosis::kSlowHttpMs
                                                           : 0;
        if (limit > 0 && step.durationMs > limit) {
            // Worded here rather than by the step's internal name (tcp, tls, http).
            const QString what = step.step == StepKind::Tcp   ? Diagnosis::tr("The TCP connection")
                                 : step.step == StepKind::Tls ? Diagnosis::tr("The TLS handshake")
                                                              : Diagnosis::tr("The HTTP request");
            slow << Diagnosis::tr("%1 took %2 ms (limit %3 ms)")
                        .arg(what, QString::number(step.durationMs), QString::number(limit));
        }
    }
    if (slow.isEmpty())
        return;
    out.add(
        FindingCode::SlowResponse, Verdict::Warn,
        Diagnosis::tr("%1 is reachable but slow: %2.").arg(out.host(), slow.join(QStringLiteral("; "))),
        Diagnosis::tr("Look for an overloaded proxy or firewall, or a long route. Slow connections make the "
                      "Cloud Connector and consoles time out intermittently."));
}

// "TCP_TIMEOUT" or "TCP_TIMEOUT, TLS_INTERCEPTED": what made a path fail, by code.
QString failingCodes(const QList<Finding>& findings)
{
    QStringList codes;
    for (const Finding& finding : findings) {
        if (finding.severity == Verdict::Fail || finding.severity == Verdict::Error)
            codes << findingCodeName(finding.code);
    }
    return codes.isEmpty() ? Diagnosis::tr("no finding") : codes.join(QStringLiteral(", "));
}

// The second path (TargetResult::alternate): which of the two works, in one sentence, and under
// connector a failure when only the PAC's path works.
void diagnoseAlternate(TargetResult& result)
{
    if (!result.alternate)
        return;
    AlternatePath& other = *result.alternate;
    const bool mainFails = result.verdict == Verdict::Fail || result.verdict == Verdict::Error ||
                           std::any_of(result.findings.cbegin(), result.findings.cend(),
                                       [](const Finding& f) { return f.severity == Verdict::Fail; });
    // "the proxy 10.0.0.5:8080" or "direct": short enough for one sentence.
    const auto pathName = [](const Route& route) {
        return route.isProxied() ? Diagnosis::tr("the proxy %1").arg(route.proxyAuthority())
                                 : Diagnosis::tr("direct");
    };
    const QString mainPath = pathName(result.route);
    const QString otherPath = pathName(other.route);
    const QString mainCodes = failingCodes(result.findings);
    const QString otherCodes = failingCodes(other.findings);
    const bool otherWorks = other.verdict == Verdict::Pass || other.verdict == Verdict::Warn;
    if (other.purpose == AlternatePath::Purpose::PacForConnector) {
        if (!otherWorks) {
            other.note =
                Diagnosis::tr("The PAC script's path fails too (%1: %2).").arg(otherPath, otherCodes);
            return;
        }
        other.note =
            Diagnosis::tr("The PAC script's path works (%1); the Cloud Connector's own path fails (%2).")
                .arg(otherPath, mainCodes);
        if (!mainFails)
            return;
        FindingWriter out(result);
        const QString proxy = other.route.isProxied() ? other.route.proxyAuthority() : QString();
        out.add(
            FindingCode::ProxyUnsupportedForConnector, Verdict::Fail,
            Diagnosis::tr("Only the path that %1 chooses works for %2 (%3). The Cloud Connector cannot use a "
                          "PAC script: it takes its own path (%4), which fails (%5).")
                .arg(Diagnosis::routeOrigin(other.route), result.target.host, otherPath, mainPath, mainCodes),
            proxy.isEmpty()
                ? Diagnosis::tr("Let the Cloud Connector reach %1 the way the PAC script does: allow it "
                                "direct on the firewall, or remove the WinHTTP proxy for it (netsh winhttp "
                                "set proxy ... bypass-list=...). Then restart the Citrix Cloud services.")
                      .arg(result.target.host)
                : Diagnosis::tr(
                      "Give the Cloud Connector the proxy the PAC script chooses, as a fixed WinHTTP "
                      "proxy: netsh winhttp set proxy proxy-server=\"%1\" (or netsh winhttp import "
                      "proxy source=ie where the browser uses that proxy directly), then restart "
                      "the Citrix Cloud services.")
                      .arg(proxy));
        result.findings += out.take();
        return;
    }
    // --compare-direct
    if (other.verdict == Verdict::NotRun && other.steps.isEmpty()) {
        other.note =
            Diagnosis::tr("No other path to compare: no proxy is set for the browser on this machine, "
                          "and none was given.");
        return;
    }
    const bool wentDirect = !result.route.isProxied();
    if (wentDirect) {
        other.note =
            otherWorks ? Diagnosis::tr("Direct is blocked (%1); through %2 (from %3) it works, so configure "
                                       "the Cloud Connector's WinHTTP proxy (netsh winhttp set proxy %4).")
                             .arg(mainCodes, otherPath, Diagnosis::routeOrigin(other.route),
                                  other.route.proxyAuthority())
                       : Diagnosis::tr("Direct is blocked (%1), and through %2 it fails too (%3).")
                             .arg(mainCodes, otherPath, otherCodes);
    } else {
        other.note = otherWorks
                         ? Diagnosis::tr("Through the proxy it fails (%1); direct it works, so the proxy "
                                         "is what blocks it: fix the proxy, or bypass it for %2.")
                               .arg(mainCodes, result.target.host)
                         : Diagnosis::tr("Through the proxy it fails (%1), and direct it fails too (%2).")
                               .arg(mainCodes, otherCodes);
    }
}

// --hold-tunnel: a proxy that closes an idle tunnel early breaks the Connector's WebSocket channels.
void diagnoseHeldTunnel(TargetResult& result)
{
    if (!result.heldTunnel || result.heldTunnel->kind != HeldTunnel::Kind::Cut)
        return;
    const HeldTunnel& held = *result.heldTunnel;
    FindingWriter out(result);
    out.add(FindingCode::ProxyTunnelCut, Verdict::Fail,
            Diagnosis::tr(
                "The proxy %1 closed an idle CONNECT tunnel to %2 after %3 s; it was to be held for %4 s. "
                "The Cloud Connector keeps WebSocket channels open through such tunnels for hours, and "
                "they break each time the proxy cuts them.")
                .arg(held.proxy, out.host() + u':' + out.port(),
                     QString::number(double(held.heldMs) / 1000.0, 'f', 1),
                     QString::number(held.requestedSeconds)),
            Diagnosis::tr(
                "Raise the proxy's idle timeout for CONNECT tunnels to %1 (squid: read_timeout; on other "
                "proxies and firewalls the idle or tunnel timeout), or exempt these addresses from it.")
                .arg(out.pattern()));
    result.findings += out.take();
}

} // namespace

QString Diagnosis::routeOrigin(const Route& route)
{
    switch (route.source) {
    case Route::Source::Environment:
        return tr("the %1 environment variable").arg(route.origin);
    case Route::Source::SystemSettings:
        return tr("the system proxy settings");
    case Route::Source::WinHttp:
        return tr("the WinHTTP proxy (netsh winhttp show proxy)");
    case Route::Source::InternetSettings:
        return tr("the user's Internet Settings");
    case Route::Source::Manual:
        return tr("the proxy given for this check");
    case Route::Source::Disabled:
        return tr("the choice to check without a proxy");
    case Route::Source::Unconfigured:
        return tr("the system settings (no proxy set)");
    case Route::Source::NotProxiable:
        return tr("UDP, which an HTTP proxy cannot carry");
    case Route::Source::Pac:
        return tr("the PAC script %1").arg(route.origin.mid(4)); // origin is "pac:URL"
    }
    return {};
}

// PacScriptFetch's and PacEvaluator's machine words, for people.
QString Diagnosis::pacFailureText(const QString& reason)
{
    const QString detail = reason.section(u':', 1).trimmed();
    if (reason == u"timeout" || reason == u"helper_timeout")
        return tr("the PAC script did not answer in time (an endless loop, or a download that stalled)");
    if (reason.startsWith(QStringLiteral("too_large")))
        return tr("the PAC script is too large (%1)").arg(detail);
    if (reason.startsWith(QStringLiteral("http_status")))
        return tr("the PAC script's address answered HTTP %1").arg(detail);
    if (reason.startsWith(QStringLiteral("fetch_failed")))
        return tr("the PAC script could not be downloaded (%1)").arg(detail);
    if (reason.startsWith(QStringLiteral("syntax")))
        return tr("the PAC script has a syntax error (%1)").arg(detail);
    if (reason.startsWith(QStringLiteral("exception")))
        return tr("the PAC script failed with an error (%1)").arg(detail);
    if (reason.startsWith(QStringLiteral("not_a_string")))
        return tr("FindProxyForURL returned %1 instead of a string").arg(detail);
    if (reason.startsWith(QStringLiteral("missing_function")))
        return tr("the PAC script defines no FindProxyForURL function");
    if (reason.startsWith(QStringLiteral("memory_limit")) || reason == u"crashed")
        return tr("the PAC script used too much memory and was stopped");
    if (reason.startsWith(QStringLiteral("helper_missing")))
        return tr("CloudCheck's PAC helper (cloudcheck-pac) is missing: reinstall CloudCheck");
    return tr("the PAC script could not be used (%1)").arg(reason);
}

QString Diagnosis::routeProblemText(const QString& problem)
{
    if (problem == u"pac_not_supported")
        return tr("it needs automatic proxy detection (WPAD), which CloudCheck never follows");
    if (problem.startsWith(QStringLiteral("pac_failed:")))
        return pacFailureText(problem.mid(11));
    if (problem.startsWith(QStringLiteral("pac_unsupported:")))
        return tr("the PAC script answers only \"%1\", which neither CloudCheck nor the Cloud Connector can "
                  "use")
            .arg(problem.mid(16));
    if (problem.startsWith(QStringLiteral("unsupported_scheme:")))
        return tr("%1 proxies are not supported; the Cloud Connector uses HTTP proxies")
            .arg(problem.section(u':', 1).toUpper());
    if (problem.startsWith(QStringLiteral("unreadable:")))
        return tr("the setting could not be read (%1)").arg(problem.section(u':', 1));
    if (problem == u"unparsable")
        return tr("the proxy address cannot be read");
    return problem;
}

QString Diagnosis::describeRoute(const Route& route)
{
    QString text = describePath(route);
    if (route.source == Route::Source::Pac && !route.pacReturned.isEmpty())
        text += u' ' + tr("(it returned \"%1\")").arg(route.pacReturned);
    if (!route.triedBefore.isEmpty())
        text += tr("; tried first: %1").arg(route.triedBefore.join(QStringLiteral(", ")));
    return text;
}

QString Diagnosis::describePath(const Route& route)
{
    if (route.isProxied()) {
        if (route.proxyHost.isEmpty() || !route.problem.isEmpty())
            return tr("Through a proxy from %1 that cannot be used (%2)")
                .arg(routeOrigin(route), routeProblemText(route.problem));
        return tr("Through the proxy %1, from %2").arg(route.proxyAuthority(), routeOrigin(route));
    }
    if (!route.bypassRule.isEmpty())
        return tr("Direct: \"%1\" in %2 excludes it from the proxy")
            .arg(route.bypassRule, routeOrigin(route));
    switch (route.source) {
    case Route::Source::Disabled:
        return tr("Direct, as chosen (no proxy)");
    case Route::Source::NotProxiable:
        return tr("Direct: UDP cannot go through an HTTP proxy");
    case Route::Source::Unconfigured:
        return tr("Direct: no proxy is set on this machine");
    default:
        return tr("Direct: %1 sets no proxy").arg(routeOrigin(route));
    }
}

void Diagnosis::apply(TargetResult& result)
{
    FindingWriter out(result);
    result.reason.clear();
    if (result.target.needsCustomerId) {
        result.findings.clear();
        result.verdict = Verdict::NotRun;
        result.reason =
            tr("Not checked: this address contains the Customer ID, and none was given. Enter the "
               "Customer ID to check it.");
        return;
    }

    Verdict verdict = Verdict::Pass;
    for (const StepResult& step : result.steps) {
        switch (step.step) {
        case StepKind::Dns:
            if (step.details.value(fact::kInformational).toBool())
                continue; // through a proxy the proxy resolves names; this answer is for the record
            diagnoseDns(step, out);
            break;
        case StepKind::Tcp:
            diagnoseTcp(step, result, out);
            break;
        case StepKind::Tls:
            diagnoseTls(step, out);
            break;
        case StepKind::Cipher:
            diagnoseCipher(step, result, out);
            break;
        case StepKind::Certificate:
            if (step.verdict == Verdict::Fail)
                diagnoseCertificate(step, result, out);
            break;
        case StepKind::Http:
            if (!diagnoseProxiedHttp(step, result, out))
                diagnoseHttp(step, out);
            break;
        case StepKind::Udp:
            diagnoseUdp(step, out);
            break;
        case StepKind::Proxy:
            diagnoseProxy(step, result, out);
            break;
        case StepKind::Revocation:
            diagnoseRevocation(step, out);
            break;
        }
        // The step verdict bounds the target's even if no finding explains it: never a false pass.
        if (step.details.value(fact::kInformational).toBool())
            continue;
        if (step.verdict == Verdict::Error)
            verdict = worse(verdict, Verdict::Error);
        else if (step.verdict == Verdict::Fail)
            verdict = worse(verdict, result.target.required ? Verdict::Fail : Verdict::Warn);
        else if (step.verdict == Verdict::Warn)
            verdict = worse(verdict, Verdict::Warn);
        else if (step.verdict == Verdict::NotRun && !step.details.contains(fact::kBlockedBy) &&
                 !doesNotApply(step))
            verdict = worse(verdict, Verdict::NotRun); // cancelled or unsupported: not a pass
    }
    diagnoseSlowSteps(result, out);
    result.findings = out.take();
    diagnoseAlternate(result);
    diagnoseHeldTunnel(result);
    for (const Finding& finding : std::as_const(result.findings))
        verdict = worse(verdict, finding.severity);
    if (result.steps.isEmpty())
        verdict = Verdict::NotRun;
    result.verdict = verdict;
    if (result.cancelled && verdict != Verdict::Fail)
        result.reason = tr("Not finished: the run was cancelled.");
}

} // namespace cloudcheck
