#pragma once
// A small file system for a database (a tmpfs mounted on a folder; needs root), that a test
// fills up and empties again: the "disk full" of the recording-fault tests and the matrix.

#include <sys/mount.h>
#include <unistd.h>

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

namespace gasbench::safety {

class SmallDisk {
public:
    // Mounts a tmpfs of `size` ("2m") on `folder`, which it creates.
    explicit SmallDisk(std::string folder, const std::string& size = "16m") : folder_(std::move(folder)) {
        QDir().mkpath(QString::fromStdString(folder_));
        mounted_ = ::mount("tmpfs", folder_.c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0;
    }
    ~SmallDisk() {
        if (mounted_) ::umount2(folder_.c_str(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool mounted() const { return mounted_; }
    const std::string& folder() const { return folder_; }

    // Fills the disk, then gives back `freeBytes`. True once it was full.
    bool fillLeaving(long freeBytes) const {
        bool full = false;
        {
            std::ofstream filler(fillerPath(), std::ios::binary | std::ios::app);
            std::vector<char> block(4096, 'x');
            while (filler.write(block.data(), static_cast<std::streamsize>(block.size()))) filler.flush();
            full = true;
        }
        if (freeBytes > 0) {
            long size = static_cast<long>(QFileInfo(QString::fromStdString(fillerPath())).size());
            if (::truncate(fillerPath().c_str(), std::max<long>(0, size - freeBytes)) != 0) return false;
        }
        return full;
    }
    bool fill() const { return fillLeaving(0); }
    void makeRoom() const { ::unlink(fillerPath().c_str()); }

    // Files on the disk other than `keep` and the filler: what a run left behind.
    QStringList strayFiles(const QStringList& keep) const {
        QStringList stray;
        for (const QString& f : QDir(QString::fromStdString(folder_)).entryList(QDir::Files | QDir::Hidden)) {
            if (!keep.contains(f) && f != "filler") stray << f;
        }
        return stray;
    }

private:
    std::string fillerPath() const { return folder_ + "/filler"; }
    std::string folder_;
    bool mounted_ = false;
};

}  // namespace gasbench::safety
