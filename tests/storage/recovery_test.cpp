// A controller killed with SIGKILL while recording: the database opens intact, the run is
// found interrupted, and every reading the controller had reported committed is there, in
// order and with its value.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>

#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/run_records.hpp"
#include "gasbench/storage/time_series.hpp"
#include "storage_fixture.hpp"
#include "subprocess.hpp"

using namespace gasbench;
using namespace gasbench::storage;
using gasbench::storage::fixture::StorageTest;

using StorageRecoveryTest = StorageTest;

TEST_F(StorageRecoveryTest, KilledControllerLosesNothingCommittedAndItsRunIsInterrupted) {
    { Database setup = openWithBatch(); }
    gasbench::testing::Subprocess child(
        {std::string(GASBENCH_BIN_DIR) + "/storage_recording_child", dbPath()}, true);
    auto first = child.readLine(std::chrono::seconds(20));
    ASSERT_TRUE(first && first->rfind("run ", 0) == 0) << (first ? *first : "no output");
    RunId run = std::stoll(first->substr(4));

    unsigned long long reported = 0;
    int flushes = 0;
    while (flushes < 8) {
        auto line = child.readLine(std::chrono::seconds(20));
        ASSERT_TRUE(line) << "the child stopped reporting";
        ASSERT_EQ(line->rfind("committed ", 0), 0u) << *line;
        reported = std::stoull(line->substr(10));
        ++flushes;
    }
    ::kill(child.pid(), SIGKILL);
    while (child.running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));

    Database db = Database::open(dbPath());  // recovery runs here
    {
        Statement check = db.prepare("PRAGMA integrity_check");
        ASSERT_TRUE(check.step());
        EXPECT_EQ(check.text(0), "ok");
    }
    auto r = findRun(db, run);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->state, RunState::interrupted);
    EXPECT_TRUE(r->endedAt);

    auto channels = channelsOfRun(db, run);
    ASSERT_EQ(channels.size(), 2u);
    std::int64_t total = 0;
    for (const auto& c : channels) {
        // Each channel holds readings 0, 1, 2, ... without a gap, at least as many as reported.
        long long expected = 0;
        forEachPoint(db, c.id, [&](const SeriesPoint& p) {
            ASSERT_EQ(p.value, static_cast<double>(expected)) << c.info.name;
            ASSERT_EQ(p.stamp, expected * 10'000'000);
            ++expected;
        });
        EXPECT_GE(static_cast<unsigned long long>(expected), reported / 2) << c.info.name;
        total += expected;
    }
    EXPECT_GE(static_cast<unsigned long long>(total), reported);
    EXPECT_EQ(eventsOfRun(db, run).back().entry.what, "run.interrupted");
    EXPECT_TRUE(verifyAuditChain(db).ok());
}
