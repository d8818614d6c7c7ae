#include "WinProcessJob.h"

#include <windows.h>

namespace cloudcheck::platform {

namespace {

std::string lastError(const char* call)
{
    return std::string(call) + " failed: error " + std::to_string(GetLastError());
}

} // namespace

WinProcessJob::~WinProcessJob()
{
    CloseHandle(m_job);
}

std::unique_ptr<WinProcessJob> WinProcessJob::create(std::uint64_t memoryLimitBytes, std::string* error)
{
    HANDLE job = CreateJobObjectW(nullptr, nullptr);
    if (!job) {
        *error = lastError("CreateJobObjectW");
        return nullptr;
    }
    std::unique_ptr<WinProcessJob> result(new WinProcessJob(job));
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits{};
    limits.BasicLimitInformation.LimitFlags =
        JOB_OBJECT_LIMIT_PROCESS_MEMORY | JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
    limits.ProcessMemoryLimit = static_cast<SIZE_T>(memoryLimitBytes);
    if (!SetInformationJobObject(job, JobObjectExtendedLimitInformation, &limits, sizeof(limits))) {
        *error = lastError("SetInformationJobObject");
        return nullptr;
    }
    return result;
}

bool WinProcessJob::assign(unsigned long processId, std::string* error)
{
    HANDLE process = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, processId);
    if (!process) {
        *error = lastError("OpenProcess");
        return false;
    }
    const bool assigned = AssignProcessToJobObject(m_job, process) != FALSE;
    if (!assigned)
        *error = lastError("AssignProcessToJobObject");
    CloseHandle(process);
    return assigned;
}

std::optional<WinProcessJob::Limits> WinProcessJob::limits() const
{
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION information{};
    if (!QueryInformationJobObject(m_job, JobObjectExtendedLimitInformation, &information,
                                   sizeof(information), nullptr))
        return std::nullopt;
    const DWORD flags = information.BasicLimitInformation.LimitFlags;
    Limits limits;
    if (flags & JOB_OBJECT_LIMIT_PROCESS_MEMORY)
        limits.memoryBytes = information.ProcessMemoryLimit;
    limits.killOnClose = (flags & JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE) != 0;
    return limits;
}

} // namespace cloudcheck::platform
