#pragma once

#include "result/RunResult.h"

#include <QJsonValue>
#include <QList>
#include <QRegularExpression>

namespace cloudcheck {

// Masks what identifies the customer in a report meant for sharing outside it (--redact, the
// wizard's export option): the Customer ID, the machine's name, internal proxy hosts (also where a
// proxy names itself in Via headers and error pages) and the proxy user name. Each secret gets one
// mask everywhere ("redacted-proxy-1" in the route, the findings and the quoted headers alike), so
// the report still reads as one consistent story.
class Redactor
{
public:
    // The secrets known before a run starts (for progress lines): settings and the machine name.
    static Redactor forSettings(const RunSettings& settings, const QString& machineName);
    // Everything above plus what the run observed: proxy hosts of every route and Via names.
    static Redactor forRun(const RunResult& run);

    QString apply(const QString& text) const;
    QJsonValue apply(const QJsonValue& value) const;
    RunResult apply(RunResult run) const;

    // No secret to mask in free text (the machine-name field is masked regardless).
    bool isEmpty() const { return m_masks.isEmpty(); }

private:
    struct Mask
    {
        QString secret;
        QString replacement;
        QRegularExpression pattern;
    };

    void add(const QString& secret, const QString& replacement);
    void addProxyHost(const QString& host);

    QList<Mask> m_masks;
    int m_proxies = 0;
};

} // namespace cloudcheck
