#pragma once

#include "ProbeStep.h"

#include <QPointer>

namespace cloudcheck {

class DnsLookup;
struct DnsAnswer;

// Resolves the target's name through the system resolver (or a --resolve pin) and judges the
// answer: NXDOMAIN, a failing server, a timeout, or a sinkhole. Through a proxy it is informational:
// many sites resolve public names only on the proxy, so the answer is recorded but never blocks.
class DnsStep : public ProbeStep
{
    Q_OBJECT

public:
    DnsStep(ProbeState& state, const ProbeContext& context, bool informational, QObject* parent = nullptr);
    void abort() override;

private:
    void run() override;
    void onStarted();
    void onAnswer(const DnsAnswer& answer);
    void done(Verdict verdict, QJsonObject details);

    bool m_informational;
    QPointer<DnsLookup> m_lookup;
    qint64 m_queuedMs = 0;
};

} // namespace cloudcheck
