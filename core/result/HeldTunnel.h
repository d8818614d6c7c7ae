#pragma once

#include <QString>

namespace cloudcheck {

// What --hold-tunnel saw: one CONNECT tunnel held idle through the run's proxy (TunnelHold).
struct HeldTunnel
{
    enum class Kind
    {
        Held,  // open for the whole time asked
        Cut,   // closed by the far side before then
        Failed // never opened: see error
    };
    Kind kind = Kind::Failed;
    QString proxy;
    int requestedSeconds = 0;
    qint64 heldMs = 0;
    QString error;
};

} // namespace cloudcheck
