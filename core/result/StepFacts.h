#pragma once

#include "support/EnumNames.h"

#include <QJsonObject>
#include <QLatin1String>
#include <optional>

namespace cloudcheck {

// The vocabulary of StepResult::details: key names and the outcome values they carry. The probe
// writes them, Diagnosis, the reports and the GUI read them; docs/report-format.md lists them.
namespace fact {
inline constexpr QLatin1String kError{"error"};
inline constexpr QLatin1String kErrorText{"errorText"};
inline constexpr QLatin1String kTimeoutMs{"timeoutMs"};
inline constexpr QLatin1String kSource{"source"};
inline constexpr QLatin1String kAddresses{"addresses"};
inline constexpr QLatin1String kSinkholeAddresses{"sinkholeAddresses"};
inline constexpr QLatin1String kConnectPort{"connectPort"};
inline constexpr QLatin1String kInformational{"informational"};
inline constexpr QLatin1String kQueuedMs{"queuedMs"}; // waited for a free resolver thread
inline constexpr QLatin1String kPort{"port"};
inline constexpr QLatin1String kAddress{"address"};
inline constexpr QLatin1String kAttempts{"attempts"};
inline constexpr QLatin1String kOutcome{"outcome"};
inline constexpr QLatin1String kDurationMs{"durationMs"};
inline constexpr QLatin1String kProtocol{"protocol"};
inline constexpr QLatin1String kCipher{"cipher"};
inline constexpr QLatin1String kChain{"chain"};
inline constexpr QLatin1String kErrors{"errors"};
inline constexpr QLatin1String kKind{"kind"};
inline constexpr QLatin1String kText{"text"};
inline constexpr QLatin1String kExpectedIssuers{"expectedIssuers"};
inline constexpr QLatin1String kIssuerOrganizations{"issuerOrganizations"};
inline constexpr QLatin1String kIntercepted{"intercepted"};
inline constexpr QLatin1String kStatus{"status"};
inline constexpr QLatin1String kReason{"reason"};
inline constexpr QLatin1String kHttpVersion{"httpVersion"};
inline constexpr QLatin1String kReceived{"received"};
inline constexpr QLatin1String kServer{"server"};
inline constexpr QLatin1String kLocation{"location"};
inline constexpr QLatin1String kVia{"via"};
inline constexpr QLatin1String kDate{"date"};
inline constexpr QLatin1String kClockSkewSeconds{"clockSkewSeconds"};
inline constexpr QLatin1String kBlockedBy{"blockedBy"};
inline constexpr QLatin1String kCancelled{"cancelled"};
// The proxy step.
inline constexpr QLatin1String kProxy{"proxy"};           // "host:port"
inline constexpr QLatin1String kRequest{"request"};       // "CONNECT host:443" or "GET http://host/"
inline constexpr QLatin1String kStatusLine{"statusLine"}; // the proxy's reply, escaped
inline constexpr QLatin1String kProxyAuthenticate{"proxyAuthenticate"}; // offered schemes
inline constexpr QLatin1String kSquidError{"squidError"};               // X-Squid-Error
inline constexpr QLatin1String kProxyStatus{"proxyStatus"};             // RFC 9209 Proxy-Status
inline constexpr QLatin1String kRouteProblem{"routeProblem"};
inline constexpr QLatin1String kSignIn{"signIn"};         // SignInOutcome, after a 407
inline constexpr QLatin1String kSignInWith{"signInWith"}; // "credentials" or "single_sign_on"
inline constexpr QLatin1String kSignInError{"signInError"};
inline constexpr QLatin1String kSignInScheme{"signInScheme"}; // the challenge answered
inline constexpr QLatin1String kViaProxy{"viaProxy"};         // an http/tls step that ran through the tunnel
// The revocation step: one entry of `checks` per (certificate, CRL or OCSP address).
inline constexpr QLatin1String kChecks{"checks"};
inline constexpr QLatin1String kCertificate{"certificate"}; // the checked certificate's subject
inline constexpr QLatin1String kSerial{"serial"};
inline constexpr QLatin1String kMethod{"method"}; // RevocationMethod
inline constexpr QLatin1String kUrl{"url"};
inline constexpr QLatin1String kHost{"host"};
inline constexpr QLatin1String kRoute{"route"};                       // "direct" or "proxy"
inline constexpr QLatin1String kProblem{"problem"};                   // RevocationProblem
inline constexpr QLatin1String kContentType{"contentType"};           // escaped
inline constexpr QLatin1String kBytes{"bytes"};                       // body size received
inline constexpr QLatin1String kShared{"shared"};                     // answered from the run's cache
inline constexpr QLatin1String kRevokedAt{"revokedAt"};               // ISO 8601 UTC
inline constexpr QLatin1String kRevocationReason{"revocationReason"}; // RFC 5280 reason name
inline constexpr QLatin1String kThisUpdate{"thisUpdate"};
inline constexpr QLatin1String kNextUpdate{"nextUpdate"};
inline constexpr QLatin1String kNonce{"nonce"}; // "matched" or "absent"
inline constexpr QLatin1String kProfile{"profile"};
// A revocation host's own check (a catalog address that serves CRLs, OCSP or CA certificates).
inline constexpr QLatin1String kRole{"role"};     // RevocationRole: what the host serves
inline constexpr QLatin1String kSample{"sample"}; // true: the catalog's sample URL, no chain named one
inline constexpr QLatin1String kOcspResponseStatus{"ocspResponseStatus"}; // "successful", "unauthorized"…
inline constexpr QLatin1String kIssuerFound{"issuerFound"}; // a sample CRL's issuer is a trusted root
// The cipher step: the pinned TLS 1.2 handshake a catalog cipher policy asks for.
inline constexpr QLatin1String kPolicy{"policy"};     // CipherPolicy name, "citrix-ingress"
inline constexpr QLatin1String kOffered{"offered"};   // the suites offered, as OpenSSL names
inline constexpr QLatin1String kPath{"path"};         // the second connection's facts when it failed
inline constexpr QLatin1String kPathStep{"pathStep"}; // "tcp" or "proxy": which step opened it
} // namespace fact

enum class DnsError
{
    Nxdomain,
    Servfail,
    Timeout,
    Sinkhole
};
enum class ConnectOutcome
{
    Connected,
    Refused,
    Unreachable,
    Timeout,
    Abandoned,
    Error
};
enum class TlsError
{
    ProtocolTooOld,
    NotTls,
    Closed,
    Handshake,
    Timeout
};
// Why the cipher step's pinned TLS 1.2 handshake failed.
enum class CipherError
{
    NoSharedSuite, // a handshake_failure alert: none of the offered suites is acceptable
    Tls12Refused,  // the far end refuses TLS 1.2 itself (a TLS 1.3-only server or proxy)
    Closed,        // the connection was closed or reset during the handshake
    Handshake,     // any other handshake error; errorText says which
    Timeout
};
enum class HttpError
{
    Timeout,
    Malformed,
    Closed
};
enum class UdpOutcome
{
    Answered,
    NoAnswer,
    Error
};
// Where the way through the proxy ended.
enum class ProxyError
{
    RouteProblem,    // the setting names a proxy that cannot be used (PAC, SOCKS, unreadable)
    ResolverBusy,    // no resolver thread became free in time to look the proxy name up
    NameNotResolved, // the proxy's own name does not resolve
    Refused,
    Unreachable,
    Timeout,      // TCP to the proxy timed out
    NoReply,      // the proxy took the connection but did not answer CONNECT in time
    NotHttp,      // the reply is not HTTP
    Closed,       // the proxy closed the connection without a reply
    Denied,       // CONNECT answered with a refusal (403, 502, ...)
    AuthRequired, // 407, and no sign-in opened the tunnel
    AuthFailed    // 407 again after the given credentials were offered
};
// What signing in to a proxy that answered 407 gave (one attempt, AuthenticatedTunnel).
enum class SignInOutcome
{
    Accepted,   // the tunnel opened
    Refused,    // the proxy refused what was offered
    NotOffered, // no credentials, and no single sign-on took place
    Failed,     // the connection for the attempt failed
    TimedOut
};

// How one certificate's revocation was asked about.
enum class RevocationMethod
{
    Crl,
    Ocsp,
    IssuerCertificate // an Authority Information Access caIssuers download
};
// What one CRL or OCSP address said about one certificate.
enum class RevocationOutcome
{
    Good,
    Revoked,
    Unreachable, // no answer in time, refused, unreachable, the name does not resolve
    Invalid      // something answered, but not a valid, current CRL or OCSP response
};
// Why a check is unreachable or invalid.
enum class RevocationProblem
{
    NameNotResolved,
    Refused,
    Unreachable,
    Timeout,
    Closed,       // the connection closed before a complete answer
    NotHttp,      // the answer is not HTTP
    HttpStatus,   // an HTTP status other than 200 (a block page, a proxy error)
    TooLarge,     // more than the size cap
    NotCrl,       // the body does not parse as a CRL (DER or PEM)
    NotOcsp,      // the body does not parse as an OCSP response
    BadSignature, // the CRL or OCSP response is not signed by the certificate's issuer
    Stale,        // the CRL's nextUpdate or the OCSP response's validity has passed
    NotYetValid,  // thisUpdate is in the future
    OcspStatus,   // the responder answered an error (malformed request, try later, unauthorized)
    NonceMismatch,
    UnknownCertificate,     // OCSP "unknown": the responder does not know the certificate
    NoAnswerForCertificate, // the OCSP response does not cover the certificate asked about
    NotCertificate          // a caIssuers download that is not a certificate (DER, PEM or PKCS#7)
};

template <typename Enum>
struct FactNames;

template <>
struct FactNames<DnsError>
{
    static constexpr EnumNames<DnsError, 4> table{{{
        {DnsError::Nxdomain, "nxdomain"},
        {DnsError::Servfail, "servfail"},
        {DnsError::Timeout, "timeout"},
        {DnsError::Sinkhole, "sinkhole"},
    }}};
};
template <>
struct FactNames<ConnectOutcome>
{
    static constexpr EnumNames<ConnectOutcome, 6> table{{{
        {ConnectOutcome::Connected, "connected"},
        {ConnectOutcome::Refused, "refused"},
        {ConnectOutcome::Unreachable, "unreachable"},
        {ConnectOutcome::Timeout, "timeout"},
        {ConnectOutcome::Abandoned, "abandoned"},
        {ConnectOutcome::Error, "error"},
    }}};
};
template <>
struct FactNames<TlsError>
{
    static constexpr EnumNames<TlsError, 5> table{{{
        {TlsError::ProtocolTooOld, "protocol_too_old"},
        {TlsError::NotTls, "not_tls"},
        {TlsError::Closed, "closed"},
        {TlsError::Handshake, "handshake"},
        {TlsError::Timeout, "timeout"},
    }}};
};
template <>
struct FactNames<CipherError>
{
    static constexpr EnumNames<CipherError, 5> table{{{
        {CipherError::NoSharedSuite, "no_shared_suite"},
        {CipherError::Tls12Refused, "tls12_refused"},
        {CipherError::Closed, "closed"},
        {CipherError::Handshake, "handshake"},
        {CipherError::Timeout, "timeout"},
    }}};
};
template <>
struct FactNames<HttpError>
{
    static constexpr EnumNames<HttpError, 3> table{{{
        {HttpError::Timeout, "timeout"},
        {HttpError::Malformed, "malformed"},
        {HttpError::Closed, "closed"},
    }}};
};
template <>
struct FactNames<UdpOutcome>
{
    static constexpr EnumNames<UdpOutcome, 3> table{{{
        {UdpOutcome::Answered, "answered"},
        {UdpOutcome::NoAnswer, "no_answer"},
        {UdpOutcome::Error, "error"},
    }}};
};
template <>
struct FactNames<ProxyError>
{
    static constexpr EnumNames<ProxyError, 12> table{{{
        {ProxyError::RouteProblem, "route_problem"},
        {ProxyError::ResolverBusy, "resolver_busy"},
        {ProxyError::NameNotResolved, "name_not_resolved"},
        {ProxyError::Refused, "refused"},
        {ProxyError::Unreachable, "unreachable"},
        {ProxyError::Timeout, "timeout"},
        {ProxyError::NoReply, "no_reply"},
        {ProxyError::NotHttp, "not_http"},
        {ProxyError::Closed, "closed"},
        {ProxyError::Denied, "denied"},
        {ProxyError::AuthRequired, "auth_required"},
        {ProxyError::AuthFailed, "auth_failed"},
    }}};
};
template <>
struct FactNames<SignInOutcome>
{
    static constexpr EnumNames<SignInOutcome, 5> table{{{
        {SignInOutcome::Accepted, "accepted"},
        {SignInOutcome::Refused, "refused"},
        {SignInOutcome::NotOffered, "not_offered"},
        {SignInOutcome::Failed, "failed"},
        {SignInOutcome::TimedOut, "timed_out"},
    }}};
};

template <>
struct FactNames<RevocationMethod>
{
    static constexpr EnumNames<RevocationMethod, 3> table{{{
        {RevocationMethod::Crl, "crl"},
        {RevocationMethod::Ocsp, "ocsp"},
        {RevocationMethod::IssuerCertificate, "ca_issuers"},
    }}};
};
template <>
struct FactNames<RevocationOutcome>
{
    static constexpr EnumNames<RevocationOutcome, 4> table{{{
        {RevocationOutcome::Good, "good"},
        {RevocationOutcome::Revoked, "revoked"},
        {RevocationOutcome::Unreachable, "unreachable"},
        {RevocationOutcome::Invalid, "invalid"},
    }}};
};
template <>
struct FactNames<RevocationProblem>
{
    static constexpr EnumNames<RevocationProblem, 18> table{{{
        {RevocationProblem::NameNotResolved, "name_not_resolved"},
        {RevocationProblem::Refused, "refused"},
        {RevocationProblem::Unreachable, "unreachable"},
        {RevocationProblem::Timeout, "timeout"},
        {RevocationProblem::Closed, "closed"},
        {RevocationProblem::NotHttp, "not_http"},
        {RevocationProblem::HttpStatus, "http_status"},
        {RevocationProblem::TooLarge, "too_large"},
        {RevocationProblem::NotCrl, "not_crl"},
        {RevocationProblem::NotOcsp, "not_ocsp"},
        {RevocationProblem::BadSignature, "bad_signature"},
        {RevocationProblem::Stale, "stale"},
        {RevocationProblem::NotYetValid, "not_yet_valid"},
        {RevocationProblem::OcspStatus, "ocsp_status"},
        {RevocationProblem::NonceMismatch, "nonce_mismatch"},
        {RevocationProblem::UnknownCertificate, "unknown_certificate"},
        {RevocationProblem::NoAnswerForCertificate, "no_answer_for_certificate"},
        {RevocationProblem::NotCertificate, "not_certificate"},
    }}};
};

template <typename Enum>
QString factName(Enum value)
{
    return FactNames<Enum>::table.name(value);
}

// The outcome stored under `key`, or nullopt when there is none (or an unknown one).
template <typename Enum>
std::optional<Enum> readFact(const QJsonObject& details, QLatin1String key)
{
    return FactNames<Enum>::table.fromName(details.value(key).toString());
}

} // namespace cloudcheck
