#include "ReportWords.h"

#include "diagnosis/Diagnosis.h"
#include "result/RunSummary.h"
#include "result/StepFacts.h"

#include <QJsonArray>
#include <cmath>

namespace cloudcheck {

namespace {

QStringList strings(const QJsonValue& array)
{
    QStringList parts;
    for (const QJsonValue& item : array.toArray())
        parts << item.toString();
    return parts;
}

} // namespace

QString ReportWords::verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return tr("Passed");
    case Verdict::Warn:
        return tr("Warning");
    case Verdict::Fail:
        return tr("Failed");
    case Verdict::NotRun:
        return tr("Not checked");
    case Verdict::Error:
        return tr("Error");
    }
    return {};
}

QString ReportWords::verdictTag(Verdict verdict)
{
    return verdictLabel(verdict).toUpper();
}

QString ReportWords::stepLabel(StepKind step)
{
    switch (step) {
    case StepKind::Dns:
        return tr("DNS lookup");
    case StepKind::Proxy:
        return tr("Proxy");
    case StepKind::Tcp:
        return tr("TCP connection");
    case StepKind::Tls:
        return tr("TLS handshake");
    case StepKind::Cipher:
        return tr("Cipher suites (TLS 1.2)");
    case StepKind::Certificate:
        return tr("Certificate");
    case StepKind::Revocation:
        return tr("Revocation check");
    case StepKind::Http:
        return tr("HTTP request");
    case StepKind::Udp:
        return tr("UDP (EDT)");
    }
    return {};
}

QString ReportWords::outcome(const QString& value)
{
    // One word per recorded value, whatever step recorded it: "timeout" means the same wait ran
    // out for DNS, TCP, TLS and HTTP.
    static const struct
    {
        const char* value;
        const char* words;
    } kWords[] = {
        {"nxdomain", QT_TRANSLATE_NOOP("ReportWords", "name does not exist")},
        {"servfail", QT_TRANSLATE_NOOP("ReportWords", "DNS server failure")},
        {"sinkhole", QT_TRANSLATE_NOOP("ReportWords", "answer blocked by a DNS filter")},
        {"timeout", QT_TRANSLATE_NOOP("ReportWords", "no answer in time")},
        {"connected", QT_TRANSLATE_NOOP("ReportWords", "connected")},
        {"refused", QT_TRANSLATE_NOOP("ReportWords", "connection refused")},
        {"unreachable", QT_TRANSLATE_NOOP("ReportWords", "unreachable")},
        {"abandoned", QT_TRANSLATE_NOOP("ReportWords", "not needed (another address answered first)")},
        {"error", QT_TRANSLATE_NOOP("ReportWords", "error")},
        {"protocol_too_old", QT_TRANSLATE_NOOP("ReportWords", "no common TLS version")},
        {"not_tls", QT_TRANSLATE_NOOP("ReportWords", "answer is not TLS")},
        {"closed", QT_TRANSLATE_NOOP("ReportWords", "connection closed by the other side")},
        {"handshake", QT_TRANSLATE_NOOP("ReportWords", "TLS negotiation failed")},
        {"malformed", QT_TRANSLATE_NOOP("ReportWords", "answer is not valid HTTP")},
        {"answered", QT_TRANSLATE_NOOP("ReportWords", "answered")},
        {"no_answer", QT_TRANSLATE_NOOP("ReportWords", "no answer")},
        {"route_problem", QT_TRANSLATE_NOOP("ReportWords", "the proxy setting cannot be used")},
        {"name_not_resolved", QT_TRANSLATE_NOOP("ReportWords", "the proxy's name does not resolve")},
        {"no_reply", QT_TRANSLATE_NOOP("ReportWords", "no answer to CONNECT")},
        {"not_http", QT_TRANSLATE_NOOP("ReportWords", "not an HTTP proxy")},
        {"denied", QT_TRANSLATE_NOOP("ReportWords", "refused by the proxy's policy")},
        {"auth_required", QT_TRANSLATE_NOOP("ReportWords", "proxy authentication required")},
        {"no_shared_suite", QT_TRANSLATE_NOOP("ReportWords", "none of the offered cipher suites accepted")},
        {"tls12_refused", QT_TRANSLATE_NOOP("ReportWords", "TLS 1.2 refused")},
    };
    for (const auto& entry : kWords) {
        if (value == QLatin1String(entry.value))
            return tr(entry.words);
    }
    return value;
}

