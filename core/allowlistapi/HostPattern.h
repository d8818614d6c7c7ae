#pragma once

#include <QRegularExpression>
#include <QString>
#include <optional>

namespace cloudcheck {

// A host name as an allowlist writes it: an exact name (`cws.citrixworkspacesapi.jp`) or a
// wildcard (`*.citrixcloud.jp`, `*.*.nssvc.net`), taken from a bare name or a URL, lowercased,
// with the Customer ID's placeholders written as the catalog writes them (`{customerid}`).
//
// A `*` label stands for one or more labels, as firewall and proxy products read `*.` in
// Citrix's lists: `*.citrixcloud.jp` covers `a.citrixcloud.jp` and `a.b.citrixcloud.jp`, but not
// `citrixcloud.jp` itself.
class HostPattern
{
public:
    // nullopt when `text` is not a host name, a wildcard or a URL with one (a sentence, an IP
    // address, a path). `customerId`, when given, is the Customer ID a saved answer was asked
    // for: Citrix's API writes it into the names, the catalog keeps the template.
    static std::optional<HostPattern> parse(QString text, const QString& customerId = {});

    const QString& text() const { return m_text; }
    bool isWildcard() const { return m_text.contains(u'*'); }
    // Whether every name this pattern stands for is also allowed by `wider`: equal, or matched
    // by `wider`'s wildcards (a `*` in this pattern is matched as a label of its own).
    bool isCoveredBy(const HostPattern& wider) const;

    friend bool operator==(const HostPattern& a, const HostPattern& b) { return a.m_text == b.m_text; }

private:
    explicit HostPattern(QString text);

    QString m_text;
    QRegularExpression m_matcher;
};

} // namespace cloudcheck
