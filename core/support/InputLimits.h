#pragma once

#include <QtGlobal>

namespace cloudcheck {

// Bounds on files CloudCheck reads but did not write (--catalog, --ca-file, later PAC scripts
// and CRLs). The built-in catalog is about 20 KB and a full CA bundle about 200 KB; anything
// past these limits is a mistake or an attack, and is refused with a message naming the limit
// before it can exhaust memory or the stack (docs/decisions.md).
struct InputLimits
{
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
    static constexpr int kMaxJsonDepth = 64;
};

} // namespace cloudcheck
