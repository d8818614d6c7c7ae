#pragma once

#include "result/RunResult.h"

#include <QByteArray>
#include <QJsonObject>

namespace cloudcheck {

// The JSON report, schema version 1 (docs/report-format.md, resources/schema/).
class JsonReport
{
public:
    static constexpr int kSchemaVersion = 1;

    static QJsonObject toJson(const RunResult& run);
    static QByteArray render(const RunResult& run);
};

} // namespace cloudcheck
