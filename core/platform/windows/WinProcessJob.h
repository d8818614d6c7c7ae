#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace cloudcheck::platform {

// A Windows Job Object holding one helper process: its committed memory is capped
// (JOB_OBJECT_LIMIT_PROCESS_MEMORY), and it is killed when the job's last handle closes
// (JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE). The Windows counterpart of the RLIMIT_AS the PAC helper
// gets on Linux (core/pac/PacEvaluator). Whoever holds this object holds the job: destroying it
// ends every process in it, so the helper never outlives the program that started it, even when
// that program is killed.
class WinProcessJob
{
public:
    ~WinProcessJob();
    WinProcessJob(const WinProcessJob&) = delete;
    WinProcessJob& operator=(const WinProcessJob&) = delete;

    // A new, empty job with the memory cap and kill-on-close; null with the reason in `error`.
    static std::unique_ptr<WinProcessJob> create(std::uint64_t memoryLimitBytes, std::string* error);

    // Puts the running process with this id into the job (it needs PROCESS_SET_QUOTA and
    // PROCESS_TERMINATE, which the process's creator has). False with the reason in `error`.
    bool assign(unsigned long processId, std::string* error);

    // The limits read back from the job (QueryInformationJobObject); nullopt when it cannot be asked.
    struct Limits
    {
        std::uint64_t memoryBytes = 0; // 0: no memory cap
        bool killOnClose = false;
    };
    std::optional<Limits> limits() const;

    // The job's HANDLE, for tests that start a process into it by hand.
    void* handle() const { return m_job; }

private:
    explicit WinProcessJob(void* job) : m_job(job) {}
    void* m_job;
};

} // namespace cloudcheck::platform
