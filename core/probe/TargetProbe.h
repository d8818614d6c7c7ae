#pragma once

#include "ProbeContext.h"
#include "result/TargetResult.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <functional>

class QSslSocket;
class QUdpSocket;
class QDtls;

namespace cloudcheck {

class DnsLookup;
struct DnsAnswer;

// Runs one target's steps (dns, tcp, tls, certificate, http; or dns, udp) as an asynchronous
// state machine on the thread it lives in. It records facts only: verdicts per step follow
// mechanically from what happened, and the wording is left to Diagnosis.
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
    static QList<StepKind> stepsFor(Scheme scheme);

signals:
    void stepFinished(const QString& targetId, const cloudcheck::StepResult& step);
    void finished();

private:
    struct Attempt
    {
        QHostAddress address;
        QSslSocket* socket = nullptr;
        QString outcome; // empty while pending
        qint64 durationMs = 0;
    };

    void runNextStep();
    void beginStep(std::function<void()> onTimeout);
    void endStep(Verdict verdict, const QJsonObject& details);
    void finish();

    void runDns();
    void onDnsAnswer(const DnsAnswer& answer);
    void runTcp();
    void onAttemptConnected(qsizetype index);
    void onAttemptFailed(qsizetype index, const QString& outcome, const QString& errorText);
    void finishTcpIfSettled(bool timedOut);
    void runTls();
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onTlsFailed(const QString& errorText);
    void judgeCertificate();
    void runHttp();
    void onHttpData();
    void finishHttp(const QString& error);
    void runUdp();

    QJsonObject tlsFacts() const;
    void releaseSockets();

    TargetResult m_result;
    ProbeContext m_context;
    QList<StepKind> m_steps;
    qsizetype m_next = 0;
    StepKind m_current = StepKind::Dns;
    bool m_done = false;

    QTimer m_stepTimer;
    std::function<void()> m_onTimeout;
    QElapsedTimer m_stepClock;
    QElapsedTimer m_targetClock;

    QPointer<DnsLookup> m_lookup;
    QList<QHostAddress> m_addresses;
    quint16 m_connectPort = 0;

    QList<Attempt> m_attempts;
    QSslSocket* m_socket = nullptr;
    QList<QSslError> m_sslErrors;
    QList<QSslCertificate> m_chain;
    QString m_protocol;
    QString m_cipher;
    QByteArray m_httpBuffer;

    QUdpSocket* m_udp = nullptr;
    QDtls* m_dtls = nullptr;
};

} // namespace cloudcheck
