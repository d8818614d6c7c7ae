// Loopback ports with a known state for negative tests.
// refusedPort() was free a moment ago, so a connect to it gets RST (ECONNREFUSED); another
// process could in theory grab it in between, which on a test machine is negligible.
#pragma once

#include <QtGlobal>

namespace cctest {

// A 127.0.0.1 port nothing listens on; 0 if no port could be bound at all.
quint16 refusedPort();

} // namespace cctest
