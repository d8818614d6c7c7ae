#include "TargetProbe.h"

#include "net/AddressClass.h"
#include "net/CertificateFacts.h"
#include "net/DnsLookup.h"
#include "net/HttpResponseHead.h"

#include <QDtls>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslSocket>
#include <QUdpSocket>

Q_LOGGING_CATEGORY(lcProbe, "cloudcheck.probe")

namespace cloudcheck {

namespace {

// A TCP connect is tried on at most this many of a name's addresses at once.
constexpr qsizetype kMaxParallelAttempts = 4;
// Enough for any status line and headers; the body is never needed.
constexpr qsizetype kMaxHeadBytes = 16 * 1024;

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLSv1.2");
    default:
        return {};
    }
}

QJsonArray addressList(const QList<QHostAddress>& addresses)
{
    QJsonArray result;
    for (const QHostAddress& address : addresses)
        result.append(address.toString());
    return result;
}

QString socketOutcome(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QStringLiteral("refused");
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::SocketAccessError: // a local firewall rejected the connect()
        return QStringLiteral("unreachable");
    case QAbstractSocket::SocketTimeoutError:
        return QStringLiteral("timeout");
    default:
        return QStringLiteral("error");
    }
}

} // namespace

TargetProbe::TargetProbe(const Target& target, const ProbeContext& context, QObject* parent)
    : QObject(parent), m_context(context), m_steps(stepsFor(target.scheme)), m_stepTimer(this)
{
    m_result.target = target;
    m_connectPort = target.port;
    m_stepTimer.setSingleShot(true);
    // A coarse timer may fire 5 % early, and a finding that says "within 3000 ms" must be true.
    m_stepTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_stepTimer, &QTimer::timeout, this, [this] {
        if (m_onTimeout)
            std::exchange(m_onTimeout, nullptr)();
    });
}

TargetProbe::~TargetProbe()
{
    releaseSockets();
}

QList<StepKind> TargetProbe::stepsFor(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Https:
        return {StepKind::Dns, StepKind::Tcp, StepKind::Tls, StepKind::Certificate, StepKind::Http};
    case Scheme::Http:
        return {StepKind::Dns, StepKind::Tcp, StepKind::Http};
    case Scheme::Udp:
        return {StepKind::Dns, StepKind::Udp};
    }
    return {};
}

void TargetProbe::start()
{
    m_targetClock.start();
    if (m_result.target.needsCustomerId) {
        for (StepKind step : m_steps)
            m_result.steps.append({step,
                                   Verdict::NotRun,
                                   0,
                                   {{QStringLiteral("reason"), QStringLiteral("needs_customer_id")}}});
        finish();
        return;
    }
    runNextStep();
}

void TargetProbe::cancel()
{
    if (m_done)
        return;
    m_onTimeout = nullptr;
    m_stepTimer.stop();
    delete m_lookup;
    releaseSockets();
    m_result.cancelled = true;
    if (m_next > 0 && m_result.steps.size() < m_next) {
        m_result.steps.append({m_current,
                               Verdict::NotRun,
                               m_stepClock.isValid() ? m_stepClock.elapsed() : 0,
                               {{QStringLiteral("cancelled"), true}}});
    }
    for (qsizetype i = m_result.steps.size(); i < m_steps.size(); ++i)
        m_result.steps.append({m_steps.at(i), Verdict::NotRun, 0, {{QStringLiteral("cancelled"), true}}});
    finish();
}

void TargetProbe::runNextStep()
{
    if (m_done)
        return;
    if (m_next >= m_steps.size()) {
        finish();
        return;
    }
    m_current = m_steps.at(m_next++);
    switch (m_current) {
    case StepKind::Dns:
        runDns();
        break;
    case StepKind::Tcp:
        runTcp();
        break;
    case StepKind::Tls:
        runTls();
        break;
    case StepKind::Certificate:
        judgeCertificate();
        break;
    case StepKind::Http:
        runHttp();
        break;
    case StepKind::Udp:
        runUdp();
        break;
    case StepKind::Proxy:
    case StepKind::Revocation:
        // Not planned by stepsFor() yet; recorded honestly if a plan ever asks for them.
        endStep(Verdict::NotRun, {{QStringLiteral("reason"), QStringLiteral("not_supported")}});
        break;
    }
}

void TargetProbe::beginStep(std::function<void()> onTimeout)
{
    m_stepClock.start();
    m_onTimeout = std::move(onTimeout);
    m_stepTimer.start(m_context.timeoutMs);
}

