#pragma once

#include "ProbeStep.h"
#include "result/StepFacts.h"

namespace cloudcheck {

// Sends `GET /` on the open connection and reads the response head (16 KiB cap). Through a proxy
// on plain HTTP the request carries the absolute URI, as a proxy expects; over HTTPS it runs
// inside the tunnel like any direct request.
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

    QByteArray m_buffer;
};

} // namespace cloudcheck
