#include "TlsStep.h"

#include "net/CertificateFacts.h"
#include "result/StepFacts.h"

#include <QSslCipher>
#include <QSslSocket>

namespace cloudcheck {

TlsStep::TlsStep(ProbeState& state, const ProbeContext& context, QObject* parent)
    : ProbeStep(StepKind::Tls, state, context, parent)
{}

QString TlsStep::protocolName(QSsl::SslProtocol protocol)
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

QJsonObject TlsStep::facts() const
{
    QJsonObject details;
    if (!m_state.protocol.isEmpty())
        details.insert(fact::kProtocol, m_state.protocol);
    if (!m_state.cipher.isEmpty())
        details.insert(fact::kCipher, m_state.cipher);
    if (!m_state.chain.isEmpty())
        details.insert(fact::kChain, CertificateFacts::describeChain(m_state.chain));
    if (m_context.route.isProxied())
        details.insert(fact::kViaProxy, m_context.route.proxyAuthority());
    return details;
}

void TlsStep::run()
{
    QSslSocket* socket = m_state.socket;
    armTimeout([this] {
        QJsonObject details = facts();
        details.insert(fact::kError, factName(TlsError::Timeout));
        details.insert(fact::kTimeoutMs, m_context.timeoutMs);
        finish(Verdict::Fail, details);
    });
    socket->setSslConfiguration(m_context.tls);
    // Qt sends the verification name as SNI, so the service (or the tunnel's far end) sees the
    // target's own name even though the socket was opened to an address or a proxy.
    socket->setPeerVerifyName(m_state.target.host);
    connect(socket, &QSslSocket::encrypted, this, &TlsStep::onEncrypted);
    connect(socket, &QSslSocket::sslErrors, this, &TlsStep::onSslErrors);
    connect(socket, &QSslSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError) { onFailed(socket->errorString()); });
    socket->startClientEncryption();
}

void TlsStep::captureSession()
{
    QSslSocket* socket = m_state.socket;
    m_state.chain = socket->peerCertificateChain();
    m_state.protocol = protocolName(socket->sessionProtocol());
    m_state.cipher = socket->sessionCipher().name();
    socket->disconnect(this);
}

void TlsStep::onEncrypted()
{
    captureSession();
    finish(Verdict::Pass, facts());
}

void TlsStep::onSslErrors(const QList<QSslError>& errors)
{
    // The handshake got as far as the certificate, so TLS itself works; the certificate step
    // judges the errors. Nothing is ever sent over this unverified channel.
    m_state.sslErrors = errors;
    captureSession();
    m_state.socket->abort();
    finish(Verdict::Pass, facts());
}

void TlsStep::onFailed(const QString& errorText)
{
    if (isFinished())
        return;
    QJsonObject details = facts();
    // OpenSSL names a protocol version mismatch in these words; nothing else tells it apart.
    const bool tooOld = errorText.contains(QStringLiteral("unsupported protocol"), Qt::CaseInsensitive) ||
                        errorText.contains(QStringLiteral("protocol version"), Qt::CaseInsensitive) ||
                        errorText.contains(QStringLiteral("no protocols available"), Qt::CaseInsensitive);
    // A cleartext reply to a ClientHello: something other than the service answers on the port.
    const bool notTls = errorText.contains(QStringLiteral("wrong version number"), Qt::CaseInsensitive) ||
                        errorText.contains(QStringLiteral("packet length too long"), Qt::CaseInsensitive) ||
                        errorText.contains(QStringLiteral("http request"), Qt::CaseInsensitive);
    const bool closed = m_state.socket->error() == QAbstractSocket::RemoteHostClosedError;
    details.insert(fact::kError, factName(tooOld   ? TlsError::ProtocolTooOld
                                          : notTls ? TlsError::NotTls
                                          : closed ? TlsError::Closed
                                                   : TlsError::Handshake));
    details.insert(fact::kErrorText, errorText);
    finish(Verdict::Fail, details);
}

} // namespace cloudcheck
