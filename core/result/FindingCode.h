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
    // The host group: this machine's own settings (core/readiness), not an address.
    HostTls12Disabled,
    HostCiphersMissing,
    HostDotnetWeakCrypto,
    HostFips,
    HostIeEsc,
    HostUnsupportedOs,
    HostDomainRole,
    HostRootsMissing,
    HostWinhttpMismatch,
    HostConnectorOutdated,
    HostConnectorWrongRegion,
};

QString findingCodeName(FindingCode code);
std::optional<FindingCode> findingCodeFromName(QStringView name);
QStringList allFindingCodeNames();

} // namespace cloudcheck