void TargetProbe::endStep(Verdict verdict, const QJsonObject& details)
{
    if (m_done)
        return;
    m_stepTimer.stop();
    m_onTimeout = nullptr;
    const qint64 elapsed = m_stepClock.isValid() ? m_stepClock.elapsed() : 0;
    m_stepClock.invalidate();
    const StepResult result{m_current, verdict, elapsed, details};
    qCDebug(lcProbe).noquote() << m_result.target.id << stepName(m_current) << verdictName(verdict) << elapsed
                               << "ms"
                               << QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    m_result.steps.append(result);
    emit stepFinished(m_result.target.id, result);

    if (verdict == Verdict::Fail || verdict == Verdict::Error) {
        releaseSockets();
        const QString blockedBy = stepName(m_current);
        while (m_next < m_steps.size()) {
            const StepResult skipped{
                m_steps.at(m_next++), Verdict::NotRun, 0, {{QStringLiteral("blockedBy"), blockedBy}}};
            m_result.steps.append(skipped);
            emit stepFinished(m_result.target.id, skipped);
        }
        finish();
        return;
    }
    runNextStep();
}

void TargetProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    releaseSockets();
    m_result.durationMs = m_targetClock.isValid() ? m_targetClock.elapsed() : 0;
    emit finished();
}

// --- dns -------------------------------------------------------------------------------------

void TargetProbe::runDns()
{
    const Target& target = m_result.target;
    for (const HostOverride& pinned : m_context.overrides) {
        if (pinned.matches(target.host, target.port)) {
            m_stepClock.start();
            m_addresses = {pinned.address};
            m_connectPort = pinned.connectPort.value_or(target.port);
            QJsonObject details{{QStringLiteral("addresses"), addressList(m_addresses)},
                                {QStringLiteral("source"), QStringLiteral("override")}};
            if (m_connectPort != target.port)
                details.insert(QStringLiteral("connectPort"), m_connectPort);
            endStep(Verdict::Pass, details);
            return;
        }
    }

    m_lookup = new DnsLookup(this);
    connect(m_lookup, &DnsLookup::finished, this, &TargetProbe::onDnsAnswer);
    beginStep([this] {
        delete m_lookup;
        endStep(Verdict::Fail, {{QStringLiteral("source"), QStringLiteral("system")},
                                {QStringLiteral("error"), QStringLiteral("timeout")},
                                {QStringLiteral("timeoutMs"), m_context.timeoutMs}});
    });
    m_lookup->start(target.host);
}

void TargetProbe::onDnsAnswer(const DnsAnswer& answer)
{
    m_lookup->deleteLater();
    QJsonObject details{{QStringLiteral("source"), QStringLiteral("system")},
                        {QStringLiteral("addresses"), addressList(answer.addresses)}};
    if (answer.error != DnsAnswer::Error::None || answer.addresses.isEmpty()) {
        details.insert(QStringLiteral("error"), answer.error == DnsAnswer::Error::ServFail
                                                    ? QStringLiteral("servfail")
                                                    : QStringLiteral("nxdomain"));
        details.insert(QStringLiteral("errorText"), answer.errorText);
        endStep(Verdict::Fail, details);
        return;
    }
    QList<QHostAddress> nonPublic;
    for (const QHostAddress& address : answer.addresses) {
        if (isNonPublicAddress(address))
            nonPublic << address;
        else
            m_addresses << address;
    }
    if (!nonPublic.isEmpty()) {
        details.insert(QStringLiteral("error"), QStringLiteral("sinkhole"));
        details.insert(QStringLiteral("sinkholeAddresses"), addressList(nonPublic));
    }
    // Only sinkhole answers: connecting would test some local machine, not the service.
    endStep(m_addresses.isEmpty() ? Verdict::Fail
            : nonPublic.isEmpty() ? Verdict::Pass
                                  : Verdict::Warn,
            details);
}

// --- tcp -------------------------------------------------------------------------------------

void TargetProbe::runTcp()
{
    beginStep([this] { finishTcpIfSettled(true); });
    const qsizetype count = qMin(m_addresses.size(), kMaxParallelAttempts);
    for (qsizetype i = 0; i < count; ++i) {
        auto* socket = new QSslSocket(this);
        // The direct path is what this step judges; the proxy step owns proxied paths.
        socket->setProxy(QNetworkProxy::NoProxy);
        m_attempts.append({m_addresses.at(i), socket, {}, 0});
        connect(socket, &QSslSocket::connected, this, [this, i] { onAttemptConnected(i); });
        connect(socket, &QSslSocket::errorOccurred, this,
                [this, i, socket](QAbstractSocket::SocketError error) {
                    onAttemptFailed(i, socketOutcome(error), socket->errorString());
                });
    }
    // Started after every attempt is registered: a synchronous failure must see the whole list.
    for (const Attempt& attempt : std::as_const(m_attempts))
        attempt.socket->connectToHost(attempt.address.toString(), m_connectPort);
}

