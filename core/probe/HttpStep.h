#pragma once

#include "ProbeStep.h"
#include "ProxySignIn.h"
#include "result/StepFacts.h"

#include <QPointer>

namespace cloudcheck {

// Sends `GET /` on the open connection and reads the response head (16 KiB cap). Through a proxy
// on plain HTTP the request carries the absolute URI, as a proxy expects; over HTTPS it runs
// inside the tunnel like any direct request. A proxy's 407 on plain HTTP leads to one sign-in on a
// fresh connection (ProxySignIn), whose answer is then read as the response.
class HttpStep : public ProbeStep
{
    Q_OBJECT

public:
    HttpStep(ProbeState& state, const ProbeContext& context, QObject* parent = nullptr);

    static QByteArray request(const Target& target, const Route& route, const QByteArray& userAgent);

private:
    void run() override;
    void onData();
    void conclude(std::optional<HttpError> error);
    bool signIn(const QByteArray& challenges);
    void onSignInFinished(ProxySignIn::Outcome outcome);
    void abort() override;

    QByteArray m_buffer;
    QPointer<ProxySignIn> m_signIn;
    QJsonObject m_signInFacts;
};

} // namespace cloudcheck
