#pragma once
// Room kept on the database's file system for a run's close. A run opens with a small file
// claimed next to the database (written out, not sparse); when a write fails because the disk
// is full, the recorder gives the room back and the run's close — its state, the cause and
// what was kept — still fits. A file system without that much room refuses the run before it
// starts. The claim holds an exclusive lock on its file while its owner lives, so a file left
// by a killed program is known as such and removed at the next recovery.

#include <cstddef>
#include <string>
#include <vector>

namespace gasbench::storage {

class SpaceReserve {
public:
    static constexpr std::size_t kBytes = 256 * 1024;  // the close of a run needs a few pages

    // StorageError naming the folder when the room cannot be claimed (disk full, read-only).
    static SpaceReserve claim(const std::string& databasePath, std::size_t bytes = kBytes);
    SpaceReserve(SpaceReserve&& other) noexcept;
    SpaceReserve& operator=(SpaceReserve&& other) noexcept;
    SpaceReserve(const SpaceReserve&) = delete;
    SpaceReserve& operator=(const SpaceReserve&) = delete;
    ~SpaceReserve();

    // Gives the room back (removes the file); idempotent.
    void release() noexcept;
    bool held() const { return fd_ >= 0; }
    const std::string& path() const { return path_; }

private:
    SpaceReserve(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
    int fd_ = -1;
    std::string path_;
};

// Removes reserve files of `databasePath` whose owners are gone; returns how many.
int removeAbandonedReserves(const std::string& databasePath);

}  // namespace gasbench::storage
