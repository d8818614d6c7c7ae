#include "WinProcessMemory.h"

// windows.h first: psapi.h relies on its types (include sorting would swap them).
// clang-format off
#include <windows.h>
#include <psapi.h>
// clang-format on

namespace cloudcheck::platform {

long long WinProcessMemory::residentBytes()
{
    PROCESS_MEMORY_COUNTERS counters{};
    counters.cb = sizeof(counters);
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters)))
        return -1;
    return static_cast<long long>(counters.WorkingSetSize);
}

} // namespace cloudcheck::platform