void TargetProbe::onAttemptConnected(qsizetype index)
{
    Attempt& winner = m_attempts[index];
    if (!winner.outcome.isEmpty())
        return;
    winner.outcome = QStringLiteral("connected");
    winner.durationMs = m_stepClock.elapsed();
    m_socket = winner.socket;
    for (Attempt& other : m_attempts) {
        if (other.socket != m_socket && other.outcome.isEmpty())
            other.outcome = QStringLiteral("abandoned");
    }
    finishTcpIfSettled(false);
}

void TargetProbe::onAttemptFailed(qsizetype index, const QString& outcome, const QString& errorText)
{
    Attempt& attempt = m_attempts[index];
    if (!attempt.outcome.isEmpty())
        return;
    attempt.outcome = outcome;
    attempt.durationMs = m_stepClock.elapsed();
    attempt.socket->setProperty("errorText", errorText);
    finishTcpIfSettled(false);
}

void TargetProbe::finishTcpIfSettled(bool timedOut)
{
    QJsonArray attempts;
    bool pending = false;
    for (Attempt& attempt : m_attempts) {
        if (attempt.outcome.isEmpty()) {
            if (!timedOut && !m_socket) {
                pending = true;
                continue;
            }
            attempt.outcome = QStringLiteral("timeout");
            attempt.durationMs = m_stepClock.elapsed();
        }
        QJsonObject fact{{QStringLiteral("address"), attempt.address.toString()},
                         {QStringLiteral("outcome"), attempt.outcome},
                         {QStringLiteral("durationMs"), attempt.durationMs}};
        if (const QString text = attempt.socket->property("errorText").toString(); !text.isEmpty())
            fact.insert(QStringLiteral("errorText"), text);
        attempts.append(fact);
    }
    if (pending)
        return;

    QJsonObject details{{QStringLiteral("port"), m_connectPort}, {QStringLiteral("attempts"), attempts}};
    if (m_socket) {
        details.insert(QStringLiteral("address"), m_socket->peerAddress().toString());
        // The winner stays; the losers go, so no half-open connection outlives the step.
        for (Attempt& attempt : m_attempts) {
            if (attempt.socket != m_socket) {
                attempt.socket->disconnect(this);
                attempt.socket->abort();
                attempt.socket->deleteLater();
            }
        }
        m_attempts.clear();
        m_socket->disconnect(this);
        endStep(Verdict::Pass, details);
        return;
    }
    // Several addresses may fail differently; the most telling outcome names the failure.
    QString error;
    for (const QString& candidate : {QStringLiteral("timeout"), QStringLiteral("refused"),
                                     QStringLiteral("unreachable"), QStringLiteral("error")}) {
        for (const Attempt& attempt : std::as_const(m_attempts)) {
            if (error.isEmpty() && attempt.outcome == candidate)
                error = candidate;
        }
    }
    details.insert(QStringLiteral("error"), error.isEmpty() ? QStringLiteral("error") : error);
    if (error == u"timeout")
        details.insert(QStringLiteral("timeoutMs"), m_context.timeoutMs);
    endStep(Verdict::Fail, details);
}

// --- tls and certificate ---------------------------------------------------------------------

void TargetProbe::runTls()
{
    beginStep([this] {
        QJsonObject details = tlsFacts();
        details.insert(QStringLiteral("error"), QStringLiteral("timeout"));
        details.insert(QStringLiteral("timeoutMs"), m_context.timeoutMs);
        endStep(Verdict::Fail, details);
    });
    m_socket->setSslConfiguration(m_context.tls);
    m_socket->setPeerVerifyName(m_result.target.host);
    connect(m_socket, &QSslSocket::encrypted, this, &TargetProbe::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &TargetProbe::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError) { onTlsFailed(m_socket->errorString()); });
    m_socket->startClientEncryption();
}

