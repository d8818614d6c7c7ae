#include "Diagnosis.h"

#include <QJsonArray>
#include <QUrl>

namespace cloudcheck {

const QString Diagnosis::kCtx221535 = QStringLiteral("https://support.citrix.com/article/CTX221535");
const QString Diagnosis::kCtx223828 = QStringLiteral("https://support.citrix.com/article/CTX223828");
const QString Diagnosis::kCtx477396 = QStringLiteral("https://support.citrix.com/article/CTX477396");
const QString Diagnosis::kProxyFirewallDoc =
    QStringLiteral("https://docs.citrix.com/en-us/citrix-cloud/citrix-cloud-resource-locations/"
                   "citrix-cloud-connector/proxy-firewall-configuration.html");

namespace {

QString joinStrings(const QJsonValue& array)
{
    QStringList parts;
    for (const QJsonValue& item : array.toArray())
        parts << item.toString();
    return parts.join(QStringLiteral(", "));
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
        return m_result.target.patterns.isEmpty() ? host()
                                                  : m_result.target.patterns.join(QStringLiteral(", "));
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
    const QString error = step.details.value(QStringLiteral("error")).toString();
    const QString ms = QString::number(step.durationMs);
    if (error == u"nxdomain") {
        out.add(
            FindingCode::DnsNxdomain, Verdict::Fail,
            Diagnosis::tr("The DNS server says %1 does not exist (answer after %2 ms: %3).")
                .arg(out.host(), ms, step.details.value(QStringLiteral("errorText")).toString()),
            Diagnosis::tr("Make sure this machine uses DNS servers that resolve public internet names, and "
                          "that no DNS filter blocks %1. Usually owned by the network or DNS team.")
                .arg(out.pattern()));
    } else if (error == u"servfail") {
        out.add(FindingCode::DnsServfail, Verdict::Fail,
                Diagnosis::tr("The DNS server failed to resolve %1 (after %2 ms: %3).")
                    .arg(out.host(), ms, step.details.value(QStringLiteral("errorText")).toString()),
                Diagnosis::tr("Check that the DNS servers configured on this machine are reachable and can "
                              "forward queries for public names. Usually owned by the network or DNS team."));
    } else if (error == u"timeout") {
        out.add(
            FindingCode::DnsTimeout, Verdict::Fail,
            Diagnosis::tr("No DNS answer for %1 within %2 ms.")
                .arg(out.host(), QString::number(step.details.value(QStringLiteral("timeoutMs")).toInt())),
            Diagnosis::tr("Check that the DNS servers configured on this machine answer, and that outbound "
                          "DNS (UDP and TCP port 53) to them is allowed. Usually owned by the network or DNS "
                          "team."));
    } else if (error == u"sinkhole") {
        out.add(
            FindingCode::DnsSinkhole, step.verdict == Verdict::Fail ? Verdict::Fail : Verdict::Warn,
            Diagnosis::tr("%1 resolved to %2, which cannot be the public Citrix Cloud service. A DNS filter, "
                          "a sinkhole or a hosts-file entry is answering instead.")
                .arg(out.host(), joinStrings(step.details.value(QStringLiteral("sinkholeAddresses")))),
            Diagnosis::tr(
                "Remove the override for %1 from the DNS filter, the internal DNS zone or the hosts "
                "file, so that the public address is returned.")
                .arg(out.pattern()));
    }
}

void diagnoseTcp(const StepResult& step, const TargetResult& result, FindingWriter& out)
{
    const QString error = step.details.value(QStringLiteral("error")).toString();
    if (error.isEmpty())
        return;
    QStringList tried;
    for (const QJsonValue& attempt : step.details.value(QStringLiteral("attempts")).toArray())
        tried << attempt.toObject().value(QStringLiteral("address")).toString();
    const QString addresses = tried.join(QStringLiteral(", "));
    // The message states the port actually tried (a --connect-to may redirect it); the fix names
    // the service's port, which is what the firewall rule must allow.
    const QString port =
        QString::number(step.details.value(QStringLiteral("port")).toInt(result.target.port));
    const QString servicePort = QString::number(result.target.port);
    const QString protocolHint =
        out.isPlainHttp()
            ? Diagnosis::tr(
                  " Port 80 carries the certificate revocation (CRL) checks the Cloud Connector needs "
                  "during installation and afterwards.")
            : QString();
    const QStringList links = out.isPlainHttp() ? QStringList{Diagnosis::kCtx223828} : QStringList{};

    if (error == u"refused") {
        out.add(FindingCode::TcpRefused, Verdict::Fail,
                Diagnosis::tr("The connection to %1 (%2) on TCP port %3 was refused after %4 ms.")
                    .arg(out.host(), addresses, port, QString::number(step.durationMs)),
                Diagnosis::tr(
                    "A firewall rejects the connection, or the address points at the wrong server. Allow "
                    "outbound TCP port %1 to %2 on the firewall.")
                        .arg(servicePort, out.pattern()) +
                    protocolHint,
                links);
    } else if (error == u"timeout") {
        out.add(
            FindingCode::TcpTimeout, Verdict::Fail,
            Diagnosis::tr("No answer from %1 (%2) on TCP port %3 within %4 ms: the packets are silently "
                          "dropped.")
                .arg(out.host(), addresses, port,
                     QString::number(step.details.value(QStringLiteral("timeoutMs")).toInt())),
            Diagnosis::tr("A firewall drops outbound TCP port %1 to this address. Allow outbound TCP port %1 "
                          "to %2; allow the wildcard domain rather than single addresses, because the "
                          "service's addresses change.")
                    .arg(servicePort, out.pattern()) +
                protocolHint,
            links);
    } else {
        QString detail;
        for (const QJsonValue& attempt : step.details.value(QStringLiteral("attempts")).toArray()) {
            const QString text = attempt.toObject().value(QStringLiteral("errorText")).toString();
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
    const QString error = step.details.value(QStringLiteral("error")).toString();
    const QString text = step.details.value(QStringLiteral("errorText")).toString();
    if (error.isEmpty())
        return;
    if (error == u"protocol_too_old") {
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
    } else if (error == u"not_tls") {
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
    } else if (error == u"timeout") {
        out.add(
            FindingCode::TlsHandshakeFailed, Verdict::Fail,
            Diagnosis::tr("%1 accepted the TCP connection but did not complete a TLS handshake within %2 ms.")
                .arg(out.host(), QString::number(step.details.value(QStringLiteral("timeoutMs")).toInt())),
            Diagnosis::tr("Something in the path holds the connection without answering, as firewalls and "
                          "proxies with TLS inspection do for destinations they do not allow. Allow %1 and "
                          "exclude it from SSL decryption.")
                .arg(out.pattern()),
            {Diagnosis::kCtx221535});
    } else {
        out.add(
            FindingCode::TlsHandshakeFailed, Verdict::Fail,
            Diagnosis::tr("The TLS handshake with %1 failed after %2 ms: %3.")
                .arg(out.host(), QString::number(step.durationMs), text),
            Diagnosis::tr("A proxy or firewall that inspects or filters TLS usually causes this. Exclude %1 "
                          "from SSL decryption (CTX221535). Citrix Cloud needs TLS 1.2 or later with "
                          "ECDHE or DHE AES-GCM cipher suites.")
                .arg(out.pattern()),
            {Diagnosis::kCtx221535});
    }
}

void diagnoseCertificate(const StepResult& step, const TargetResult& result, FindingWriter& out)
{
    const QJsonArray chain =
        result.step(StepKind::Tls)
            ? result.step(StepKind::Tls)->details.value(QStringLiteral("chain")).toArray()
            : QJsonArray();
    const QJsonObject leaf = chain.isEmpty() ? QJsonObject() : chain.first().toObject();
    const QString issuers = joinStrings(step.details.value(QStringLiteral("issuerOrganizations")));
    const QString issuerShown = issuers.isEmpty() ? leaf.value(QStringLiteral("issuer")).toString() : issuers;

    if (step.details.value(QStringLiteral("intercepted")).toBool()) {
        out.add(FindingCode::TlsIntercepted, Verdict::Fail,
                Diagnosis::tr(
                    "The certificate %1 presented was issued by \"%2\", not by the expected %3. Something "
                    "in the path decrypts and re-signs the connection (SSL decryption).")
                    .arg(out.host(), issuerShown,
                         joinStrings(step.details.value(QStringLiteral("expectedIssuers")))),
                Diagnosis::tr(
                    "Exclude %1 from SSL decryption (TLS inspection) on the proxy or firewall. The Cloud "
                    "Connector pins the real certificate chain and fails through inspection. Usually "
                    "owned by the security or proxy team.")
                    .arg(out.pattern()),
                {Diagnosis::kCtx221535});
    }

    QStringList seen;
    for (const QJsonValue& value : step.details.value(QStringLiteral("errors")).toArray()) {
        const QString kind = value.toObject().value(QStringLiteral("kind")).toString();
        const QString text = value.toObject().value(QStringLiteral("text")).toString();
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
            out.add(
                FindingCode::CertUntrusted, Verdict::Fail,
                Diagnosis::tr("The certificate of %1, issued by \"%2\", is not trusted by this machine: %3.")
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
    const QString error = step.details.value(QStringLiteral("error")).toString();
    if (!error.isEmpty()) {
        QString message;
        if (error == u"timeout") {
            message = Diagnosis::tr("%1 accepted the connection but sent no HTTP response within %2 ms.")
                          .arg(out.host(),
                               QString::number(step.details.value(QStringLiteral("timeoutMs")).toInt()));
        } else if (error == u"malformed") {
            message =
                Diagnosis::tr("%1 answered with something that is not HTTP: \"%2\".")
                    .arg(out.host(), step.details.value(QStringLiteral("received")).toString().left(80));
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

    const int status = step.details.value(QStringLiteral("status")).toInt();
    const QString location = step.details.value(QStringLiteral("location")).toString();
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

    const QJsonValue skew = step.details.value(QStringLiteral("clockSkewSeconds"));
    if (skew.isDouble() && std::abs(skew.toDouble()) > Diagnosis::kClockSkewLimitSeconds) {
        const qint64 seconds = qint64(skew.toDouble());
        out.add(FindingCode::ClockSkew, Verdict::Warn,
                Diagnosis::tr("This machine's clock is %1 seconds %2 the time reported by %3 (%4).")
                    .arg(QString::number(std::abs(seconds)),
                         seconds > 0 ? Diagnosis::tr("ahead of") : Diagnosis::tr("behind"), out.host(),
                         step.details.value(QStringLiteral("date")).toString()),
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
                     QString::number(
                         step.details.value(QStringLiteral("timeoutMs")).toInt(int(step.durationMs)))),
            Diagnosis::tr(
                "HDX sessions will fall back to TCP, which is slower over long distances. Allow outbound "
                "UDP port 443 to %1 for Enlightened Data Transport (EDT).")
                .arg(out.pattern()));
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
            slow << Diagnosis::tr("%1 took %2 ms (limit %3 ms)")
                        .arg(stepName(step.step), QString::number(step.durationMs), QString::number(limit));
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

} // namespace

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
            diagnoseDns(step, out);
            break;
        case StepKind::Tcp:
            diagnoseTcp(step, result, out);
            break;
        case StepKind::Tls:
            diagnoseTls(step, out);
            break;
        case StepKind::Certificate:
            if (step.verdict == Verdict::Fail)
                diagnoseCertificate(step, result, out);
            break;
        case StepKind::Http:
            diagnoseHttp(step, out);
            break;
        case StepKind::Udp:
            diagnoseUdp(step, out);
            break;
        case StepKind::Proxy:
        case StepKind::Revocation:
            break;
        }
        // The step verdict bounds the target's even if no finding explains it: never a false pass.
        if (step.verdict == Verdict::Error)
            verdict = worse(verdict, Verdict::Error);
        else if (step.verdict == Verdict::Fail)
            verdict = worse(verdict, result.target.required ? Verdict::Fail : Verdict::Warn);
        else if (step.verdict == Verdict::Warn)
            verdict = worse(verdict, Verdict::Warn);
        else if (step.verdict == Verdict::NotRun && !step.details.contains(QStringLiteral("blockedBy")))
            verdict = worse(verdict, Verdict::NotRun); // cancelled or unsupported: not a pass
    }
    diagnoseSlowSteps(result, out);
    result.findings = out.take();
    for (const Finding& finding : std::as_const(result.findings))
        verdict = worse(verdict, finding.severity);
    if (result.steps.isEmpty())
        verdict = Verdict::NotRun;
    result.verdict = verdict;
    if (result.cancelled && verdict != Verdict::Fail)
        result.reason = tr("Not finished: the run was cancelled.");
}

} // namespace cloudcheck
