#pragma once
// Tells a live run from one whose controller died: the recorder holds an exclusive lock on a
// byte of the database file itself (an open-file-description lock at 2^62 + run id, far past
// SQLite's own lock bytes) for as long as the run is open. The kernel drops the lock when the
// process dies, however it dies (SIGKILL included), so a lock that can be taken means the run
// has no controller any more.
//
// The lock belongs to the file, not to the name it was opened by: a symbolic link, "./a.db"
// against "a.db", a hard link or a bind mount all reach the same lock, so a second path to a
// database can never close a live run.

#include <sys/types.h>

#include <optional>
#include <string>

#include "gasbench/storage/run_records.hpp"

namespace gasbench::storage {

class RunLock {
public:
    // nullopt when another holder (in this process or another) has it.
    static std::optional<RunLock> tryAcquire(const std::string& databasePath, RunId run);
    ~RunLock();
    RunLock(RunLock&& other) noexcept;
    RunLock& operator=(RunLock&&) = delete;
    RunLock(const RunLock&) = delete;
    RunLock& operator=(const RunLock&) = delete;

    // Releases the lock (the run is closed).
    void release();

private:
    RunLock(dev_t device, ino_t inode, RunId run) : device_(device), inode_(inode), run_(run) {}
    dev_t device_ = 0;
    ino_t inode_ = 0;
    RunId run_ = 0;
    bool held_ = true;
};

}  // namespace gasbench::storage
