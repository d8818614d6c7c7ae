#include "ReportWriter.h"

#include "HtmlReport.h"
#include "JsonReport.h"
#include "TextReport.h"

#include <QFileInfo>
#include <QSaveFile>

namespace cloudcheck {

std::optional<ReportWriter::Format> ReportWriter::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"json")
        return Format::Json;
    if (suffix == u"txt" || suffix == u"text")
        return Format::Text;
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    return std::nullopt;
}

std::optional<ReportWriter::Format> ReportWriter::formatFromName(QStringView name)
{
    if (name == u"json")
        return Format::Json;
    if (name == u"text")
        return Format::Text;
    if (name == u"html")
        return Format::Html;
    return std::nullopt;
}

QByteArray ReportWriter::render(const RunResult& run, Format format)
{
    switch (format) {
    case Format::Json:
        return JsonReport::render(run);
    case Format::Text:
        return TextReport::render(run).toUtf8();
    case Format::Html:
        return HtmlReport::render(run);
    }
    return {};
}

QString ReportWriter::write(const RunResult& run, const QString& path)
{
    const auto format = formatForPath(path);
    if (!format)
        return tr("cannot tell the report format of \"%1\": use .json, .txt or .html").arg(path);
    return writeBytes(render(run, *format), path);
}

QString ReportWriter::writeBytes(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write \"%1\": %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("cannot write \"%1\": %2").arg(path, file.errorString());
    return {};
}

} // namespace cloudcheck
