#include "TargetProbe.h"

#include "CertificateStep.h"
#include "CipherStep.h"
#include "DnsStep.h"
#include "HttpStep.h"
#include "ProxyStep.h"
#include "RevocationSourceStep.h"
#include "RevocationStep.h"
#include "TcpStep.h"
#include "TlsStep.h"
#include "UdpStep.h"
#include "net/SocketDisposal.h"
#include "result/StepFacts.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslSocket>
#include <algorithm>

Q_LOGGING_CATEGORY(lcProbe, "cloudcheck.probe")

namespace cloudcheck {

TargetProbe::TargetProbe(const Target& target, const ProbeContext& context, QObject* parent)
    : QObject(parent), m_context(context), m_steps(stepsFor(target, context.route))
{
    m_result.target = target;
    m_result.route = context.route;
    m_state.target = target;
    m_state.connectPort = target.port;
}

TargetProbe::~TargetProbe()
{
    releaseSockets();
}

QList<StepKind> TargetProbe::stepsFor(const Target& target, const Route& route)
{
    const bool proxied = route.isProxied() && target.scheme != Scheme::Udp;
    if (target.serves && target.scheme == Scheme::Http) {
        return proxied ? QList{StepKind::Dns, StepKind::Proxy, StepKind::Revocation}
                       : QList{StepKind::Dns, StepKind::Revocation};
    }
    switch (target.scheme) {
    case Scheme::Https: {
        QList<StepKind> steps{StepKind::Dns,        proxied ? StepKind::Proxy : StepKind::Tcp,
                              StepKind::Tls,        StepKind::Certificate,
                              StepKind::Revocation, StepKind::Http};
        // Right after tls, so that it runs whatever the certificate step finds: the suites are
        // a property of the path, and an inspecting proxy is the usual cause of both problems.
        if (target.cipherPolicy != CipherPolicy::Any)
            steps.insert(steps.indexOf(StepKind::Tls) + 1, StepKind::Cipher);
        return steps;
    }
    case Scheme::Http:
        return proxied ? QList{StepKind::Dns, StepKind::Proxy, StepKind::Http}
                       : QList{StepKind::Dns, StepKind::Tcp, StepKind::Http};
    case Scheme::Udp:
        return {StepKind::Dns, StepKind::Udp};
    }
    return {};
}

void TargetProbe::start()
{
    m_targetClock.start();
    if (m_result.target.needsCustomerId) {
        for (StepKind step : m_steps)
            m_result.steps.append(
                {step, Verdict::NotRun, 0, {{fact::kReason, QStringLiteral("needs_customer_id")}}});
        finish();
        return;
    }
    if (m_result.route.isProxied() && m_steps.first() == StepKind::Dns) {
        // Through a proxy the target's own name is looked up for the record only: many sites
        // resolve public names on the proxy alone, so this lookup never delays or fails the path.
        m_steps.removeFirst();
        m_sideDns = new DnsStep(m_state, m_context, true, this);
        connect(m_sideDns, &ProbeStep::finished, this, &TargetProbe::onSideDnsFinished);
        m_sideDns->start();
    }
    runNextStep();
}

ProbeStep* TargetProbe::createStep(StepKind kind)
{
    switch (kind) {
    case StepKind::Dns:
        return new DnsStep(m_state, m_context, false, this);
    case StepKind::Proxy:
        return new ProxyStep(m_state, m_context, this, this);
    case StepKind::Tcp:
        return new TcpStep(m_state, m_context, this, this);
    case StepKind::Tls:
        return new TlsStep(m_state, m_context, this);
    case StepKind::Cipher:
        return new CipherStep(m_state, m_context, this);
    case StepKind::Certificate:
        return new CertificateStep(m_state, m_context, this);
    case StepKind::Http:
        return new HttpStep(m_state, m_context, this);
    case StepKind::Udp:
        return new UdpStep(m_state, m_context, this);
    case StepKind::Revocation:
        if (m_state.target.serves)
            return new RevocationSourceStep(m_state, m_context, this);
        return new RevocationStep(m_state, m_context, this);
    }
    return nullptr;
}

void TargetProbe::runNextStep()
{
    if (m_done)
        return;
    if (m_next >= m_steps.size()) {
        finish();
        return;
    }
    const StepKind kind = m_steps.at(m_next++);
    ProbeStep* step = createStep(kind);
    if (!step) {
        // Not planned by stepsFor() yet; recorded honestly if a plan ever asks for it.
        record({kind, Verdict::NotRun, 0, {{fact::kReason, QStringLiteral("not_supported")}}});
        runNextStep();
        return;
    }
    m_current = step;
    connect(step, &ProbeStep::finished, this, [this, step](Verdict verdict, const QJsonObject& details) {
        onStepFinished(step, verdict, details);
    });
    step->start();
}

void TargetProbe::record(const StepResult& result)
{
    qCDebug(lcProbe).noquote() << m_result.target.id << stepName(result.step) << verdictName(result.verdict)
                               << result.durationMs << "ms"
                               << QString::fromUtf8(
                                      QJsonDocument(result.details).toJson(QJsonDocument::Compact));
    m_result.steps.append(result);
    emit stepFinished(m_result.target.id, result);
}

void TargetProbe::onStepFinished(ProbeStep* step, Verdict verdict, const QJsonObject& details)
{
    if (m_done)
        return;
    record({step->kind(), verdict, step->elapsedMs(), details});
    m_current = nullptr;
    step->deleteLater();

    // Revocation and the cipher check are judged beside the path, not on it: the connection to
    // the service still works, so the later steps still run (and http still reads the clock).
    const bool blocksPath = step->kind() != StepKind::Revocation && step->kind() != StepKind::Cipher;
    if (blocksPath && (verdict == Verdict::Fail || verdict == Verdict::Error)) {
        releaseSockets();
        const QString blockedBy = stepName(step->kind());
        while (m_next < m_steps.size())
            record({m_steps.at(m_next++), Verdict::NotRun, 0, {{fact::kBlockedBy, blockedBy}}});
        finish();
        return;
    }
    runNextStep();
}

void TargetProbe::onSideDnsFinished(Verdict verdict, const QJsonObject& details)
{
    if (m_done || !m_sideDns)
        return;
    record({StepKind::Dns, verdict, m_sideDns->elapsedMs(), details});
    m_sideDns->deleteLater();
    m_sideDns = nullptr;
}

void TargetProbe::cancel()
{
    if (m_done)
        return;
    if (m_current) {
        const StepKind kind = m_current->kind();
        const qint64 elapsed = m_current->elapsedMs();
        m_current->abort();
        m_current->deleteLater();
        m_current = nullptr;
        record({kind, Verdict::NotRun, elapsed, {{fact::kCancelled, true}}});
    }
    if (m_sideDns) {
        const qint64 elapsed = m_sideDns->elapsedMs();
        m_sideDns->abort();
        m_sideDns->deleteLater();
        m_sideDns = nullptr;
        record({StepKind::Dns,
                Verdict::NotRun,
                elapsed,
                {{fact::kInformational, true}, {fact::kCancelled, true}}});
    }
    releaseSockets();
    m_result.cancelled = true;
    while (m_next < m_steps.size())
        m_result.steps.append({m_steps.at(m_next++), Verdict::NotRun, 0, {{fact::kCancelled, true}}});
    finish();
}

void TargetProbe::finish()
{
    if (m_done)
        return;
    if (m_sideDns) {
        // The path is judged; an informational lookup still waiting must not hold the target.
        const qint64 elapsed = m_sideDns->elapsedMs();
        m_sideDns->abort();
        m_sideDns->deleteLater();
        m_sideDns = nullptr;
        record({StepKind::Dns,
                Verdict::NotRun,
                elapsed,
                {{fact::kInformational, true}, {fact::kReason, QStringLiteral("unfinished")}}});
    }
    m_done = true;
    releaseSockets();
    // Steps in path order, whatever order they finished in (the informational lookup runs beside).
    const QList<StepKind> order = stepsFor(m_result.target, m_result.route);
    std::stable_sort(m_result.steps.begin(), m_result.steps.end(),
                     [&order](const StepResult& a, const StepResult& b) {
                         return order.indexOf(a.step) < order.indexOf(b.step);
                     });
    m_result.durationMs = m_targetClock.isValid() ? m_targetClock.elapsed() : 0;
    emit finished();
}

void TargetProbe::releaseSockets()
{
    discardSocket(m_state.socket, this);
}

} // namespace cloudcheck
