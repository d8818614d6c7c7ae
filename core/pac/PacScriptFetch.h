#pragma once

#include "net/BoundedFetch.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

namespace cloudcheck {

// Downloads a PAC script from an http:, https: or file: URL. Always direct (QNetworkProxy::
// NoProxy): the script decides the proxy, so it cannot be fetched through one, and WPAD is never
// asked. Bounded in time and size by BoundedFetch, whose reasons for failure it passes on
// ("fetch_failed: <Qt's error>", "too_large: >2097152 bytes", "timeout", "http_status: 404",
// "unsupported_scheme: ftp"), and what arrives must look like a script: "empty", "binary".
class PacScriptFetch : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxScriptBytes = 2 * 1024 * 1024;
    static constexpr int kMaxRedirects = 5;

    explicit PacScriptFetch(QObject* parent = nullptr);

    // Emits exactly one of finished() or failed(), always later from the event loop, never from
    // inside start().
    void start(const QUrl& url, int timeoutMs, qint64 maxBytes = kMaxScriptBytes);
    // Stops without a signal.
    void abort();

signals:
    void finished(const QByteArray& script);
    void failed(const QString& reason);

private:
    void onFetched(const QByteArray& body);

    BoundedFetch m_fetch;
};

} // namespace cloudcheck
