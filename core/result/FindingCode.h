#pragma once

#include <QString>
#include <optional>

namespace cloudcheck {

// Stable codes from SPEC.md; scripts match on their names, so never rename one.
enum class FindingCode
{
    DnsNxdomain,
    DnsTimeout,
    DnsServfail,
    DnsSinkhole,
    TcpRefused,
    TcpTimeout,
    TcpUnreachable,
    ProxyUnreachable,
    ProxyAuthRequired,
    ProxyAuthFailed,
    ProxyDenied,
    ProxyUnsupportedForConnector,
    ProxyPacFailed,
    ProxyTunnelCut,
    TlsHandshakeFailed,
    TlsProtocolTooOld,
    TlsCipherUnsupported,
    CertUntrusted,
    CertExpired,
    CertNotYetValid,
    CertHostnameMismatch,
    TlsIntercepted,
    RevocationUnreachable,
    RevocationInvalid,
    CertRevoked,
    HttpUnexpected,
    ClockSkew,
    SlowResponse,
    UdpBlocked,
};

QString findingCodeName(FindingCode code);
std::optional<FindingCode> findingCodeFromName(QStringView name);
QStringList allFindingCodeNames();

} // namespace cloudcheck
