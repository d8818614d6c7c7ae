#pragma once

#include "result/StepFacts.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QObject>

class QSslSocket;

namespace cloudcheck {

// Opens TCP to up to four of a name's addresses at once and keeps the first that connects, so a
// dead first address does not cost a second timeout. Used for the service (tcp step) and for the
// proxy (proxy step). The winning socket is parented to `socketOwner` and outlives this object.
class ParallelConnect : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxParallelAttempts = 4;

    ParallelConnect(QObject* socketOwner, QObject* parent = nullptr);
    ~ParallelConnect() override;

    void start(const QList<QHostAddress>& addresses, quint16 port);
    // The step's wait is over: every attempt still pending counts as timed out.
    void timeOut();
    void abort();

    QSslSocket* winner() const { return m_winner; }
    // One object per attempt: address, outcome, durationMs and errorText.
    QJsonArray attempts() const;
    // The most telling failure when none connected: timeout, then refused, then unreachable.
    ConnectOutcome failure() const;

signals:
    void settled();

private:
    struct Attempt
    {
        QHostAddress address;
        QSslSocket* socket = nullptr;
        std::optional<ConnectOutcome> outcome;
        qint64 durationMs = 0;
        QString errorText;
    };

    void onConnected(qsizetype index);
    void onFailed(qsizetype index, ConnectOutcome outcome, const QString& errorText);
    void settleIfDone();
    void releaseLosers();

    QObject* m_socketOwner;
    QList<Attempt> m_attempts;
    QSslSocket* m_winner = nullptr;
    QElapsedTimer m_clock;
    bool m_settled = false;
};

} // namespace cloudcheck
