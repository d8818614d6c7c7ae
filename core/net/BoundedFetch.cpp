#include "BoundedFetch.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <utility>

using namespace Qt::StringLiterals;

namespace cloudcheck {

BoundedFetch::BoundedFetch(QObject* parent) : QObject(parent), m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { fail(u"timeout"_s); });
}

BoundedFetch::~BoundedFetch()
{
    abort();
}

void BoundedFetch::start(const Request& request)
{
    abort();
    ++m_generation;
    m_done = false;
    m_body.clear();
    m_maxBytes = request.maxBytes;

    const QString scheme = request.url.scheme().toLower();
    QString refusal;
    if (scheme != u"http" && scheme != u"https" && scheme != u"file") {
        refusal = u"unsupported_scheme: "_s + scheme;
    } else if (scheme == u"file") {
        // Known before reading: a 10 MB file (or a mistaken path to a disk image) is refused
        // without a byte read. /dev/zero and pipes report no size; the read cap stops those.
        const QFileInfo file(request.url.toLocalFile());
        if (file.isFile() && file.size() > m_maxBytes)
            refusal = tooLarge();
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

    if (!m_manager)
        m_manager = new QNetworkAccessManager(this);
    // setProxy also drops the proxy factory, so neither the system setting nor WPAD applies.
    m_manager->setProxy(request.proxy);

    QUrl url = request.url;
    QNetworkRequest networkRequest;
    const bool direct = request.proxy.type() == QNetworkProxy::NoProxy;
    const quint16 port = quint16(url.port(scheme == u"https" ? 443 : 80));
    if (direct && request.pin && request.pin->matches(url.host(), port)) {
        const QString host = url.host();
        url.setHost(request.pin->address.toString());
        url.setPort(request.pin->connectPort.value_or(port));
        const quint16 defaultPort = scheme == u"https" ? 443 : 80;
        networkRequest.setRawHeader(
            "Host", (port == defaultPort ? host : host + u':' + QString::number(port)).toUtf8());
        networkRequest.setPeerVerifyName(host);
        networkRequest.setMaximumRedirectsAllowed(0);
    } else {
        networkRequest.setMaximumRedirectsAllowed(request.maxRedirects);
    }
    networkRequest.setUrl(url);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (!request.extraCaCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(request.extraCaCertificates);
        networkRequest.setSslConfiguration(tls);
    }
    for (const auto& [name, value] : request.headers)
        networkRequest.setRawHeader(name, value);

    m_reply = m_manager->get(networkRequest);
    // Bounded buffering: Qt reads from the socket no faster than onReadyRead drains it, so the
    // cap check sees every chunk before much more than the cap is held.
    m_reply->setReadBufferSize(64 * 1024);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxBytes)
            fail(tooLarge());
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &BoundedFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &BoundedFetch::onFinished);
    m_timer.start(request.timeoutMs);
}

void BoundedFetch::abort()
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

QString BoundedFetch::tooLarge() const
{
    return u"too_large: >%1 bytes"_s.arg(m_maxBytes);
}

void BoundedFetch::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBytes)
        fail(tooLarge());
}

void BoundedFetch::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_body += m_reply->readAll();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->error() != QNetworkReply::NoError) {
        if (status >= 300)
            fail(u"http_status: %1"_s.arg(status));
        else
            fail(u"fetch_failed: "_s + m_reply->errorString());
        return;
    }
    if (status != 0 && (status < 200 || status > 299)) {
        fail(u"http_status: %1"_s.arg(status));
        return;
    }
    if (m_body.size() > m_maxBytes) {
        fail(tooLarge());
        return;
    }
    const QByteArray body = std::exchange(m_body, {});
    abort();
    emit finished(body);
}

void BoundedFetch::fail(const QString& reason)
{
    if (m_done)
        return;
    abort(); // sets m_done, stops the clock, releases the reply without further signals
    m_body.clear();
    emit failed(reason);
}

} // namespace cloudcheck
