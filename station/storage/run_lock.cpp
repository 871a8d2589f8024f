#include "gasbench/storage/run_lock.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <mutex>
#include <set>
#include <tuple>

#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

using FileKey = std::pair<dev_t, ino_t>;

constexpr off_t kFirstLockByte = off_t{1} << 62;  // SQLite locks bytes near 1 GiB; far from those

// One descriptor per database file for the life of the process, never closed: closing any
// descriptor of a file drops every POSIX lock the process holds on it, SQLite's included.
// Open-file-description locks do not conflict within one description, so the runs this
// process holds are kept here too.
struct Registry {
    std::mutex mutex;
    std::map<FileKey, int> descriptors;
    std::set<std::tuple<dev_t, ino_t, RunId>> held;
};

Registry& registry() {
    static Registry* r = new Registry;  // never destroyed: locks outlive static destruction
    return *r;
}

int descriptorFor(Registry& r, const std::string& path, FileKey& key) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        throw StorageError("cannot lock a run of " + path + ": " + std::strerror(errno));
    }
    key = {st.st_dev, st.st_ino};
    if (auto found = r.descriptors.find(key); found != r.descriptors.end()) return found->second;
    int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (fd < 0) throw StorageError("cannot open " + path + " to lock a run: " + std::strerror(errno));
    if (::fstat(fd, &st) != 0) {
        throw StorageError("cannot lock a run of " + path + ": " + std::strerror(errno));
    }
    key = {st.st_dev, st.st_ino};  // the file as opened, if it was replaced after the stat
    auto [it, added] = r.descriptors.emplace(key, fd);
    return it->second;  // an extra descriptor for a known file stays open (see Registry)
}

bool setLock(int fd, RunId run, short type) {
    struct flock fl {};
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = kFirstLockByte + static_cast<off_t>(run);
    fl.l_len = 1;
    if (::fcntl(fd, F_OFD_SETLK, &fl) == 0) return true;
    if (errno == EAGAIN || errno == EACCES) return false;
    throw StorageError(std::string("cannot lock a run: ") + std::strerror(errno));
}

}  // namespace

std::optional<RunLock> RunLock::tryAcquire(const std::string& databasePath, RunId run) {
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    FileKey key;
    int fd = descriptorFor(r, databasePath, key);
    if (r.held.count({key.first, key.second, run})) return std::nullopt;
    if (!setLock(fd, run, F_WRLCK)) return std::nullopt;
    r.held.insert({key.first, key.second, run});
    return RunLock(key.first, key.second, run);
}

RunLock::~RunLock() { release(); }

RunLock::RunLock(RunLock&& other) noexcept
    : device_(other.device_), inode_(other.inode_), run_(other.run_), held_(other.held_) {
    other.held_ = false;
}

void RunLock::release() {
    if (!held_) return;
    held_ = false;
    Registry& r = registry();
    std::lock_guard guard(r.mutex);
    r.held.erase({device_, inode_, run_});
    auto fd = r.descriptors.find({device_, inode_});
    if (fd == r.descriptors.end()) return;
    try {
        setLock(fd->second, run_, F_UNLCK);
    } catch (const StorageError&) {
        // Unlocking a lock we hold does not fail; the process's end drops it in any case.
    }
}

}  // namespace gasbench::storage
