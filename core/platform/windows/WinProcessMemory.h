#pragma once

namespace cloudcheck::platform {

// This process's memory as Task Manager shows it, from GetProcessMemoryInfo (psapi).
class WinProcessMemory
{
public:
    // The working set (resident memory, as /proc/self/statm's second field on Linux), in bytes;
    // -1 when it cannot be read.
    static long long residentBytes();
};

} // namespace cloudcheck::platform
