#pragma once

#include "ProbeContext.h"
#include "ProbeState.h"
#include "result/TargetResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace cloudcheck {

class ProbeStep;

// Runs one target's steps in order, as chosen by its scheme, route and cipher policy:
//   direct https   dns, tcp, tls, [cipher,] certificate, revocation, http
//   direct http    dns, tcp, http
//   proxied https  proxy, tls, [cipher,] certificate, revocation, http  (dns beside them, informational)
//   proxied http   proxy, http                    (dns beside them, informational)
//   udp            dns, udp
// A certificate authority's host (Target::serves) is checked with the download it serves instead
// of `http`, and without a tcp step: the download's own connection says what a tcp step would.
//   direct         dns, revocation
//   proxied        proxy, revocation              (dns beside them, informational)
// cipher runs only for targets with a catalog cipher policy (the Citrix ingress hosts).
// A failed step blocks the ones after it, except revocation (its downloads take their own routes,
// and the path to the service is not in question) and cipher (a second connection of its own; the
// first still works). Each step records facts only; Diagnosis words them.
class TargetProbe : public QObject
{
    Q_OBJECT

public:
    TargetProbe(const Target& target, const ProbeContext& context, QObject* parent = nullptr);
    ~TargetProbe() override;

    void start();
    // Stops at once: sockets are aborted, the running step and those after it become not_run.
    void cancel();

    const TargetResult& result() const { return m_result; }
    static QList<StepKind> stepsFor(const Target& target, const Route& route);

signals:
    void stepFinished(const QString& targetId, const cloudcheck::StepResult& step);
    void finished();

private:
    ProbeStep* createStep(StepKind kind);
    void runNextStep();
    void onStepFinished(ProbeStep* step, Verdict verdict, const QJsonObject& details);
    void onSideDnsFinished(Verdict verdict, const QJsonObject& details);
    void record(const StepResult& step);
    void finish();
    void releaseSockets();

    TargetResult m_result;
    ProbeContext m_context;
    ProbeState m_state;
    QList<StepKind> m_steps;
    qsizetype m_next = 0;
    bool m_done = false;
    QElapsedTimer m_targetClock;
    QPointer<ProbeStep> m_current;
    QPointer<ProbeStep> m_sideDns; // the informational lookup beside a proxied path
};

} // namespace cloudcheck
