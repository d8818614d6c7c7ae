#pragma once

#include "ProbeContext.h"
#include "plan/Target.h"
#include "result/HeldTunnel.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QSslSocket;

namespace cloudcheck {

// --hold-tunnel: one CONNECT tunnel to a Citrix address, opened through the run's proxy and held
// idle for the time asked, beside the other checks. The Cloud Connector keeps WebSocket channels
// open through such tunnels for hours; a proxy that closes idle tunnels early (squid's
// read_timeout, an idle timeout on a firewall) breaks them. The outcome says after how long.
class TunnelHold : public QObject
{
    Q_OBJECT

public:
    using Outcome = HeldTunnel;

    TunnelHold(int seconds, const ProbeContext& context, QObject* parent = nullptr);
    ~TunnelHold() override;

    void start(const Target& target);
    // Ends at once; finished() is not emitted.
    void abort();

signals:
    void secondsLeft(int seconds);
    void finished(const cloudcheck::HeldTunnel& outcome);

private:
    void onConnected();
    void onReadyRead();
    void onClosed();
    void conclude(Outcome::Kind kind, QString error = {});

    int m_seconds;
    ProbeContext m_context;
    QPointer<QSslSocket> m_socket;
    QByteArray m_reply;
    QTimer m_deadline;
    QTimer m_ticker;
    QElapsedTimer m_held;
    bool m_open = false;
    bool m_done = false;
    QByteArray m_request;
};

} // namespace cloudcheck
