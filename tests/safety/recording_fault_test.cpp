// Storage faults during a run, made by real means: a write lock held by a second `sqlite3`
// process, a full disk (a small tmpfs), a database on a read-only mount. A run that cannot be
// recorded in full ends `failed-to-record` with the cause and what was kept — never
// `completed` with readings missing (before: a lock held for 12 s left a run stored completed /
// pass whose readings ended 13-15 s into a ~170 s hose test).
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/wait.h>

#include <unistd.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <fstream>

#include "committed_records.hpp"
#include "demo_records.hpp"
#include "gasbench/storage/run_records.hpp"
#include "gasbench/storage/chunk_codec.hpp"
#include "gasbench/storage/time_series.hpp"
#include "sim_process.hpp"
#include "small_disk.hpp"

using namespace gasbench;
using namespace std::chrono_literals;

namespace {

constexpr double kTimeScale = 20.0;

std::vector<std::string> hoseRun(const std::string& db) {
    return {safety::gasbenchProgram(), "run", "--station", std::string(GASBENCH_FIXTURES_DIR) + "/stations/sim-bench.json",
            "--procedure", "hose-leakage", "--sample", "C-2026-003-T", "--db", db, "--time-scale",
            std::to_string(kTimeScale), "--answers", std::string(GASBENCH_FIXTURES_DIR) + "/answers/all-conforming.json",
            "--simulate", std::string(GASBENCH_FIXTURES_DIR) + "/scenarios/hose-tight.json", "--json"};
}

// Readings committed so far, read with bare SQLite (a second connection, as any reader).
long long committedChunks(const std::string& db) {
    sqlite3* h = nullptr;
    long long n = -1;
    if (sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(h, 100);
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(h, "SELECT count(*) FROM series_chunks", -1, &s, nullptr) == SQLITE_OK &&
            sqlite3_step(s) == SQLITE_ROW) {
            n = sqlite3_column_int64(s, 0);
        }
        sqlite3_finalize(s);
    }
    sqlite3_close(h);
    return n;
}

struct Finished {
    int exitCode = -1;
    std::string out;
};

Finished finish(gasbench::testing::Subprocess& run) {
    Finished f;
    while (auto line = run.readLine(120s)) f.out += *line + "\n";
    auto status = safety::waitForExit(run, 60s);
    if (status && WIFEXITED(*status)) f.exitCode = WEXITSTATUS(*status);
    return f;
}

// `sqlite3` in a second process takes the write lock (waiting for it as long as needed) and
// says "locked" once it holds it, then keeps it for `seconds`.
gasbench::testing::Subprocess holdWriteLock(const std::string& db, int seconds) {
    return gasbench::testing::Subprocess(
        {"/bin/sh", "-c",
         "(echo '.timeout 10000'; echo 'begin immediate;'; echo \"select 'locked';\"; sleep " + std::to_string(seconds) +
             "; echo 'rollback;') | sqlite3 '" + db + "'"},
        true);
}

bool waitForCommittedReadings(const std::string& db, gasbench::testing::Subprocess& run) {
    auto deadline = std::chrono::steady_clock::now() + 60s;
    while (std::chrono::steady_clock::now() < deadline && run.running()) {
        if (committedChunks(db) > 0) return true;
        std::this_thread::sleep_for(20ms);
    }
    return false;
}

}  // namespace

TEST(RecordingFault, AWriteLockHeldPastTheLimitEndsTheRunFailedToRecord) {
    testsupport::DemoRecords records;
    const std::string db = records.path();
    gasbench::testing::Subprocess run(hoseRun(db), true);
    ASSERT_TRUE(waitForCommittedReadings(db, run)) << "the run never committed a reading";
    // A second program takes the write lock and keeps it for 12 s (past the 10 s limit).
    gasbench::testing::Subprocess holder = holdWriteLock(db, 12);
    ASSERT_TRUE(holder.readLine(20s) == std::optional<std::string>("locked")) << "sqlite3 never got the write lock";
    Finished f = finish(run);
    safety::waitForExit(holder, 30s);

    EXPECT_EQ(f.exitCode, 1) << f.out;
    QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(f.out)).object();
    EXPECT_EQ(doc["state"].toString().toStdString(), "failed-to-record") << f.out;
    EXPECT_TRUE(doc["verdict"].isNull()) << f.out;
    storage::Database reopened = storage::Database::open(db);
    auto runs = storage::listRuns(reopened);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].state, gasbench::RunState::failedToRecord);
    EXPECT_FALSE(runs[0].verdict.has_value());
    ASSERT_TRUE(runs[0].abortCause);
    EXPECT_NE(runs[0].abortCause->find("locked"), std::string::npos) << *runs[0].abortCause;
    EXPECT_NE(runs[0].abortCause->find("readings kept"), std::string::npos) << *runs[0].abortCause;
}

