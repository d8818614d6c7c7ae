#include "ParallelConnect.h"

#include "net/SocketDisposal.h"

#include <QNetworkProxy>
#include <QSslSocket>

namespace cloudcheck {

namespace {

ConnectOutcome outcomeOf(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return ConnectOutcome::Refused;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketAccessError: // a local firewall rejected the connect()
        return ConnectOutcome::Unreachable;
    case QAbstractSocket::SocketTimeoutError:
        return ConnectOutcome::Timeout;
    default:
        return ConnectOutcome::Error;
    }
}

} // namespace

ParallelConnect::ParallelConnect(QObject* socketOwner, QObject* parent)
    : QObject(parent), m_socketOwner(socketOwner)
{}

ParallelConnect::~ParallelConnect()
{
    releaseLosers();
}

void ParallelConnect::start(const QList<QHostAddress>& addresses, quint16 port)
{
    m_clock.start();
    const qsizetype count = qMin(addresses.size(), kMaxParallelAttempts);
    for (qsizetype i = 0; i < count; ++i) {
        auto* socket = new QSslSocket(m_socketOwner);
        // CloudCheck speaks to proxies itself, so that every step of the path is a recorded fact.
        socket->setProxy(QNetworkProxy::NoProxy);
        m_attempts.append({addresses.at(i), socket, std::nullopt, 0, {}});
        connect(socket, &QSslSocket::connected, this, [this, i] { onConnected(i); });
        connect(socket, &QSslSocket::errorOccurred, this,
                [this, i, socket](QAbstractSocket::SocketError error) {
                    onFailed(i, outcomeOf(error), socket->errorString());
                });
    }
    // Started after every attempt is registered: a synchronous failure must see the whole list.
    for (const Attempt& attempt : std::as_const(m_attempts))
        attempt.socket->connectToHost(attempt.address.toString(), port);
    if (m_attempts.isEmpty())
        settleIfDone();
}

void ParallelConnect::onConnected(qsizetype index)
{
    Attempt& winner = m_attempts[index];
    if (winner.outcome || m_settled)
        return;
    winner.outcome = ConnectOutcome::Connected;
    winner.durationMs = m_clock.elapsed();
    m_winner = winner.socket;
    for (Attempt& other : m_attempts) {
        if (!other.outcome)
            other.outcome = ConnectOutcome::Abandoned;
    }
    settleIfDone();
}

void ParallelConnect::onFailed(qsizetype index, ConnectOutcome outcome, const QString& errorText)
{
    Attempt& attempt = m_attempts[index];
    if (attempt.outcome || m_settled)
        return;
    attempt.outcome = outcome;
    attempt.durationMs = m_clock.elapsed();
    attempt.errorText = errorText;
    settleIfDone();
}

void ParallelConnect::timeOut()
{
    if (m_settled)
        return;
    for (Attempt& attempt : m_attempts) {
        if (!attempt.outcome) {
            attempt.outcome = ConnectOutcome::Timeout;
            attempt.durationMs = m_clock.elapsed();
        }
    }
    settleIfDone();
}

void ParallelConnect::settleIfDone()
{
    for (const Attempt& attempt : std::as_const(m_attempts)) {
        if (!attempt.outcome)
            return;
    }
    m_settled = true;
    // The winner stays; the losers go, so no half-open connection outlives the step.
    releaseLosers();
    if (m_winner)
        m_winner->disconnect(this);
    emit settled();
}

void ParallelConnect::abort()
{
    m_settled = true;
    releaseLosers();
    discardSocket(m_winner, this);
}

void ParallelConnect::releaseLosers()
{
    for (Attempt& attempt : m_attempts) {
        if (attempt.socket && attempt.socket != m_winner) {
            discardSocket(attempt.socket, this);
        }
    }
}

QJsonArray ParallelConnect::attempts() const
{
    QJsonArray result;
    for (const Attempt& attempt : m_attempts) {
        QJsonObject fact{{fact::kAddress, attempt.address.toString()},
                         {fact::kOutcome, factName(attempt.outcome.value_or(ConnectOutcome::Timeout))},
                         {fact::kDurationMs, attempt.durationMs}};
        if (!attempt.errorText.isEmpty())
            fact.insert(fact::kErrorText, attempt.errorText);
        result.append(fact);
    }
    return result;
}

ConnectOutcome ParallelConnect::failure() const
{
    for (const ConnectOutcome candidate :
         {ConnectOutcome::Timeout, ConnectOutcome::Refused, ConnectOutcome::Unreachable}) {
        for (const Attempt& attempt : m_attempts) {
            if (attempt.outcome == candidate)
                return candidate;
        }
    }
    return ConnectOutcome::Error;
}

} // namespace cloudcheck