QString ReportWords::list(const QStringList& items)
{
    return joinList(items);
}

QString ReportWords::quote(const QString& text)
{
    return tr("\"%1\"", "quoting what a server, proxy or certificate said").arg(text);
}

QString ReportWords::milliseconds(qint64 ms)
{
    return tr("%1 ms").arg(ms);
}

QString ReportWords::runHeadline(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return tr("Ready: every address is reachable");
    case Verdict::Warn:
    case Verdict::NotRun:
        return tr("Reachable, with warnings");
    case Verdict::Fail:
    case Verdict::Error:
        return tr("Not ready: required addresses fail");
    }
    return {};
}

QString ReportWords::runSentence(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return tr("This machine reaches every address the chosen services need.");
    case Verdict::Warn:
    case Verdict::NotRun:
        return tr("The required addresses answered, but some checks warned or could not run. "
                  "The services should work; fix the warnings below to avoid trouble.");
    case Verdict::Fail:
    case Verdict::Error:
        return tr("This machine cannot reach addresses the chosen services need. They will not "
                  "work fully until the problems below are fixed.");
    }
    return {};
}

namespace {

bool failsOnlyOnThisMachine(const RunSummary& summary)
{
    const auto failing = [](Verdict verdict) {
        return verdict == Verdict::Fail || verdict == Verdict::Error;
    };
    return failing(summary.verdict) && failing(summary.host) && !failing(summary.addresses);
}

} // namespace

QString ReportWords::runHeadline(const RunSummary& summary)
{
    if (failsOnlyOnThisMachine(summary))
        return tr("Not ready: this machine's own settings fail");
    return runHeadline(summary.verdict);
}

QString ReportWords::runSentence(const RunSummary& summary)
{
    if (failsOnlyOnThisMachine(summary)) {
        return tr("The addresses answered, but settings on this machine (listed below) stop every "
                  "Citrix Cloud connection, whatever the network allows. Fix them first.");
    }
    return runSentence(summary.verdict);
}

QString ReportWords::cancelledSentence()
{
    return tr("The run was cancelled, so these results are partial.");
}

QString ReportWords::profileLabel(Profile profile)
{
    switch (profile) {
    case Profile::Connector:
        return tr("Cloud Connector");
    case Profile::Browser:
        return tr("Administrator's browser");
    case Profile::Vda:
        return tr("Session host (VDA)");
    }
    return {};
}

QString ReportWords::proxyMode(const ProxySetting& setting, const QString& systemProxy)
{
    switch (setting.mode) {
    case ProxySetting::Mode::System:
        return systemProxy == u"none" || systemProxy.isEmpty()
                   ? tr("System settings (no proxy set)")
                   : tr("System settings (%1)").arg(QUrl(systemProxy).toString(QUrl::RemoveUserInfo));
    case ProxySetting::Mode::None:
        return tr("None (direct, as chosen)");
    case ProxySetting::Mode::Manual:
        return tr("Given for this check (%1)").arg(setting.url.toString(QUrl::RemoveUserInfo));
    case ProxySetting::Mode::Pac:
        return tr("PAC script (%1)").arg(setting.url.toString(QUrl::RemoveUserInfo));
    }
    return {};
}

QString ReportWords::required(bool required)
{
    return required ? tr("Required") : tr("Recommended");
}

