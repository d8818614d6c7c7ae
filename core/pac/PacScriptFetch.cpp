#include "PacScriptFetch.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <utility>

using namespace Qt::StringLiterals;

namespace cloudcheck {

PacScriptFetch::PacScriptFetch(QObject* parent) : QObject(parent), m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { fail(u"timeout"_s); });
}

PacScriptFetch::~PacScriptFetch()
{
    abort();
}

void PacScriptFetch::start(const QUrl& url, int timeoutMs, qint64 maxBytes)
{
    abort();
    ++m_generation;
    m_done = false;
    m_body.clear();
    m_maxBytes = maxBytes;

    const QString scheme = url.scheme().toLower();
    QString refusal;
    if (scheme != u"http" && scheme != u"https" && scheme != u"file") {
        refusal = u"unsupported_scheme: "_s + scheme;
    } else if (scheme == u"file") {
        // Known before reading: a 10 MB file (or a mistaken path to a disk image) is refused
        // without a byte read. /dev/zero and pipes report no size; the read cap stops those.
        const QFileInfo file(url.toLocalFile());
        if (file.isFile() && file.size() > m_maxBytes)
            refusal = u"too_large: >%1 bytes"_s.arg(m_maxBytes);
    }
    if (!refusal.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, refusal, generation = m_generation] {
                if (generation == m_generation)
                    fail(refusal);
            },
            Qt::QueuedConnection);
        return;
    }

    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        // setProxy also drops the proxy factory, so neither the system setting nor WPAD applies.
        m_manager->setProxy(QNetworkProxy::NoProxy);
    }
    QNetworkRequest request(url);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    m_reply = m_manager->get(request);
    // Bounded buffering: Qt reads from the socket no faster than onReadyRead drains it, so the
    // cap check sees every chunk before much more than the cap is held.
    m_reply->setReadBufferSize(64 * 1024);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && overCap(length.toLongLong()))
            fail(u"too_large: >%1 bytes"_s.arg(m_maxBytes));
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &PacScriptFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PacScriptFetch::onFinished);
    m_timer.start(timeoutMs);
}

void PacScriptFetch::abort()
{
    m_done = true;
    m_timer.stop();
    if (QNetworkReply* reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

bool PacScriptFetch::overCap(qint64 bytes)
{
    return bytes > m_maxBytes;
}

void PacScriptFetch::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    m_body += m_reply->readAll();
    if (overCap(m_body.size()))
        fail(u"too_large: >%1 bytes"_s.arg(m_maxBytes));
}

void PacScriptFetch::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_body += m_reply->readAll();
    if (m_reply->error() != QNetworkReply::NoError) {
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300)
            fail(u"http_status: %1"_s.arg(status));
        else
            fail(u"fetch_failed: "_s + m_reply->errorString());
        return;
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 0 && (status < 200 || status > 299)) {
        fail(u"http_status: %1"_s.arg(status));
        return;
    }
    if (overCap(m_body.size())) {
        fail(u"too_large: >%1 bytes"_s.arg(m_maxBytes));
        return;
    }
    if (m_body.trimmed().isEmpty()) {
        fail(u"empty"_s);
        return;
    }
    // A NUL byte never occurs in a script: this is an image, an archive or an executable served
    // at the PAC address. Text that is not UTF-8 is accepted (Latin-1 comments are common in
    // old PAC files); PacEvaluator decodes it.
    if (m_body.contains('\0')) {
        fail(u"binary"_s);
        return;
    }
    const QByteArray script = std::exchange(m_body, {});
    conclude();
    emit finished(script);
}

void PacScriptFetch::fail(const QString& reason)
{
    if (m_done)
        return;
    conclude();
    emit failed(reason);
}

void PacScriptFetch::conclude()
{
    abort(); // sets m_done, stops the clock, releases the reply without further signals
    m_body.clear();
}

} // namespace cloudcheck
