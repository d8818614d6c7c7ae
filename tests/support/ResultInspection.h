// Reads a finished target the way the engine tests compare it: findings and steps flattened to
// strings, so one QCOMPARE shows the whole sequence when it differs instead of the first element.
#pragma once

#include "result/TargetResult.h"

#include <QString>
#include <QStringList>

namespace cctest {

// The findings' codes in order, e.g. {"TLS_INTERCEPTED", "CERT_UNTRUSTED"}.
QStringList findingCodes(const cloudcheck::TargetResult& result);

// "dns:pass tcp:pass tls:fail ..." in step order.
QString stepVerdicts(const cloudcheck::TargetResult& result);

} // namespace cctest