QJsonObject TargetProbe::tlsFacts() const
{
    QJsonObject details;
    if (!m_protocol.isEmpty())
        details.insert(QStringLiteral("protocol"), m_protocol);
    if (!m_cipher.isEmpty())
        details.insert(QStringLiteral("cipher"), m_cipher);
    if (!m_chain.isEmpty())
        details.insert(QStringLiteral("chain"), CertificateFacts::describeChain(m_chain));
    return details;
}

void TargetProbe::onEncrypted()
{
    m_chain = m_socket->peerCertificateChain();
    m_protocol = protocolName(m_socket->sessionProtocol());
    m_cipher = m_socket->sessionCipher().name();
    m_socket->disconnect(this);
    endStep(Verdict::Pass, tlsFacts());
}

void TargetProbe::onSslErrors(const QList<QSslError>& errors)
{
    // The handshake got as far as the certificate, so TLS itself works; the certificate step
    // judges the errors. Nothing is ever sent over this unverified channel.
    m_sslErrors = errors;
    m_chain = m_socket->peerCertificateChain();
    m_protocol = protocolName(m_socket->sessionProtocol());
    m_cipher = m_socket->sessionCipher().name();
    m_socket->disconnect(this);
    m_socket->abort();
    endStep(Verdict::Pass, tlsFacts());
}

void TargetProbe::onTlsFailed(const QString& errorText)
{
    QJsonObject details = tlsFacts();
    // OpenSSL names a protocol version mismatch in these words; nothing else tells it apart.
    const bool tooOld = errorText.contains(QStringLiteral("unsupported protocol"), Qt::CaseInsensitive) ||
                        errorText.contains(QStringLiteral("protocol version"), Qt::CaseInsensitive) ||
                        errorText.contains(QStringLiteral("no protocols available"), Qt::CaseInsensitive);
    // A cleartext reply to a ClientHello: something other than the service answers on the port.
    const bool notTls = errorText.contains(QStringLiteral("wrong version number"), Qt::CaseInsensitive) ||
                        errorText.contains(QStringLiteral("packet length too long"), Qt::CaseInsensitive) ||
                        errorText.contains(QStringLiteral("http request"), Qt::CaseInsensitive);
    const bool closed = m_socket->error() == QAbstractSocket::RemoteHostClosedError;
    details.insert(QStringLiteral("error"), tooOld   ? QStringLiteral("protocol_too_old")
                                            : notTls ? QStringLiteral("not_tls")
                                            : closed ? QStringLiteral("closed")
                                                     : QStringLiteral("handshake"));
    details.insert(QStringLiteral("errorText"), errorText);
    endStep(Verdict::Fail, details);
}

void TargetProbe::judgeCertificate()
{
    m_stepClock.start();
    QJsonArray errors;
    for (const QSslError& error : std::as_const(m_sslErrors)) {
        errors.append(QJsonObject{{QStringLiteral("kind"), CertificateFacts::errorKind(error.error())},
                                  {QStringLiteral("text"), error.errorString()}});
    }
    const QStringList issuers = CertificateFacts::issuerOrganizations(m_chain);
    const QStringList& expected = m_result.target.expectedIssuers;
    const bool intercepted = !m_chain.isEmpty() && !CertificateFacts::hasExpectedIssuer(issuers, expected);
    const QJsonObject details{{QStringLiteral("errors"), errors},
                              {QStringLiteral("expectedIssuers"), QJsonArray::fromStringList(expected)},
                              {QStringLiteral("issuerOrganizations"), QJsonArray::fromStringList(issuers)},
                              {QStringLiteral("intercepted"), intercepted}};
    endStep(errors.isEmpty() && !intercepted ? Verdict::Pass : Verdict::Fail, details);
}

// --- http ------------------------------------------------------------------------------------

void TargetProbe::runHttp()
{
    beginStep([this] { finishHttp(QStringLiteral("timeout")); });
    connect(m_socket, &QSslSocket::readyRead, this, &TargetProbe::onHttpData);
    connect(m_socket, &QSslSocket::disconnected, this, [this] { finishHttp(QStringLiteral("closed")); });
    connect(m_socket, &QSslSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError) { finishHttp(QStringLiteral("closed")); });
    const QByteArray hostHeader =
        QUrl::toAce(m_result.target.host) + (m_result.target.port == 443 || m_result.target.port == 80
                                                 ? QByteArray()
                                                 : ':' + QByteArray::number(m_result.target.port));
    m_socket->write("GET / HTTP/1.1\r\nHost: " + hostHeader + "\r\nUser-Agent: " + m_context.userAgent +
                    "\r\nAccept: */*\r\nConnection: close\r\n\r\n");
}

