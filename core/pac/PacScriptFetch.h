#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace cloudcheck {

// Downloads a PAC script from an http:, https: or file: URL. Always direct (QNetworkProxy::
// NoProxy): the script decides the proxy, so it cannot be fetched through one, and WPAD is never
// asked. One timeout covers the whole download, and the size cap is enforced while the body
// arrives (a declared Content-Length past it, or the bytes so far), so a huge or endless body is
// cut as soon as the cap is passed, not after it has been read. Reasons for failure are machine
// words: "fetch_failed: <Qt's error>", "too_large: >2097152 bytes", "timeout", "http_status: 404",
// "unsupported_scheme: ftp", "empty", "binary".
class PacScriptFetch : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxScriptBytes = 2 * 1024 * 1024;
    static constexpr int kMaxRedirects = 5;

    explicit PacScriptFetch(QObject* parent = nullptr);
    ~PacScriptFetch() override;

    // Emits exactly one of finished() or failed(), always later from the event loop, never from
    // inside start().
    void start(const QUrl& url, int timeoutMs, qint64 maxBytes = kMaxScriptBytes);
    // Stops without a signal.
    void abort();

signals:
    void finished(const QByteArray& script);
    void failed(const QString& reason);

private:
    void onReadyRead();
    void onFinished();
    bool overCap(qint64 bytes);
    void fail(const QString& reason);
    void conclude();

    QNetworkAccessManager* m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QByteArray m_body;
    qint64 m_maxBytes = kMaxScriptBytes;
    bool m_done = false;
    int m_generation = 0; // a refusal queued by an earlier start() must not end a later one
};

} // namespace cloudcheck
