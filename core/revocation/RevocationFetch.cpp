#include "RevocationFetch.h"

#include "net/DnsLookup.h"
#include "net/HttpResponseHead.h"
#include "net/SocketDisposal.h"
#include "probe/ParallelConnect.h"

#include <QSslSocket>

namespace cloudcheck {

RevocationFetch::RevocationFetch(Request request, QList<HostOverride> overrides, int timeoutMs,
                                 QByteArray userAgent, QObject* parent)
    : QObject(parent), m_request(std::move(request)), m_overrides(std::move(overrides)),
      m_timeoutMs(timeoutMs), m_userAgent(std::move(userAgent)), m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_connect)
            m_connect->timeOut(); // settles at once: onConnected() reports the timeout
        else
            conclude(m_timeoutProblem.value_or(RevocationProblem::Timeout));
    });
}

RevocationFetch::~RevocationFetch()
{
    abort();
}

QByteArray RevocationFetch::requestBytes(const Request& request, const QByteArray& userAgent)
{
    const QUrl& url = request.url;
    const int port = url.port(80);
    const QByteArray host =
        QUrl::toAce(url.host()) + (port == 80 ? QByteArray() : ':' + QByteArray::number(port));
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const QByteArray target = request.route.isProxied() ? "http://" + host + path : path;
    QByteArray bytes = request.method + ' ' + target + " HTTP/1.0\r\nHost: " + host +
                       "\r\nUser-Agent: " + userAgent +
                       "\r\nAccept: " + (request.accept.isEmpty() ? QByteArray("*/*") : request.accept) +
                       "\r\nConnection: close\r\n";
    if (!request.body.isEmpty() || request.method == "POST") {
        bytes += "Content-Type: " + request.contentType +
                 "\r\nContent-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    }
    return bytes + "\r\n" + request.body;
}

void RevocationFetch::armTimeout(std::optional<RevocationProblem> problem)
{
    m_timeoutProblem = problem;
    m_timer.start(m_timeoutMs);
}

void RevocationFetch::start()
{
    m_clock.start();
    const Route& route = m_request.route;
    if (route.isProxied()) {
        m_host = route.proxyHost;
        m_port = route.proxyPort;
    } else {
        m_host = m_request.url.host();
        m_port = quint16(m_request.url.port(80));
    }
    if (!route.problem.isEmpty() || m_host.isEmpty()) {
        conclude(RevocationProblem::Unreachable);
        return;
    }
    for (const HostOverride& pinned : std::as_const(m_overrides)) {
        if (pinned.matches(m_host, m_port)) {
            m_port = pinned.connectPort.value_or(m_port);
            connectTo({pinned.address});
            return;
        }
    }
    if (const QHostAddress literal(m_host); !literal.isNull()) {
        connectTo({literal});
        return;
    }
    m_lookup = new DnsLookup(this);
    connect(m_lookup, &DnsLookup::finished, this, [this](const DnsAnswer& answer) {
        m_lookup->deleteLater();
        if (m_done)
            return;
        if (answer.error != DnsAnswer::Error::None || answer.addresses.isEmpty()) {
            conclude(RevocationProblem::NameNotResolved);
            return;
        }
        connectTo(answer.addresses);
    });
    armTimeout(RevocationProblem::NameNotResolved);
    m_lookup->start(m_host);
}

void RevocationFetch::connectTo(const QList<QHostAddress>& addresses)
{
    m_connect = new ParallelConnect(this, this);
    connect(m_connect, &ParallelConnect::settled, this, &RevocationFetch::onConnected);
    armTimeout(RevocationProblem::Timeout);
    m_connect->start(addresses, m_port);
}

void RevocationFetch::onConnected()
{
    ParallelConnect* attempt = m_connect;
    if (m_done || !attempt)
        return;
    m_socket = attempt->winner();
    const ConnectOutcome failure = m_socket ? ConnectOutcome::Connected : attempt->failure();
    attempt->deleteLater();
    m_connect = nullptr;
    if (!m_socket) {
        conclude(failure == ConnectOutcome::Refused       ? RevocationProblem::Refused
                 : failure == ConnectOutcome::Unreachable ? RevocationProblem::Unreachable
                                                          : RevocationProblem::Timeout);
        return;
    }
    connect(m_socket, &QSslSocket::readyRead, this, &RevocationFetch::onData);
    connect(m_socket, &QSslSocket::disconnected, this, [this] { conclude(std::nullopt); });
    connect(m_socket, &QSslSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError) { conclude(std::nullopt); });
    armTimeout(RevocationProblem::Timeout);
    m_socket->write(requestBytes(m_request, m_userAgent));
}

