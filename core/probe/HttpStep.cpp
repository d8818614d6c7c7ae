#include "HttpStep.h"

#include "net/HttpResponseHead.h"
#include "result/StepFacts.h"

#include <QSslSocket>
#include <QUrl>

namespace cloudcheck {

namespace {
// Enough for any status line and headers; the body is never needed.
constexpr qsizetype kMaxHeadBytes = 16 * 1024;
} // namespace

HttpStep::HttpStep(ProbeState& state, const ProbeContext& context, QObject* parent)
    : ProbeStep(StepKind::Http, state, context, parent)
{}

QByteArray HttpStep::request(const Target& target, const Route& route, const QByteArray& userAgent)
{
    const bool defaultPort = (target.scheme == Scheme::Http && target.port == 80) ||
                             (target.scheme == Scheme::Https && target.port == 443);
    const QByteArray host =
        QUrl::toAce(target.host) + (defaultPort ? QByteArray() : ':' + QByteArray::number(target.port));
    const bool absolute = target.scheme == Scheme::Http && route.isProxied();
    const QByteArray path = absolute ? "http://" + host + '/' : QByteArray("/");
    return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: " + userAgent +
           "\r\nAccept: */*\r\nConnection: close\r\n\r\n";
}

void HttpStep::run()
{
    QSslSocket* socket = m_state.socket;
    armTimeout([this] { conclude(HttpError::Timeout); });
    connect(socket, &QSslSocket::readyRead, this, &HttpStep::onData);
    connect(socket, &QSslSocket::disconnected, this, [this] { conclude(HttpError::Closed); });
    connect(socket, &QSslSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError) { conclude(HttpError::Closed); });
    socket->write(request(m_state.target, m_context.route, m_context.userAgent));
}

void HttpStep::onData()
{
    m_buffer += m_state.socket->read(kMaxHeadBytes - m_buffer.size());
    if (HttpResponseHead::isComplete(m_buffer) || m_buffer.size() >= kMaxHeadBytes)
        conclude(std::nullopt);
}

void HttpStep::conclude(std::optional<HttpError> error)
{
    if (isFinished())
        return;
    QSslSocket* socket = m_state.socket;
    if (socket && socket->bytesAvailable() > 0)
        m_buffer += socket->read(kMaxHeadBytes - m_buffer.size());
    if (socket)
        socket->disconnect(this);
    QJsonObject details;
    if (m_context.route.isProxied())
        details.insert(fact::kViaProxy, m_context.route.proxyAuthority());
    const auto head = HttpResponseHead::parse(m_buffer);
    if (!head) {
        details.insert(fact::kError, factName(m_buffer.isEmpty() ? error.value_or(HttpError::Closed)
                                                                 : HttpError::Malformed));
        if (!m_buffer.isEmpty())
            details.insert(fact::kReceived, HttpResponseHead::displayText(m_buffer.left(200)));
        if (error == HttpError::Timeout && m_buffer.isEmpty())
            details.insert(fact::kTimeoutMs, m_context.timeoutMs);
        finish(Verdict::Fail, details);
        return;
    }
    details.insert(fact::kStatus, head->status());
    details.insert(fact::kReason, HttpResponseHead::displayText(head->reason().toUtf8()));
    details.insert(fact::kHttpVersion, head->httpVersion());
    for (const auto& [name, key] :
         {std::pair{"Server", fact::kServer}, std::pair{"Location", fact::kLocation},
          std::pair{"Via", fact::kVia}, std::pair{"Date", fact::kDate},
          std::pair{"X-Squid-Error", fact::kSquidError}, std::pair{"Proxy-Status", fact::kProxyStatus},
          std::pair{"Proxy-Authenticate", fact::kProxyAuthenticate}}) {
        if (const auto value = head->header(name))
            details.insert(key, HttpResponseHead::displayText(*value));
    }
    if (const auto date = head->header("Date")) {
        if (const auto serverTime = HttpResponseHead::parseHttpDate(*date)) {
            const qint64 skew = serverTime->secsTo(QDateTime::currentDateTimeUtc());
            details.insert(fact::kClockSkewSeconds, double(skew));
        }
    }
    finish(Verdict::Pass, details);
}

} // namespace cloudcheck
