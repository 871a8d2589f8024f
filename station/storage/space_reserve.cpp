#include "gasbench/storage/space_reserve.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

constexpr const char* kSuffix = ".reserve-";

// An exclusive open-file-description lock on the whole file: dropped by the kernel when the
// owner dies, whatever the signal.
bool lockWhole(int fd) {
    struct flock l {};
    l.l_type = F_WRLCK;
    l.l_whence = SEEK_SET;
    return ::fcntl(fd, F_OFD_SETLK, &l) == 0;
}

}  // namespace

SpaceReserve SpaceReserve::claim(const std::string& databasePath, std::size_t bytes) {
    const std::string folder = QFileInfo(QString::fromStdString(databasePath)).absolutePath().toStdString();
    std::string pattern = databasePath + kSuffix + "XXXXXX";
    int fd = -1;
    std::string path;
    for (int attempt = 0; fd < 0 && attempt < 3; ++attempt) {
        std::vector<char> name(pattern.begin(), pattern.end());
        name.push_back('\0');
        fd = ::mkostemp(name.data(), O_CLOEXEC);
        if (fd < 0) {
            throw StorageError("cannot keep room for the run's close in " + folder + ": " + std::strerror(errno));
        }
        path = name.data();
        // Locked at once; a recovery that took the fresh file for abandoned in the instant
        // before has unlinked it: then take another.
        struct stat st {};
        if (!lockWhole(fd) || ::fstat(fd, &st) != 0 || st.st_nlink == 0) {
            ::close(fd);
            fd = -1;
        }
    }
    if (fd < 0) throw StorageError("cannot keep room for the run's close in " + folder + ": the file could not be locked");
    // Blocks really allocated (posix_fallocate, or written out where it is not supported).
    int err = ::posix_fallocate(fd, 0, static_cast<off_t>(bytes));
    if (err == EOPNOTSUPP || err == EINVAL) {
        std::vector<char> zeros(64 * 1024, 0);
        err = 0;
        for (std::size_t done = 0; done < bytes && err == 0; done += zeros.size()) {
            if (::write(fd, zeros.data(), std::min(zeros.size(), bytes - done)) < 0) err = errno;
        }
        if (err == 0 && ::fsync(fd) != 0) err = errno;
    }
    if (err != 0) {
        ::unlink(path.c_str());
        ::close(fd);
        throw StorageError("not enough room to record a run in " + folder + ": " + std::to_string(bytes / 1024) +
                           " KiB must stay free for the run's close (" + std::strerror(err) + ")");
    }
    return SpaceReserve(fd, std::move(path));
}

SpaceReserve::SpaceReserve(SpaceReserve&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), path_(std::move(other.path_)) {}

SpaceReserve& SpaceReserve::operator=(SpaceReserve&& other) noexcept {
    if (this != &other) {
        release();
        fd_ = std::exchange(other.fd_, -1);
        path_ = std::move(other.path_);
    }
    return *this;
}

SpaceReserve::~SpaceReserve() { release(); }

void SpaceReserve::release() noexcept {
    if (fd_ < 0) return;
    ::unlink(path_.c_str());  // before the close: no other program can take the name meanwhile
    ::close(fd_);
    fd_ = -1;
}

int removeAbandonedReserves(const std::string& databasePath) {
    QFileInfo db(QString::fromStdString(databasePath));
    const QString prefix = db.fileName() + kSuffix;
    int removed = 0;
    for (const QFileInfo& f : QDir(db.absolutePath()).entryInfoList({prefix + "*"}, QDir::Files | QDir::Hidden)) {
        const std::string path = f.absoluteFilePath().toStdString();
        int fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
        if (fd < 0) continue;
        if (lockWhole(fd)) {  // nobody holds it: its owner is gone
            ::unlink(path.c_str());
            ++removed;
        }
        ::close(fd);
    }
    return removed;
}

}  // namespace gasbench::storage
