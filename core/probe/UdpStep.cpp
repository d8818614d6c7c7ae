#include "UdpStep.h"

#include "net/SocketDisposal.h"
#include "result/StepFacts.h"

#include <QDtls>
#include <QNetworkProxy>
#include <QUdpSocket>

namespace cloudcheck {

UdpStep::UdpStep(ProbeState& state, const ProbeContext& context, QObject* parent)
    : ProbeStep(StepKind::Udp, state, context, parent)
{}

UdpStep::~UdpStep()
{
    release();
}

void UdpStep::abort()
{
    ProbeStep::abort();
    release();
}

void UdpStep::run()
{
    const QHostAddress address = m_state.addresses.first();
    const QJsonObject base{{fact::kAddress, address.toString()}, {fact::kPort, m_state.connectPort}};
    armTimeout([this, base] {
        QJsonObject details = base;
        details.insert(fact::kOutcome, factName(UdpOutcome::NoAnswer));
        details.insert(fact::kTimeoutMs, m_context.timeoutMs);
        finish(Verdict::Fail, details);
    });
    m_udp = new QUdpSocket(this);
    m_udp->setProxy(QNetworkProxy::NoProxy);
    if (!m_udp->bind(address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress::AnyIPv6
                                                                         : QHostAddress::AnyIPv4)) {
        QJsonObject details = base;
        details.insert(fact::kOutcome, factName(UdpOutcome::Error));
        details.insert(fact::kErrorText, m_udp->errorString());
        finish(Verdict::Error, details);
        return;
    }
    // Any datagram back (a HelloVerifyRequest, a ServerHello, even an alert) proves UDP 443
    // passes both ways; the handshake itself is not needed for that.
    connect(m_udp, &QUdpSocket::readyRead, this, [this, base] {
        QJsonObject details = base;
        details.insert(fact::kOutcome, factName(UdpOutcome::Answered));
        finish(Verdict::Pass, details);
    });
    QSslConfiguration dtlsConfig = QSslConfiguration::defaultDtlsConfiguration();
    dtlsConfig.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_dtls = new QDtls(QSslSocket::SslClientMode, this);
    m_dtls->setDtlsConfiguration(dtlsConfig);
    m_dtls->setPeer(address, m_state.connectPort, m_state.target.host);
    if (!m_dtls->doHandshake(m_udp)) {
        QJsonObject details = base;
        details.insert(fact::kOutcome, factName(UdpOutcome::Error));
        details.insert(fact::kErrorText, m_dtls->dtlsErrorString());
        finish(Verdict::Error, details);
    }
}

void UdpStep::release()
{
    if (m_dtls) {
        m_dtls->deleteLater();
        m_dtls = nullptr;
    }
    discardSocket(m_udp, this);
}

} // namespace cloudcheck
