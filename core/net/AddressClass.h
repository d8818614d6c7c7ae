#pragma once

#include <QHostAddress>

namespace cloudcheck {

// True for addresses a public internet service can never have: unspecified, loopback,
// link-local, private (RFC 1918, RFC 4193), shared CGNAT space and multicast. A DNS answer made
// only of these is a sinkhole, a split-horizon mistake or a filtering resolver.
bool isNonPublicAddress(const QHostAddress& address);

} // namespace cloudcheck
