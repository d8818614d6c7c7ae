#pragma once

#include "plan/HostOverride.h"

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cloudcheck {

// One GET of an http:, https: or file: URL whose whole body is wanted (a PAC script, Citrix's
// allowlist), bounded in time and size: one timeout covers the whole download, and the size cap
// is enforced while the body arrives (a declared Content-Length past it, a file's size, or the
// bytes so far), so a huge or endless body is cut as soon as the cap is passed. The route is the
// caller's: a given proxy, or direct; never the system setting or WPAD.
//
// Reasons for failure are machine words: "fetch_failed: <Qt's error>", "too_large: >N bytes",
// "timeout", "http_status: 404", "unsupported_scheme: ftp".
class BoundedFetch : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl url;
        int timeoutMs = 5000;
        qint64 maxBytes = 0;
        int maxRedirects = 5;
        QNetworkProxy proxy{QNetworkProxy::NoProxy};
        // Direct only: the name is pinned to this address (--resolve, the test labs), while TLS
        // still checks the certificate against the URL's own host name. Redirects are not
        // followed then, since they would leave the pin.
        std::optional<HostOverride> pin;
        QList<QSslCertificate> extraCaCertificates;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    explicit BoundedFetch(QObject* parent = nullptr);
    ~BoundedFetch() override;

    // Emits exactly one of finished() or failed(), always later from the event loop, never from
    // inside start().
    void start(const Request& request);
    // Stops without a signal.
    void abort();

signals:
    void finished(const QByteArray& body);
    void failed(const QString& reason);

private:
    void onReadyRead();
    void onFinished();
    void fail(const QString& reason);
    QString tooLarge() const;

    QNetworkAccessManager* m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QByteArray m_body;
    qint64 m_maxBytes = 0;
    bool m_done = false;
    int m_generation = 0; // a refusal queued by an earlier start() must not end a later one
};

} // namespace cloudcheck