QString ReportWords::stepFacts(const StepResult& step)
{
    const QJsonObject& d = step.details;
    if (d.value(fact::kCancelled).toBool())
        return tr("Not finished: the run was cancelled");
    if (const QString blockedBy = d.value(fact::kBlockedBy).toString(); !blockedBy.isEmpty()) {
        const auto kind = stepFromName(blockedBy);
        return tr("Skipped: %1 failed").arg(kind ? stepLabel(*kind) : blockedBy);
    }
    const QString reason = d.value(fact::kReason).toString();
    if (reason == u"needs_customer_id")
        return tr("Skipped: needs the Customer ID");
    if (reason == u"not_supported")
        return tr("Not supported yet");
    const QString error = d.value(fact::kError).toString();
    const QString errorText = d.value(fact::kErrorText).toString();
    // Text from a library or the network is a detail beside our words, never the sentence itself.
    const auto withDetail = [](const QString& words, const QString& detail) {
        return detail.isEmpty() ? words : tr("%1 (detail: %2)").arg(words, quote(detail));
    };

    switch (step.step) {
    case StepKind::Dns: {
        QString text = list(strings(d.value(fact::kAddresses)));
        if (d.value(fact::kSource).toString() == u"override")
            text = tr("%1 (pinned)").arg(text);
        if (!error.isEmpty())
            text = withDetail(tr("Error: %1").arg(outcome(error)), errorText);
        if (d.value(fact::kInformational).toBool()) {
            if (reason == u"unfinished")
                return tr("For information only: the proxy resolves names (no answer yet)");
            return tr("For information only, the proxy resolves names: %1").arg(text);
        }
        return text;
    }
    case StepKind::Tcp: {
        if (error.isEmpty()) {
            return tr("Connected to %1 port %2")
                .arg(d.value(fact::kAddress).toString(), QString::number(d.value(fact::kPort).toInt()));
        }
        QStringList tried;
        for (const QJsonValue& attempt : d.value(fact::kAttempts).toArray()) {
            const QJsonObject object = attempt.toObject();
            tried << tr("%1: %2 (%3)")
                         .arg(object.value(fact::kAddress).toString(),
                              outcome(object.value(fact::kOutcome).toString()),
                              milliseconds(object.value(fact::kDurationMs).toInteger()));
        }
        return tr("%1 on port %2 (%3)")
            .arg(outcome(error), QString::number(d.value(fact::kPort).toInt()), list(tried));
    }
    case StepKind::Tls: {
        if (!error.isEmpty())
            return withDetail(tr("Error: %1").arg(outcome(error)), errorText);
        QString text = d.value(fact::kProtocol).toString() + u' ' + d.value(fact::kCipher).toString();
        const QJsonArray chain = d.value(fact::kChain).toArray();
        if (!chain.isEmpty())
            text +=
                u"; " + tr("issued by %1")
                            .arg(quote(chain.first().toObject().value(QStringLiteral("issuer")).toString()));
        return text.trimmed();
    }
    case StepKind::Cipher: {
        const QString offered = list(strings(d.value(fact::kOffered)));
        if (reason == u"unavailable")
            return tr("Not checked: this machine's TLS library has none of the required suites");
        if (reason == u"path_failed") {
            const QJsonObject path = d.value(fact::kPath).toObject();
            return withDetail(tr("Not checked: a second connection could not be opened (%1)")
                                  .arg(outcome(path.value(fact::kError).toString())),
                              path.value(fact::kErrorText).toString());
        }
        if (!error.isEmpty())
            return withDetail(tr("Offered only %1 over TLS 1.2: %2").arg(offered, outcome(error)), errorText);
        return tr("%1 %2 negotiated (offered only %3)")
            .arg(d.value(fact::kProtocol).toString(), d.value(fact::kCipher).toString(), offered);
    }
    case StepKind::Certificate: {
        QStringList problems;
        for (const QJsonValue& item : d.value(fact::kErrors).toArray())
            problems << quote(item.toObject().value(fact::kText).toString());
        if (d.value(fact::kIntercepted).toBool()) {
            problems << tr("issuer %1, expected %2")
                            .arg(quote(list(strings(d.value(fact::kIssuerOrganizations)))),
                                 quote(list(strings(d.value(fact::kExpectedIssuers)))));
        }
        if (!problems.isEmpty())
            return problems.join(QStringLiteral("; "));
        return tr("Trusted; issuer %1").arg(quote(list(strings(d.value(fact::kIssuerOrganizations)))));
    }
    case StepKind::Http: {
        if (!error.isEmpty())
            return tr("Error: %1").arg(outcome(error));
        QString text = QStringLiteral("HTTP %1").arg(d.value(fact::kStatus).toInt());
        if (const QString reason = d.value(fact::kReason).toString(); !reason.isEmpty())
            text += u' ' + quote(reason);
        if (const QString server = d.value(fact::kServer).toString(); !server.isEmpty())
            text += u"; " + tr("server %1").arg(quote(server));
        const QJsonValue skew = d.value(fact::kClockSkewSeconds);
        if (skew.isDouble() && std::abs(skew.toDouble()) > Diagnosis::kClockSkewLimitSeconds)
            text += u"; " + tr("system time off by %1 s").arg(qint64(skew.toDouble()));
        return text;
    }
    case StepKind::Udp:
        return tr("%1:%2, %3")
            .arg(d.value(fact::kAddress).toString(), QString::number(d.value(fact::kPort).toInt()),
                 outcome(d.value(fact::kOutcome).toString()));
    case StepKind::Proxy: {
        const QString proxy = d.value(fact::kProxy).toString();
        if (const QString line = d.value(fact::kStatusLine).toString(); !line.isEmpty())
            return tr("%1 answered %2: %3").arg(proxy, d.value(fact::kRequest).toString(), quote(line));
        if (!error.isEmpty())
            return withDetail(tr("%1: %2").arg(proxy, outcome(error)), errorText);
        return tr("Connected to the proxy %1").arg(proxy);
    }
    case StepKind::Revocation: {
        // One line for all the certificate's checks: how many answered good, and the worst other.
        const QJsonArray checks = d.value(fact::kChecks).toArray();
        if (checks.isEmpty())
            break;
        int good = 0;
        QString worst;
        for (const QJsonValue& value : checks) {
            const QJsonObject check = value.toObject();
            const auto result = readFact<RevocationOutcome>(check, fact::kOutcome);
            if (result == RevocationOutcome::Good)
                ++good;
            else if (worst.isEmpty() || result == RevocationOutcome::Revoked)
                worst = tr("%1: %2").arg(
                    check.value(fact::kUrl).toString(),
                    outcome(check.value(fact::kProblem).toString(check.value(fact::kOutcome).toString())));
        }
        const QString counted = tr("%1 of %2 CRL/OCSP answers good").arg(good).arg(checks.size());
        return worst.isEmpty() ? counted : counted + QStringLiteral("; ") + worst;
    }
    }
    return errorText;
}

