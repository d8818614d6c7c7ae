#include "TcpStep.h"

#include "ParallelConnect.h"

#include <QSslSocket>

namespace cloudcheck {

TcpStep::TcpStep(ProbeState& state, const ProbeContext& context, QObject* socketOwner, QObject* parent)
    : ProbeStep(StepKind::Tcp, state, context, parent), m_socketOwner(socketOwner)
{}

void TcpStep::abort()
{
    ProbeStep::abort();
    if (m_connect)
        m_connect->abort();
}

void TcpStep::run()
{
    m_connect = new ParallelConnect(m_socketOwner, this);
    connect(m_connect, &ParallelConnect::settled, this, &TcpStep::onSettled);
    armTimeout([this] { m_connect->timeOut(); });
    m_connect->start(m_state.addresses, m_state.connectPort);
}

void TcpStep::onSettled()
{
    QJsonObject details{{fact::kPort, m_state.connectPort}, {fact::kAttempts, m_connect->attempts()}};
    if (QSslSocket* socket = m_connect->winner()) {
        m_state.socket = socket;
        m_state.connectedAddress = socket->peerAddress();
        details.insert(fact::kAddress, socket->peerAddress().toString());
        finish(Verdict::Pass, details);
        return;
    }
    const ConnectOutcome failure = m_connect->failure();
    details.insert(fact::kError, factName(failure));
    if (failure == ConnectOutcome::Timeout)
        details.insert(fact::kTimeoutMs, m_context.timeoutMs);
    finish(Verdict::Fail, details);
}

} // namespace cloudcheck