void RevocationFetch::onData()
{
    if (m_done || !m_socket)
        return;
    armTimeout(RevocationProblem::Timeout); // progress: the next wait gets its own timeout
    m_buffer += m_socket->readAll();
    if (m_headLength < 0) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        const qsizetype lfEnd = m_buffer.indexOf("\n\n");
        if (end >= 0)
            m_headLength = end + 4;
        else if (lfEnd >= 0)
            m_headLength = lfEnd + 2;
        if (m_headLength >= 0) {
            if (const auto head = HttpResponseHead::parse(m_buffer.left(m_headLength))) {
                if (const auto length = head->header("Content-Length")) {
                    bool ok = false;
                    const qlonglong value = length->trimmed().toLongLong(&ok);
                    if (ok && value >= 0)
                        m_contentLength = qsizetype(value);
                }
            }
        } else if (m_buffer.size() > 64 * 1024) {
            conclude(std::nullopt); // no head end in 64 KiB: judged as it is
            return;
        }
    }
    if (m_headLength >= 0 && m_buffer.size() - m_headLength > m_request.maxBytes) {
        conclude(RevocationProblem::TooLarge);
        return;
    }
    if (m_headLength >= 0 && m_contentLength && m_buffer.size() - m_headLength >= *m_contentLength)
        conclude(std::nullopt);
}

void RevocationFetch::conclude(std::optional<RevocationProblem> problem)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_socket) {
        if (m_socket->bytesAvailable() > 0 && !problem)
            m_buffer += m_socket->readAll();
        m_socket->disconnect(this);
    }
    Result result;
    result.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_socket)
        result.address = m_socket->peerAddress().toString() + u':' + QString::number(m_port);
    const auto head = m_headLength >= 0 ? HttpResponseHead::parse(m_buffer.left(m_headLength))
                                        : HttpResponseHead::parse(m_buffer);
    if (head && (!problem || problem == RevocationProblem::TooLarge)) {
        result.status = head->status();
        result.statusLine = HttpResponseHead::displayText(m_buffer.left(m_buffer.indexOf('\n')).trimmed());
        for (const auto& [name, field] :
             {std::pair{"Content-Type", &result.contentType}, std::pair{"Server", &result.server},
              std::pair{"Via", &result.via}, std::pair{"X-Squid-Error", &result.squidError}}) {
            if (const auto value = head->header(name))
                *field = HttpResponseHead::displayText(*value);
        }
        if (m_headLength >= 0) {
            result.body = m_buffer.mid(m_headLength);
            if (m_contentLength && result.body.size() < *m_contentLength && !problem)
                problem = RevocationProblem::Closed; // cut short: a truncated CRL is no CRL
            else if (m_contentLength && result.body.size() > *m_contentLength)
                result.body.truncate(*m_contentLength);
        } else if (!problem) {
            problem = RevocationProblem::Closed;
        }
    } else if (!problem) {
        problem = m_buffer.isEmpty() ? RevocationProblem::Closed : RevocationProblem::NotHttp;
        if (!m_buffer.isEmpty())
            result.received = HttpResponseHead::displayText(m_buffer.left(120));
    }
    result.problem = problem;
    if (m_socket) {
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_buffer.clear();
    emit finished(result);
}

void RevocationFetch::abort()
{
    m_done = true;
    m_timer.stop();
    delete m_lookup;
    if (m_connect)
        m_connect->abort();
    discardSocket(m_socket, this);
}

} // namespace cloudcheck
