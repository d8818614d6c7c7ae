#include "AllowlistWriter.h"

#include "ReportWriter.h"

#include <QFileInfo>
#include <QUrl>

namespace cloudcheck {

namespace {

struct Rule
{
    QString pattern;
    QString protocol; // TCP or UDP
    quint16 port = 0;
    bool required = false;
    Verdict verdict = Verdict::Pass;
    QStringList services;
};

QList<Rule> collectRules(const RunResult& run)
{
    QList<Rule> rules;
    for (const TargetResult& result : run.targets) {
        for (const QString& pattern : result.target.patterns) {
            const QString protocol =
                result.target.scheme == Scheme::Udp ? QStringLiteral("UDP") : QStringLiteral("TCP");
            auto it = std::find_if(rules.begin(), rules.end(), [&](const Rule& rule) {
                return rule.pattern == pattern && rule.protocol == protocol &&
                       rule.port == result.target.port;
            });
            if (it == rules.end()) {
                rules.append({pattern, protocol, result.target.port, false, Verdict::Pass, {}});
                it = rules.end() - 1;
            }
            it->required = it->required || result.target.required;
            it->verdict = worse(it->verdict, result.verdict);
            for (const QString& service : result.target.services) {
                if (!it->services.contains(service))
                    it->services << service;
            }
        }
    }
    return rules;
}

QString hostPart(const QString& pattern)
{
    const qsizetype scheme = pattern.indexOf(QStringLiteral("://"));
    QString host = scheme >= 0 ? pattern.mid(scheme + 3) : pattern;
    return host.section(u'/', 0, 0);
}

QString csvField(QString value)
{
    // Quote always and neutralise spreadsheet formulas: patterns come from an editable catalog.
    if (value.startsWith(u'=') || value.startsWith(u'+') || value.startsWith(u'-') || value.startsWith(u'@'))
        value.prepend(u'\'');
    value.replace(u'"', QStringLiteral("\"\""));
    return u'"' + value + u'"';
}

} // namespace

std::optional<AllowlistWriter::Format> AllowlistWriter::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"txt")
        return Format::Text;
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"pac")
        return Format::Pac;
    return std::nullopt;
}

QByteArray AllowlistWriter::render(const RunResult& run, Format format)
{
    const QList<Rule> rules = collectRules(run);
    QString out;
    switch (format) {
    case Format::Text:
        out += tr("# Addresses to allow outbound for Citrix Cloud Japan (catalog %1, %2).\n"
                  "# Allow the wildcard domains themselves: single hosts break region failover.\n"
                  "# Exclude them from SSL decryption (CTX221535).\n")
                   .arg(run.catalog.version, run.catalog.date);
        for (const Rule& rule : rules) {
            out += QStringLiteral("%1\t%2/%3\t%4\t%5\n")
                       .arg(rule.pattern, rule.protocol, QString::number(rule.port),
                            rule.required ? QStringLiteral("required") : QStringLiteral("recommended"),
                            verdictName(rule.verdict));
        }
        break;
    case Format::Csv:
        out += QStringLiteral("pattern,protocol,port,level,status,services\r\n");
        for (const Rule& rule : rules) {
            out += QStringList{csvField(rule.pattern),
                               csvField(rule.protocol),
                               QString::number(rule.port),
                               csvField(rule.required ? QStringLiteral("required")
                                                      : QStringLiteral("recommended")),
                               csvField(verdictName(rule.verdict)),
                               csvField(rule.services.join(u' '))}
                       .join(u',') +
                   QStringLiteral("\r\n");
        }
        break;
    case Format::Pac: {
        // A PAC fragment for browsers: the Citrix domains go DIRECT, everything else keeps
        // the site's existing rule. The Cloud Connector itself never reads PAC files.
        out += QStringLiteral("// CloudCheck: Citrix Cloud Japan addresses (catalog %1). Replace\n"
                              "// \"PROXY proxy.example:8080\" with your site's default rule.\n"
                              "function FindProxyForURL(url, host) {\n")
                   .arg(run.catalog.version);
        QStringList hosts;
        for (const Rule& rule : rules) {
            const QString host = hostPart(rule.pattern);
            if (rule.protocol == u"TCP" && !hosts.contains(host))
                hosts << host;
        }
        for (const QString& host : std::as_const(hosts)) {
            // Nothing that could end the JavaScript string or the line: patterns come from an
            // editable catalog.
            QString escaped;
            for (const QChar c : host) {
                if (c != u'"' && c != u'\\' && c.category() != QChar::Other_Control &&
                    c != QChar::LineSeparator && c != QChar::ParagraphSeparator)
                    escaped += c;
            }
            out += QStringLiteral("    if (shExpMatch(host, \"%1\")) return \"DIRECT\";\n").arg(escaped);
        }
        out += QStringLiteral("    return \"PROXY proxy.example:8080\";\n}\n");
        break;
    }
    }
    return out.toUtf8();
}

QString AllowlistWriter::write(const RunResult& run, const QString& path)
{
    const auto format = formatForPath(path);
    if (!format)
        return tr("cannot tell the allowlist format of \"%1\": use .txt, .csv or .pac").arg(path);
    return ReportWriter::writeBytes(render(run, *format), path);
}

} // namespace cloudcheck
