#include "ReportSchema.h"

#include <QFileInfo>
#include <QProcess>

namespace cctest {

namespace {

constexpr int kTimeoutMs = 60000;

// Exit codes: 0 valid, 1 invalid report, 2 unusable input or schema, 3 jsonschema missing.
// Python 3.11's fromisoformat is lenient, so date-time is also matched against RFC 3339's shape;
// jsonschema itself only checks date-time when rfc3339-validator is installed, which Debian 12's
// python3-jsonschema does not pull in.
constexpr char kScript[] = R"PY(
import json, re, sys
from datetime import datetime
try:
    import jsonschema
except ImportError as error:
    print("python3-jsonschema is not available (apt install python3-jsonschema): %s" % error)
    sys.exit(3)

try:
    with open(sys.argv[1], encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
except (OSError, ValueError, jsonschema.exceptions.SchemaError) as error:
    print("cannot use schema %s: %s" % (sys.argv[1], error))
    sys.exit(2)

try:
    report = json.loads(sys.stdin.buffer.read().decode("utf-8"))
except ValueError as error:
    print("report is not valid JSON: %s" % error)
    sys.exit(2)

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
checker = jsonschema.FormatChecker()

@checker.checks("date-time", raises=ValueError)
def is_date_time(value):
    if not isinstance(value, str):
        return True
    if not RFC3339.match(value):
        raise ValueError("not an RFC 3339 date-time")
    datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    return True

validator = jsonschema.Draft202012Validator(schema, format_checker=checker)
errors = sorted(validator.iter_errors(report), key=lambda e: [str(p) for p in e.absolute_path])
for error in errors[:20]:
    print("%s: %s" % (error.json_path, error.message))
if len(errors) > 20:
    print("... and %d more errors" % (len(errors) - 20))
sys.exit(1 if errors else 0)
)PY";

} // namespace

QString ReportSchema::schemaPath()
{
    return QString::fromUtf8(CLOUDCHECK_REPORT_SCHEMA);
}

QString ReportSchema::validate(const QByteArray& reportJson)
{
    return validate(reportJson, schemaPath());
}

QString ReportSchema::validate(const QByteArray& reportJson, const QString& schemaPath)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFileInfo(schemaPath).isFile())
        return QStringLiteral("ReportSchema: schema file %1 does not exist").arg(schemaPath);

    QProcess process;
    // -I: ignore PYTHONPATH and user site-packages so Debian's jsonschema is the one used.
    process.start(python,
                  {QStringLiteral("-I"), QStringLiteral("-c"), QString::fromUtf8(kScript), schemaPath});
    if (!process.waitForStarted(kTimeoutMs))
        return QStringLiteral("ReportSchema: cannot run %1 (python3 is required to validate reports): %2")
            .arg(python, process.errorString());
    process.write(reportJson);
    process.closeWriteChannel();
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("ReportSchema: %1 did not finish within %2 ms").arg(python).arg(kTimeoutMs);
    }

    const QString output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    QString message = output;
    if (!errors.isEmpty())
        message += (message.isEmpty() ? QString() : QStringLiteral("\n")) + errors;
    if (message.isEmpty())
        message =
            QStringLiteral("ReportSchema: %1 exited with status %2").arg(python).arg(process.exitCode());
    return message;
}

} // namespace cctest
