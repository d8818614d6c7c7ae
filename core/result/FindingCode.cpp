#include "FindingCode.h"

#include "support/EnumNames.h"

#include <QStringList>

namespace cloudcheck {

namespace {
constexpr EnumNames<FindingCode, 40> kCodes({{
    {FindingCode::DnsNxdomain, "DNS_NXDOMAIN"},
    {FindingCode::DnsTimeout, "DNS_TIMEOUT"},
    {FindingCode::DnsServfail, "DNS_SERVFAIL"},
    {FindingCode::DnsSinkhole, "DNS_SINKHOLE"},
    {FindingCode::TcpRefused, "TCP_REFUSED"},
    {FindingCode::TcpTimeout, "TCP_TIMEOUT"},
    {FindingCode::TcpUnreachable, "TCP_UNREACHABLE"},
    {FindingCode::ProxyUnreachable, "PROXY_UNREACHABLE"},
    {FindingCode::ProxyAuthRequired, "PROXY_AUTH_REQUIRED"},
    {FindingCode::ProxyAuthFailed, "PROXY_AUTH_FAILED"},
    {FindingCode::ProxyDenied, "PROXY_DENIED"},
    {FindingCode::ProxyUnsupportedForConnector, "PROXY_UNSUPPORTED_FOR_CONNECTOR"},
    {FindingCode::ProxyPacFailed, "PROXY_PAC_FAILED"},
    {FindingCode::ProxyTunnelCut, "PROXY_TUNNEL_CUT"},
    {FindingCode::TlsHandshakeFailed, "TLS_HANDSHAKE_FAILED"},
    {FindingCode::TlsProtocolTooOld, "TLS_PROTOCOL_TOO_OLD"},
    {FindingCode::TlsCipherUnsupported, "TLS_CIPHER_UNSUPPORTED"},
    {FindingCode::CertUntrusted, "CERT_UNTRUSTED"},
    {FindingCode::CertExpired, "CERT_EXPIRED"},
    {FindingCode::CertNotYetValid, "CERT_NOT_YET_VALID"},
    {FindingCode::CertHostnameMismatch, "CERT_HOSTNAME_MISMATCH"},
    {FindingCode::TlsIntercepted, "TLS_INTERCEPTED"},
    {FindingCode::RevocationUnreachable, "REVOCATION_UNREACHABLE"},
    {FindingCode::RevocationInvalid, "REVOCATION_INVALID"},
    {FindingCode::CertRevoked, "CERT_REVOKED"},
    {FindingCode::HttpUnexpected, "HTTP_UNEXPECTED"},
    {FindingCode::ClockSkew, "CLOCK_SKEW"},
    {FindingCode::SlowResponse, "SLOW_RESPONSE"},
    {FindingCode::UdpBlocked, "UDP_BLOCKED"},
    {FindingCode::HostTls12Disabled, "HOST_TLS12_DISABLED"},
    {FindingCode::HostCiphersMissing, "HOST_CIPHERS_MISSING"},
    {FindingCode::HostDotnetWeakCrypto, "HOST_DOTNET_WEAK_CRYPTO"},
    {FindingCode::HostFips, "HOST_FIPS"},
    {FindingCode::HostIeEsc, "HOST_IE_ESC"},
    {FindingCode::HostUnsupportedOs, "HOST_UNSUPPORTED_OS"},
    {FindingCode::HostDomainRole, "HOST_DOMAIN_ROLE"},
    {FindingCode::HostRootsMissing, "HOST_ROOTS_MISSING"},
    {FindingCode::HostWinhttpMismatch, "HOST_WINHTTP_MISMATCH"},
    {FindingCode::HostConnectorOutdated, "HOST_CONNECTOR_OUTDATED"},
    {FindingCode::HostConnectorWrongRegion, "HOST_CONNECTOR_WRONG_REGION"},
}});
} // namespace

QString findingCodeName(FindingCode code)
{
    return kCodes.name(code);
}

std::optional<FindingCode> findingCodeFromName(QStringView name)
{
    return kCodes.fromName(name);
}

QStringList allFindingCodeNames()
{
    return kCodes.names();
}

} // namespace cloudcheck