QString ReportWords::findingTitle(FindingCode code)
{
    switch (code) {
    case FindingCode::DnsNxdomain:
        return tr("Name does not exist in DNS");
    case FindingCode::DnsTimeout:
        return tr("No DNS answer");
    case FindingCode::DnsServfail:
        return tr("DNS server failure");
    case FindingCode::DnsSinkhole:
        return tr("Name blocked by a DNS filter");
    case FindingCode::TcpRefused:
        return tr("Connection refused");
    case FindingCode::TcpTimeout:
        return tr("Port blocked (packets dropped)");
    case FindingCode::TcpUnreachable:
        return tr("Address unreachable");
    case FindingCode::ProxyUnreachable:
        return tr("Proxy server unreachable");
    case FindingCode::ProxyAuthRequired:
        return tr("Proxy authentication required");
    case FindingCode::ProxyAuthFailed:
        return tr("Proxy authentication failed");
    case FindingCode::ProxyDenied:
        return tr("Refused by the proxy's policy");
    case FindingCode::ProxyUnsupportedForConnector:
        return tr("Proxy setting the Cloud Connector cannot use");
    case FindingCode::ProxyPacFailed:
        return tr("PAC script could not be used");
    case FindingCode::ProxyTunnelCut:
        return tr("Proxy cuts long-lived tunnels");
    case FindingCode::TlsHandshakeFailed:
        return tr("TLS negotiation failed");
    case FindingCode::TlsProtocolTooOld:
        return tr("TLS version too old");
    case FindingCode::TlsCipherUnsupported:
        return tr("Cipher suites Citrix Cloud accepts not negotiated");
    case FindingCode::CertUntrusted:
        return tr("Certificate not trusted");
    case FindingCode::CertExpired:
        return tr("Certificate expired");
    case FindingCode::CertNotYetValid:
        return tr("Certificate not yet valid");
    case FindingCode::CertHostnameMismatch:
        return tr("Certificate for another name");
    case FindingCode::TlsIntercepted:
        return tr("SSL interception in the path");
    case FindingCode::RevocationUnreachable:
        return tr("Revocation check unreachable");
    case FindingCode::RevocationInvalid:
        return tr("Revocation answer not valid");
    case FindingCode::CertRevoked:
        return tr("Certificate revoked");
    case FindingCode::HttpUnexpected:
        return tr("Unexpected answer instead of the service");
    case FindingCode::ClockSkew:
        return tr("System time is off");
    case FindingCode::SlowResponse:
        return tr("Slow response");
    case FindingCode::UdpBlocked:
        return tr("UDP 443 blocked (EDT)");
    case FindingCode::HostTls12Disabled:
        return tr("TLS 1.2 switched off on this machine");
    case FindingCode::HostCiphersMissing:
        return tr("Required cipher suites removed by policy");
    case FindingCode::HostDotnetWeakCrypto:
        return tr(".NET strong cryptography off");
    case FindingCode::HostFips:
        return tr("FIPS mode on");
    case FindingCode::HostIeEsc:
        return tr("IE Enhanced Security Configuration on");
    case FindingCode::HostUnsupportedOs:
        return tr("Operating system not supported for the Cloud Connector");
    case FindingCode::HostDomainRole:
        return tr("Domain role not supported for the Cloud Connector");
    case FindingCode::HostRootsMissing:
        return tr("DigiCert certificates missing from the machine's store");
    case FindingCode::HostWinhttpMismatch:
        return tr("WinHTTP proxy differs from the user's proxy");
    case FindingCode::HostConnectorOutdated:
        return tr("Cloud Connector too old for the Gateway root change");
    case FindingCode::HostConnectorWrongRegion:
        return tr("Cloud Connector registered outside Citrix Cloud Japan");
    }
    return findingCodeName(code);
}

