#pragma once

#include "FindingCode.h"
#include "Verdict.h"

#include <QStringList>

namespace cloudcheck {

// A failure explained: what happened (with the observed facts), what to change, where to read.
struct Finding
{
    FindingCode code = FindingCode::HttpUnexpected;
    Verdict severity = Verdict::Fail; // Warn or Fail
    QString message;
    QString remediation;
    QStringList links;
};

} // namespace cloudcheck
