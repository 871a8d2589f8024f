// Issue 18, case 2: a live run closed as "interrupted" by a second path to its database. The run
// lock now belongs to the file: a recording controller (storage_recording_child) records on
// station.db while `gasbench runs list` opens the same file through a symbolic link, "./", a
// "dir/../" detour and a linked folder — the run stays `running` and goes on recording. A hard
// link reaches the same lock, and is refused as a database (two names, two journals). Only once
// the controller is really gone (SIGKILL) does a second path find the run interrupted.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <chrono>
#include <thread>

#include "cli_process.hpp"
#include "gasbench/storage/run_lock.hpp"
#include "storage_fixture.hpp"
#include "subprocess.hpp"

using namespace gasbench::storage;
using gasbench::storage::fixture::runGasbench;
using gasbench::storage::fixture::StorageTest;

namespace {

class RunLockIdentityTest : public StorageTest {
protected:
    // The run's state as `gasbench runs list --db PATH` (run in the test folder) reports it.
    std::string stateThrough(const QString& path, RunId run) {
        auto r = runGasbench({"runs", "list", "--json", "--db", path}, dir_.path());
        EXPECT_EQ(r.exitCode, 0) << path.toStdString() << ": " << r.err;
        for (const auto& v : QJsonDocument::fromJson(QByteArray::fromStdString(r.out)).array()) {
            if (v.toObject()["id"].toInteger() == run) return v.toObject()["state"].toString().toStdString();
        }
        return "not listed";
    }
    unsigned long long nextCommitted(gasbench::testing::Subprocess& child) {
        auto line = child.readLine(std::chrono::seconds(30));
        EXPECT_TRUE(line && line->rfind("committed ", 0) == 0) << (line ? *line : "no output");
        return line && line->rfind("committed ", 0) == 0 ? std::stoull(line->substr(10)) : 0;
    }
};

TEST_F(RunLockIdentityTest, ASecondPathToTheDatabaseNeverClosesALiveRun) {
    { Database setup = openWithBatch(); }
    gasbench::testing::Subprocess child(
        {std::string(GASBENCH_BIN_DIR) + "/storage_recording_child", dbPath()}, true);
    auto first = child.readLine(std::chrono::seconds(30));
    ASSERT_TRUE(first && first->rfind("run ", 0) == 0) << (first ? *first : "no output");
    const RunId run = std::stoll(first->substr(4));
    ASSERT_GT(nextCommitted(child), 0u);

    const QDir dir(dir_.path());
    ASSERT_TRUE(QFile::link(dir.filePath("station.db"), dir.filePath("link.db")));
    ASSERT_TRUE(dir.mkdir("sub"));
    ASSERT_TRUE(QFile::link(dir.path(), dir.filePath("folder-link")));
    for (const QString& path : {QString("link.db"), QString("./station.db"), QString("sub/../station.db"),
                                QString("folder-link/station.db"), dir.filePath("link.db")}) {
        EXPECT_EQ(stateThrough(path, run), "running") << path.toStdString();
    }

    // A hard link is the same file: the recorder's lock is seen through it...
    const std::string hard = dir.filePath("hard.db").toStdString();
    ASSERT_EQ(::link(dbPath().c_str(), hard.c_str()), 0);
    EXPECT_FALSE(RunLock::tryAcquire(hard, run)) << "the lock of a live run taken through a hard link";
    // ...and a database with two names is refused before anything is read or written.
    auto refused = runGasbench({"runs", "list", "--db", "hard.db"}, dir_.path());
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("hard.db has 2 names (hard links)"), std::string::npos) << refused.err;
    ASSERT_EQ(::unlink(hard.c_str()), 0);

    // The run was never closed under it: it still records, and is still running.
    const auto before = nextCommitted(child);
    EXPECT_GT(nextCommitted(child), before);
    EXPECT_EQ(stateThrough("link.db", run), "running");

    // Its controller really gone, a second path is right to close it.
    ::kill(child.pid(), SIGKILL);
    while (child.running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    EXPECT_EQ(stateThrough("link.db", run), "interrupted");
    EXPECT_EQ(stateThrough("station.db", run), "interrupted");
}

}  // namespace
