#pragma once

#include "ProbeStep.h"

namespace cloudcheck {

class ParallelConnect;

// Opens the direct TCP connection to the service.
class TcpStep : public ProbeStep
{
    Q_OBJECT

public:
    TcpStep(ProbeState& state, const ProbeContext& context, QObject* socketOwner, QObject* parent = nullptr);
    void abort() override;

private:
    void run() override;
    void onSettled();

    QObject* m_socketOwner;
    ParallelConnect* m_connect = nullptr;
};

} // namespace cloudcheck
