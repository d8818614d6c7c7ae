#pragma once

#include "FindingCode.h"
#include "Verdict.h"

#include <QStringList>

namespace cloudcheck {

// One problem stated for the whole run: what several targets have in common, worded once, with
// the fix that clears all of them ("port 80 is blocked for every revocation host"). A problem of
// this machine's own settings names the host checks it comes from instead of targets.
struct RunInsight
{
    FindingCode code = FindingCode::HttpUnexpected;
    Verdict severity = Verdict::Fail;
    QString message;
    QString remediation;
    QStringList links;
    QStringList targetIds;
    QStringList hostCheckIds; // HostCheck::id: "tls12_client"
};

} // namespace cloudcheck
