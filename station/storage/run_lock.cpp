#include "gasbench/storage/run_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {

std::optional<RunLock> RunLock::tryAcquire(const std::string& databasePath, RunId run) {
    std::string path = databasePath + ".run-" + std::to_string(run) + ".lock";
    int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) throw StorageError("cannot open " + path + ": " + std::strerror(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        int err = errno;
        ::close(fd);
        if (err == EWOULDBLOCK) return std::nullopt;
        throw StorageError("cannot lock " + path + ": " + std::strerror(err));
    }
    return RunLock(fd, std::move(path));
}

RunLock::~RunLock() {
    if (fd_ >= 0) ::close(fd_);
}

RunLock::RunLock(RunLock&& other) noexcept : fd_(other.fd_), path_(std::move(other.path_)) {
    other.fd_ = -1;
}

void RunLock::release() {
    if (fd_ < 0) return;
    ::unlink(path_.c_str());
    ::close(fd_);
    fd_ = -1;
}

}  // namespace gasbench::storage
