#pragma once

#include <QString>
#include <optional>

namespace cloudcheck {

// The SPEC's steps, in the order a target runs them.
enum class StepKind
{
    Dns,
    Proxy,
    Tcp,
    Tls,
    Cipher, // the pinned TLS 1.2 handshake of a catalog cipher policy (Citrix ingress hosts)
    Certificate,
    Revocation,
    Http,
    Udp
};

QString stepName(StepKind step);
std::optional<StepKind> stepFromName(QStringView name);

} // namespace cloudcheck