TEST(RecordingFault, AShortLockIsRiddenThroughWithNothingMissing) {
    testsupport::DemoRecords records;
    const std::string db = records.path();
    gasbench::testing::Subprocess run(hoseRun(db), true);
    ASSERT_TRUE(waitForCommittedReadings(db, run)) << "the run never committed a reading";
    gasbench::testing::Subprocess holder = holdWriteLock(db, 1);
    ASSERT_TRUE(holder.readLine(20s) == std::optional<std::string>("locked")) << "sqlite3 never got the write lock";
    Finished f = finish(run);
    safety::waitForExit(holder, 30s);

    storage::Database reopened = storage::Database::open(db);
    auto runs = storage::listRuns(reopened);
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_NE(runs[0].state, gasbench::RunState::interrupted) << f.out;
    if (runs[0].state != gasbench::RunState::completed) return;  // honest either way; completed must be whole
    // Completed: every polled channel's series runs without a gap to the end of the run.
    for (const auto& ch : storage::channelsOfRun(reopened, runs[0].id)) {
        Nanos last = -1, widest = 0, first = -1;
        storage::forEachPoint(reopened, ch.id, [&](const storage::SeriesPoint& p) {
            if (first < 0) first = p.stamp;
            if (last >= 0) widest = std::max(widest, p.stamp - last);
            last = p.stamp;
        });
        if (first < 0) continue;  // a write-only channel
        // The slowest channel is polled at 1 Hz of bench time; the 1 s lock is 20 s of it.
        EXPECT_LT(widest, 5'000'000'000LL) << ch.info.name << ": a gap of " << widest * 1e-9 << " s in a completed run";
    }
}

namespace {

const QStringList kDatabaseFiles{"station.db", "station.db-wal", "station.db-shm"};

// The demo hose batch registered through the program, as a lab would.
bool addHoseBatch(const std::string& db) {
    gasbench::testing::Subprocess add({safety::gasbenchProgram(), "batch", "add", "--db", db, "--file",
                                       std::string(GASBENCH_FIXTURES_DIR) + "/batches/gas_hose_c2026_003.json"});
    auto s = safety::waitForExit(add, 30s);
    return s && WIFEXITED(*s) && WEXITSTATUS(*s) == 0;
}

}  // namespace

TEST(RecordingFault, AFullDiskEndsTheRunFailedToRecordWithWhatWasKept) {
    QTemporaryDir mountPoint;
    safety::SmallDisk disk(mountPoint.path().toStdString(), "2m");
    if (!disk.mounted()) GTEST_SKIP() << "cannot mount a tmpfs (not root?)";
    const std::string db = disk.folder() + "/station.db";
    ASSERT_TRUE(addHoseBatch(db)) << "batch add failed";
    // Room for the run's start and its reserve, and some seconds of readings: then it is full.
    disk.fillLeaving(1400 * 1024);
    gasbench::testing::Subprocess run(hoseRun(db), true);
    Finished f = finish(run);
    EXPECT_NE(f.exitCode, 0) << f.out;
    disk.makeRoom();  // to read what was kept

    storage::Database reopened = storage::Database::open(db);
    auto runs = storage::listRuns(reopened);
    ASSERT_EQ(runs.size(), 1u) << f.out;
    // Closed by the run itself, in the room it kept for that: not left for the next start.
    EXPECT_EQ(runs[0].state, gasbench::RunState::failedToRecord) << f.out;
    EXPECT_FALSE(runs[0].verdict.has_value());
    ASSERT_TRUE(runs[0].abortCause);
    EXPECT_NE(runs[0].abortCause->find("readings kept"), std::string::npos) << *runs[0].abortCause;
    // Full while it measured (not while it was set up): readings were kept, and the run was
    // ended then, not at its own end.
    EXPECT_NE(runs[0].abortCause->find("the recorder's writer failed"), std::string::npos) << *runs[0].abortCause;
    const auto kept = safety::committedRecords(db)[runs[0].id].readings;
    EXPECT_GT(kept, 0);
    EXPECT_TRUE(disk.strayFiles(kDatabaseFiles).isEmpty()) << disk.strayFiles(kDatabaseFiles).join(", ").toStdString();
}

TEST(RecordingFault, ADiskWithoutRoomForTheCloseRefusesTheRunBeforeItStarts) {
    QTemporaryDir mountPoint;
    safety::SmallDisk disk(mountPoint.path().toStdString(), "2m");
    if (!disk.mounted()) GTEST_SKIP() << "cannot mount a tmpfs (not root?)";
    const std::string db = disk.folder() + "/station.db";
    ASSERT_TRUE(addHoseBatch(db)) << "batch add failed";
    disk.fillLeaving(64 * 1024);
    // What the program says on stderr, read here through a shell.
    std::string command;
    for (const auto& a : hoseRun(db)) command += "'" + a + "' ";
    gasbench::testing::Subprocess run({"/bin/sh", "-c", command + "2>&1"}, true);
    Finished f = finish(run);
    EXPECT_NE(f.exitCode, 0) << f.out;
    EXPECT_NE(f.out.find("not enough room to record a run"), std::string::npos) << f.out;
    disk.makeRoom();
    storage::Database reopened = storage::Database::open(db);
    EXPECT_TRUE(storage::listRuns(reopened).empty()) << "a run was started on a full disk";
    EXPECT_TRUE(disk.strayFiles(kDatabaseFiles).isEmpty()) << disk.strayFiles(kDatabaseFiles).join(", ").toStdString();
}

TEST(RecordingFault, ADatabaseOnAReadOnlyMountIsRefusedBeforeTheRun) {
    testsupport::DemoRecords records;
    QTemporaryDir roDir;
    const std::string source = QFileInfo(QString::fromStdString(records.path())).absolutePath().toStdString();
    const std::string ro = roDir.path().toStdString();
    if (::mount(source.c_str(), ro.c_str(), nullptr, MS_BIND, nullptr) != 0) GTEST_SKIP() << "cannot bind-mount (not root?)";
    struct Unmount {
        std::string d;
        ~Unmount() { ::umount2(d.c_str(), MNT_DETACH); }
    } unmount{ro};
    ASSERT_EQ(::mount(nullptr, ro.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr), 0);
    gasbench::testing::Subprocess run(hoseRun(ro + "/station.db"), true);
    Finished f = finish(run);
    EXPECT_EQ(f.exitCode, 1) << f.out;
    EXPECT_TRUE(f.out.empty()) << "a run result was printed for a database that cannot be written: " << f.out;
    EXPECT_TRUE(storage::listRuns(records.db()).empty());
}
