#include "CipherStep.h"

#include "ProxyStep.h"
#include "TcpStep.h"
#include "TlsStep.h"
#include "net/SocketDisposal.h"
#include "result/StepFacts.h"

#include <QSslCipher>
#include <QSslSocket>

namespace cloudcheck {

CipherStep::CipherStep(ProbeState& state, const ProbeContext& context, QObject* parent)
    : ProbeStep(StepKind::Cipher, state, context, parent)
{}

CipherStep::~CipherStep()
{
    discardSocket(m_path.socket, this);
}

QSslConfiguration CipherStep::pinnedConfiguration(const QSslConfiguration& base, CipherPolicy policy)
{
    QSslConfiguration configuration = base;
    configuration.setProtocol(QSsl::TlsV1_2);
    // Only suites this TLS library knows can be offered; an unknown name would make Qt drop the
    // whole list and fall back to its defaults, which would pass any server.
    const QList<QSslCipher> supported = QSslConfiguration::supportedCiphers();
    QList<QSslCipher> offered;
    for (const CipherSuite& suite : cipherSuitesFor(policy)) {
        for (const QSslCipher& cipher : supported) {
            if (cipher.name() == suite.openSslName && cipher.protocol() == QSsl::TlsV1_2) {
                offered << cipher;
                break;
            }
        }
    }
    configuration.setCiphers(offered);
    return configuration;
}

QJsonObject CipherStep::facts() const
{
    QJsonObject details{{fact::kPolicy, cipherPolicyName(m_state.target.cipherPolicy)},
                        {fact::kOffered, m_offered},
                        {fact::kProfile, profileName(m_context.profile)}};
    if (m_context.route.isProxied())
        details.insert(fact::kViaProxy, m_context.route.proxyAuthority());
    else if (!m_path.addresses.isEmpty())
        details.insert(fact::kAddress, m_path.addresses.first().toString());
    return details;
}

void CipherStep::abort()
{
    ProbeStep::abort();
    if (m_opening)
        m_opening->abort();
    discardSocket(m_path.socket, this);
}

void CipherStep::run()
{
    m_configuration = pinnedConfiguration(m_context.tls, m_state.target.cipherPolicy);
    for (const QSslCipher& cipher : m_configuration.ciphers())
        m_offered.append(cipher.name());
    if (m_offered.isEmpty()) {
        QJsonObject details = facts();
        details.insert(fact::kReason, QStringLiteral("unavailable"));
        finish(Verdict::NotRun, details);
        return;
    }
    m_path.target = m_state.target;
    m_path.connectPort = m_state.connectPort;
    if (m_context.route.isProxied()) {
        m_pathKind = StepKind::Proxy;
        m_opening = new ProxyStep(m_path, m_context, this, this);
    } else {
        // The address the first connection reached: another address of the name could be a
        // different server, and the suites are a property of the path actually taken.
        m_path.addresses =
            m_state.connectedAddress.isNull() ? m_state.addresses : QList{m_state.connectedAddress};
        m_pathKind = StepKind::Tcp;
        m_opening = new TcpStep(m_path, m_context, this, this);
    }
    connect(m_opening, &ProbeStep::finished, this, &CipherStep::onPathOpened);
    m_opening->start();
}

void CipherStep::onPathOpened(Verdict verdict, const QJsonObject& details)
{
    if (isFinished())
        return;
    if (m_opening)
        m_opening->deleteLater();
    m_opening = nullptr;
    QSslSocket* socket = m_path.socket;
    if (verdict != Verdict::Pass || !socket) {
        QJsonObject result = facts();
        result.insert(fact::kReason, QStringLiteral("path_failed"));
        result.insert(fact::kPathStep, stepName(m_pathKind));
        result.insert(fact::kPath, details);
        discardSocket(m_path.socket, this);
        finish(Verdict::NotRun, result);
        return;
    }
    armTimeout([this] {
        QJsonObject result = facts();
        result.insert(fact::kError, factName(CipherError::Timeout));
        result.insert(fact::kTimeoutMs, m_context.timeoutMs);
        discardSocket(m_path.socket, this);
        // A browser negotiates TLS 1.3 where it can, so only the Connector's paths fail on this.
        finish(m_context.profile == Profile::Browser ? Verdict::Warn : Verdict::Fail, result);
    });
    socket->setSslConfiguration(m_configuration);
    socket->setPeerVerifyName(m_state.target.host);
    connect(socket, &QSslSocket::encrypted, this, &CipherStep::onNegotiated);
    // The suite is chosen before the certificate is judged; the certificate step judges it.
    connect(socket, &QSslSocket::sslErrors, this, &CipherStep::onNegotiated);
    connect(socket, &QSslSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError) { onFailed(socket->errorString()); });
    socket->startClientEncryption();
}

void CipherStep::onNegotiated()
{
    if (isFinished() || !m_path.socket)
        return;
    QJsonObject result = facts();
    result.insert(fact::kProtocol, TlsStep::protocolName(m_path.socket->sessionProtocol()));
    result.insert(fact::kCipher, m_path.socket->sessionCipher().name());
    discardSocket(m_path.socket, this);
    finish(Verdict::Pass, result);
}

void CipherStep::onFailed(const QString& errorText)
{
    if (isFinished() || !m_path.socket)
        return;
    // OpenSSL's words are the only way to tell these apart: a handshake_failure alert is the
    // server (or the device re-terminating TLS) finding no suite it accepts among those offered.
    const auto says = [&errorText](const char* words) {
        return errorText.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    CipherError error = CipherError::Handshake;
    if (says("handshake failure") || says("no shared cipher") || says("insufficient security"))
        error = CipherError::NoSharedSuite;
    else if (says("protocol version") || says("unsupported protocol") || says("no protocols available"))
        error = CipherError::Tls12Refused;
    else if (m_path.socket->error() == QAbstractSocket::RemoteHostClosedError)
        error = CipherError::Closed;
    QJsonObject result = facts();
    result.insert(fact::kError, factName(error));
    result.insert(fact::kErrorText, errorText);
    discardSocket(m_path.socket, this);
    finish(m_context.profile == Profile::Browser ? Verdict::Warn : Verdict::Fail, result);
}

} // namespace cloudcheck
