#pragma once

#include "plan/HostOverride.h"
#include "result/StepFacts.h"
#include "route/Route.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <optional>

class QSslSocket;

namespace cloudcheck {

class DnsLookup;
class ParallelConnect;

// One plain-HTTP download for a revocation check: a GET of a CRL or an issuer certificate, or
// the POST of an OCSP request. Direct it connects to the URL's host on port 80 (or the URL's
// port); through a proxy it sends the absolute URI to the proxy, as WinHTTP does. --resolve and
// --connect-to apply to the URL's host and to the proxy. Every wait (name, connect, each read)
// gets one timeout, so a silently dropped port ends in about one timeout, while a multi-MB CRL
// that keeps arriving is never cut. HTTP/1.0 is used so the answer is never chunked.
class RevocationFetch : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl url;
        Route route;
        QByteArray method = "GET";
        QByteArray body;        // the OCSP request
        QByteArray contentType; // "application/ocsp-request"
        QByteArray accept;
        qsizetype maxBytes = 0;
    };

    struct Result
    {
        std::optional<RevocationProblem> problem; // a transport problem; nullopt when HTTP answered
        int status = 0;
        QString statusLine; // escaped
        QString contentType;
        QString server;
        QString via;
        QString squidError;
        QString received; // the first bytes of a body that is not what was asked for, escaped
        QString address;  // where the connection went (the host or the proxy)
        QByteArray body;
        qint64 durationMs = 0;
    };

    RevocationFetch(Request request, QList<HostOverride> overrides, int timeoutMs, QByteArray userAgent,
                    QObject* parent = nullptr);
    ~RevocationFetch() override;

    void start();
    void abort();

    static QByteArray requestBytes(const Request& request, const QByteArray& userAgent);

signals:
    void finished(const cloudcheck::RevocationFetch::Result& result);

private:
    void connectTo(const QList<QHostAddress>& addresses);
    void onConnected();
    void onData();
    void conclude(std::optional<RevocationProblem> problem);
    void armTimeout(std::optional<RevocationProblem> problem);

    Request m_request;
    QList<HostOverride> m_overrides;
    int m_timeoutMs;
    QByteArray m_userAgent;
    QString m_host;
    quint16 m_port = 80;
    QPointer<DnsLookup> m_lookup;
    QPointer<ParallelConnect> m_connect;
    QSslSocket* m_socket = nullptr;
    QByteArray m_buffer;
    qsizetype m_headLength = -1;
    std::optional<qsizetype> m_contentLength;
    QTimer m_timer;
    std::optional<RevocationProblem> m_timeoutProblem;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace cloudcheck
