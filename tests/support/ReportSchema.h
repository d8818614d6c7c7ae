// Validates JSON reports against resources/schema/report-v1.schema.json with Debian's
// python3-jsonschema (Draft 2020-12, formats checked). Any problem, including a missing Python,
// module or schema file, is returned as text so the calling test fails instead of passing.
#pragma once

#include <QByteArray>
#include <QString>

namespace cctest {

class ReportSchema
{
public:
    // Empty when valid; otherwise one line per error as "<json path>: <message>".
    static QString validate(const QByteArray& reportJson);
    static QString validate(const QByteArray& reportJson, const QString& schemaPath);
    static QString schemaPath();
};

} // namespace cctest