QString ReportWords::findingOwner(FindingCode code)
{
    switch (code) {
    case FindingCode::DnsNxdomain:
    case FindingCode::DnsTimeout:
    case FindingCode::DnsServfail:
    case FindingCode::DnsSinkhole:
    case FindingCode::TcpRefused:
    case FindingCode::TcpTimeout:
    case FindingCode::TcpUnreachable:
    case FindingCode::TlsHandshakeFailed:
    case FindingCode::CertHostnameMismatch:
    case FindingCode::RevocationUnreachable:
    case FindingCode::RevocationInvalid:
    case FindingCode::HttpUnexpected:
    case FindingCode::SlowResponse:
    case FindingCode::UdpBlocked:
        return tr("the network team");
    case FindingCode::ProxyUnreachable:
    case FindingCode::ProxyAuthRequired:
    case FindingCode::ProxyAuthFailed:
    case FindingCode::ProxyDenied:
    case FindingCode::ProxyUnsupportedForConnector:
    case FindingCode::ProxyPacFailed:
    case FindingCode::ProxyTunnelCut:
    case FindingCode::TlsIntercepted:
    case FindingCode::TlsCipherUnsupported: // usually an inspecting proxy re-terminating TLS
        return tr("the proxy team");
    case FindingCode::TlsProtocolTooOld:
    case FindingCode::CertUntrusted:
    case FindingCode::CertExpired:
    case FindingCode::CertNotYetValid:
    case FindingCode::CertRevoked:
    case FindingCode::ClockSkew:
    case FindingCode::HostTls12Disabled:
    case FindingCode::HostCiphersMissing:
    case FindingCode::HostDotnetWeakCrypto:
    case FindingCode::HostFips:
    case FindingCode::HostIeEsc:
    case FindingCode::HostUnsupportedOs:
    case FindingCode::HostDomainRole:
    case FindingCode::HostRootsMissing:
    case FindingCode::HostWinhttpMismatch:
    case FindingCode::HostConnectorOutdated:
    case FindingCode::HostConnectorWrongRegion:
        return tr("the server administrator");
    }
    return {};
}

} // namespace cloudcheck
