#pragma once
// Tells a live run from one whose controller died: the recorder holds an exclusive flock on
// "<database>.run-<id>.lock" for as long as the run is open. The kernel drops the lock when the
// process dies, however it dies (SIGKILL included), so a lock that can be taken means the run
// has no controller any more.

#include <optional>
#include <string>

#include "gasbench/storage/run_records.hpp"

namespace gasbench::storage {

class RunLock {
public:
    // nullopt when another open file (in this process or another) holds it.
    static std::optional<RunLock> tryAcquire(const std::string& databasePath, RunId run);
    ~RunLock();
    RunLock(RunLock&& other) noexcept;
    RunLock& operator=(RunLock&&) = delete;
    RunLock(const RunLock&) = delete;
    RunLock& operator=(const RunLock&) = delete;

    // Removes the lock file and releases the lock (the run is closed).
    void release();

private:
    RunLock(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
    int fd_ = -1;
    std::string path_;
};

}  // namespace gasbench::storage