void TargetProbe::onHttpData()
{
    m_httpBuffer += m_socket->read(kMaxHeadBytes - m_httpBuffer.size());
    if (HttpResponseHead::isComplete(m_httpBuffer) || m_httpBuffer.size() >= kMaxHeadBytes)
        finishHttp({});
}

void TargetProbe::finishHttp(const QString& error)
{
    if (m_socket && m_socket->bytesAvailable() > 0)
        m_httpBuffer += m_socket->read(kMaxHeadBytes - m_httpBuffer.size());
    QJsonObject details;
    const auto head = HttpResponseHead::parse(m_httpBuffer);
    if (!head) {
        details.insert(QStringLiteral("error"), m_httpBuffer.isEmpty() ? error : QStringLiteral("malformed"));
        if (!m_httpBuffer.isEmpty())
            details.insert(QStringLiteral("received"), HttpResponseHead::displayText(m_httpBuffer.left(200)));
        if (error == u"timeout")
            details.insert(QStringLiteral("timeoutMs"), m_context.timeoutMs);
        endStep(Verdict::Fail, details);
        return;
    }
    details.insert(QStringLiteral("status"), head->status());
    details.insert(QStringLiteral("reason"), head->reason());
    details.insert(QStringLiteral("httpVersion"), head->httpVersion());
    for (const auto& [name, key] : {std::pair{"Server", "server"}, std::pair{"Location", "location"},
                                    std::pair{"Via", "via"}, std::pair{"Date", "date"}}) {
        if (const auto value = head->header(name))
            details.insert(QLatin1String(key), HttpResponseHead::displayText(*value));
    }
    if (const auto date = head->header("Date")) {
        if (const auto serverTime = HttpResponseHead::parseHttpDate(*date)) {
            const qint64 skew = serverTime->secsTo(QDateTime::currentDateTimeUtc());
            details.insert(QStringLiteral("clockSkewSeconds"), double(skew));
        }
    }
    endStep(Verdict::Pass, details);
}

// --- udp -------------------------------------------------------------------------------------

void TargetProbe::runUdp()
{
    const QHostAddress address = m_addresses.first();
    const QJsonObject base{{QStringLiteral("address"), address.toString()},
                           {QStringLiteral("port"), m_connectPort}};
    beginStep([this, base] {
        QJsonObject details = base;
        details.insert(QStringLiteral("outcome"), QStringLiteral("no_answer"));
        details.insert(QStringLiteral("timeoutMs"), m_context.timeoutMs);
        endStep(Verdict::Fail, details);
    });
    m_udp = new QUdpSocket(this);
    m_udp->setProxy(QNetworkProxy::NoProxy);
    if (!m_udp->bind(address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress::AnyIPv6
                                                                         : QHostAddress::AnyIPv4)) {
        QJsonObject details = base;
        details.insert(QStringLiteral("errorText"), m_udp->errorString());
        endStep(Verdict::Error, details);
        return;
    }
    // Any datagram back (a HelloVerifyRequest, a ServerHello, even an alert) proves UDP 443
    // passes both ways; the handshake itself is not needed for that.
    connect(m_udp, &QUdpSocket::readyRead, this, [this, base] {
        QJsonObject details = base;
        details.insert(QStringLiteral("outcome"), QStringLiteral("answered"));
        endStep(Verdict::Pass, details);
    });
    QSslConfiguration dtlsConfig = QSslConfiguration::defaultDtlsConfiguration();
    dtlsConfig.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_dtls = new QDtls(QSslSocket::SslClientMode, this);
    m_dtls->setDtlsConfiguration(dtlsConfig);
    m_dtls->setPeer(address, m_connectPort, m_result.target.host);
    if (!m_dtls->doHandshake(m_udp)) {
        QJsonObject details = base;
        details.insert(QStringLiteral("outcome"), QStringLiteral("error"));
        details.insert(QStringLiteral("errorText"), m_dtls->dtlsErrorString());
        endStep(Verdict::Error, details);
    }
}

void TargetProbe::releaseSockets()
{
    for (Attempt& attempt : m_attempts) {
        if (attempt.socket != m_socket) {
            attempt.socket->disconnect(this);
            attempt.socket->abort();
            attempt.socket->deleteLater();
        }
    }
    m_attempts.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_dtls) {
        m_dtls->deleteLater();
        m_dtls = nullptr;
    }
    if (m_udp) {
        m_udp->disconnect(this);
        m_udp->abort();
        m_udp->deleteLater();
        m_udp = nullptr;
    }
}

} // namespace cloudcheck
