#include "DnsStep.h"

#include "net/AddressClass.h"
#include "net/DnsLookup.h"
#include "result/StepFacts.h"

#include <QJsonArray>

namespace cloudcheck {

namespace {

QJsonArray addressList(const QList<QHostAddress>& addresses)
{
    QJsonArray result;
    for (const QHostAddress& address : addresses)
        result.append(address.toString());
    return result;
}

} // namespace

DnsStep::DnsStep(ProbeState& state, const ProbeContext& context, bool informational, QObject* parent)
    : ProbeStep(StepKind::Dns, state, context, parent), m_informational(informational)
{}

void DnsStep::abort()
{
    ProbeStep::abort();
    delete m_lookup;
}

void DnsStep::done(Verdict verdict, QJsonObject details)
{
    if (m_informational)
        details.insert(fact::kInformational, true);
    finish(verdict, details);
}

void DnsStep::run()
{
    const Target& target = m_state.target;
    for (const HostOverride& pinned : m_context.overrides) {
        if (pinned.matches(target.host, target.port)) {
            QList<QHostAddress> addresses{pinned.address};
            QJsonObject details{{fact::kAddresses, addressList(addresses)},
                                {fact::kSource, QStringLiteral("override")}};
            if (!m_informational) {
                m_state.addresses = addresses;
                m_state.connectPort = pinned.connectPort.value_or(target.port);
                if (m_state.connectPort != target.port)
                    details.insert(fact::kConnectPort, m_state.connectPort);
            }
            done(Verdict::Pass, details);
            return;
        }
    }

    m_lookup = new DnsLookup(this);
    connect(m_lookup, &DnsLookup::started, this, &DnsStep::onStarted);
    connect(m_lookup, &DnsLookup::finished, this, &DnsStep::onAnswer);
    // Waiting for a free resolver thread is not the DNS server's time: it is capped on its own,
    // and the step's timeout starts when the lookup does, so a busy pool never reads as DNS_TIMEOUT.
    armTimeout([this] {
        delete m_lookup;
        done(Verdict::Error, {{fact::kSource, QStringLiteral("system")},
                              {fact::kError, QStringLiteral("resolver_busy")},
                              {fact::kQueuedMs, elapsedMs()}});
    });
    m_lookup->start(target.host);
}

void DnsStep::onStarted()
{
    m_queuedMs = elapsedMs();
    restartClock();
    armTimeout([this] {
        delete m_lookup;
        QJsonObject details{{fact::kSource, QStringLiteral("system")},
                            {fact::kError, factName(DnsError::Timeout)},
                            {fact::kTimeoutMs, m_context.timeoutMs}};
        if (m_queuedMs > 0)
            details.insert(fact::kQueuedMs, m_queuedMs);
        done(Verdict::Fail, details);
    });
}

void DnsStep::onAnswer(const DnsAnswer& answer)
{
    m_lookup->deleteLater();
    QJsonObject details{{fact::kSource, QStringLiteral("system")},
                        {fact::kAddresses, addressList(answer.addresses)}};
    if (m_queuedMs > 0)
        details.insert(fact::kQueuedMs, m_queuedMs);
    if (answer.error != DnsAnswer::Error::None || answer.addresses.isEmpty()) {
        details.insert(
            fact::kError,
            factName(answer.error == DnsAnswer::Error::ServFail ? DnsError::Servfail : DnsError::Nxdomain));
        details.insert(fact::kErrorText, answer.errorText);
        done(Verdict::Fail, details);
        return;
    }
    QList<QHostAddress> usable;
    QList<QHostAddress> nonPublic;
    for (const QHostAddress& address : answer.addresses)
        (isNonPublicAddress(address) ? nonPublic : usable) << address;
    if (!nonPublic.isEmpty()) {
        details.insert(fact::kError, factName(DnsError::Sinkhole));
        details.insert(fact::kSinkholeAddresses, addressList(nonPublic));
    }
    if (!m_informational) {
        m_state.addresses = usable;
        m_state.connectPort = m_state.target.port;
    }
    // Only sinkhole answers: connecting would test some local machine, not the service.
    done(usable.isEmpty() ? Verdict::Fail : nonPublic.isEmpty() ? Verdict::Pass : Verdict::Warn, details);
}

} // namespace cloudcheck
