// The run recorder: readings of every channel committed in chunks and read back exactly;
// measurements and the run's end synchronous; readings outside a run or of unknown channels
// counted as dropped; back-pressure on a full queue loses nothing.
#include "gasbench/storage/run_recorder.hpp"

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <QFile>
#include <sstream>
#include <thread>

#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/storage_error.hpp"
#include "storage_fixture.hpp"

using namespace gasbench;
using namespace gasbench::storage;
using gasbench::storage::fixture::StorageTest;

namespace {

units::UnitSpec unit(const char* symbol) {
    units::UnitSpec u;
    EXPECT_TRUE(units::parseUnit(symbol, u)) << symbol;
    return u;
}

RunInfo demoRun() {
    return {"flame-failure-closing-time", "gb16410-2020", 1, "station-1", "王工",
            "C-2026-001-T", 1'000'000'000, ""};
}

Reading pressure(ChannelId ch, Nanos t, double kPa) { return {ch, t, units::kPa(kPa), ReadingStatus::Ok}; }

class StorageRecorderTest : public StorageTest {
protected:
    void SetUp() override { db_ = std::make_unique<Database>(openWithBatch()); }
    std::unique_ptr<Database> db_;
};

}  // namespace

TEST_F(StorageRecorderTest, RecordsEveryReadingOfEveryChannel) {
    RunRecorder recorder(*db_, {.chunkPoints = 64});
    RunId run = recorder.beginRun(demoRun());
    recorder.addChannel(run, {7, "inlet pressure P1", "inlet_pressure", unit("kPa")});
    recorder.addChannel(run, {9, "flame", "flame", unit("bool")});
    constexpr int kReadings = 1000;  // 15 full chunks and a partial one per channel
    for (int i = 0; i < kReadings; ++i) {
        Nanos t = 1'000'000'000 + i * 10'000'000LL;
        recorder.record(pressure(7, t, 2.0 + i * 0.001));
        recorder.record({9, t, i % 2 == 0, i == 500 ? ReadingStatus::Timeout : ReadingStatus::Ok});
    }
    recorder.flush();
    EXPECT_EQ(recorder.committedReadings(), 2u * kReadings);
    EXPECT_EQ(countReadings(*db_, run), 2 * kReadings);

    auto channels = channelsOfRun(*db_, run);
    ASSERT_EQ(channels.size(), 2u);
    EXPECT_EQ(channels[0].info.name, "inlet pressure P1");
    EXPECT_EQ(channels[0].info.unit.symbol, "kPa");
    std::vector<SeriesPoint> p1;
    forEachPoint(*db_, channels[0].id, [&](const SeriesPoint& p) { p1.push_back(p); });
    ASSERT_EQ(p1.size(), static_cast<std::size_t>(kReadings));
    for (int i = 0; i < kReadings; ++i) {
        ASSERT_EQ(p1[i].stamp, 1'000'000'000 + i * 10'000'000LL);
        ASSERT_NEAR(p1[i].value, 2.0 + i * 0.001, 1e-12);  // stored in kPa, the channel's unit
    }
    std::vector<SeriesPoint> flame;
    forEachPoint(*db_, channels[1].id, [&](const SeriesPoint& p) { flame.push_back(p); });
    ASSERT_EQ(flame.size(), static_cast<std::size_t>(kReadings));
    EXPECT_EQ(flame[500].status, ReadingStatus::Timeout);
    EXPECT_EQ(flame[2].value, 1.0);
    EXPECT_EQ(flame[3].value, 0.0);
    recorder.endRun(run, RunState::completed, Verdict::pass);
}

TEST_F(StorageRecorderTest, DropsReadingsOutsideTheRunAndOfUnknownChannels) {
    RunRecorder recorder(*db_);
    recorder.record(pressure(1, 0, 1.0));  // no run yet
    RunId run = recorder.beginRun(demoRun());
    recorder.addChannel(run, {1, "P1", "", unit("kPa")});
    recorder.record(pressure(1, 1, 1.0));
    recorder.record(pressure(2, 1, 1.0));                       // not added
    recorder.record({1, 2, units::seconds(1), ReadingStatus::Ok});  // wrong dimension
    recorder.endRun(run, RunState::completed, Verdict::pass);
    recorder.record(pressure(1, 3, 1.0));  // after the end
    EXPECT_EQ(countReadings(*db_, run), 1);
    EXPECT_EQ(recorder.droppedReadings(), 4u);
}

namespace {

Measurement closingTime() {
    Measurement m;
    m.item = "closing time";
    m.clause = "GB 16410-2020 5.3.2";
    m.value = units::seconds(42.3);
    m.unit = "s";
    m.limits.high = Limit{units::seconds(60), true};
    m.verdict = Verdict::pass;
    return m;
}

}  // namespace

TEST_F(StorageRecorderTest, MeasurementsAndEventsAreCommittedByTheWriterInOrder) {
    RunRecorder recorder(*db_);
    RunId run = recorder.beginRun(demoRun());
    Measurement m = closingTime();
    recorder.recordMeasurement(run, m);
    recorder.recordEvent(run, "operator.prompt", "ignite the burner");
    recorder.flush();
    {
        // Another connection (another program) sees them once flushed.
        Database other = Database::open(dbPath(), {Durability::full, false, -1});
        ASSERT_EQ(measurementsOfRun(other, run).size(), 1u);
        EXPECT_NEAR(*reportedValue(measurementsOfRun(other, run)[0]), 42.3, 1e-12);
        EXPECT_EQ(findRun(other, run)->state, RunState::running);
    }
    recorder.endRun(run, RunState::completed, Verdict::pass);
    Database other = Database::open(dbPath(), {Durability::full, false, -1});
    EXPECT_EQ(findRun(other, run)->state, RunState::completed);
    auto events = eventsOfRun(other, run);
    ASSERT_EQ(events.size(), 5u);
    EXPECT_EQ(events[1].entry.what, "measurement.recorded");
    EXPECT_EQ(events[2].entry.what, "operator.prompt");
    EXPECT_EQ(events[3].entry.what, "run.series-sealed");
    EXPECT_EQ(events[4].entry.what, "run.completed");
    EXPECT_FALSE(QFile::exists(QString::fromStdString(dbPath() + ".run-1.lock")));
    EXPECT_THROW(recorder.recordMeasurement(run, m), RecordError);
}

TEST_F(StorageRecorderTest, AMeasurementIsCheckedWhenItIsRecorded) {
    RunRecorder recorder(*db_);
    RunId run = recorder.beginRun(demoRun());
    Measurement m = closingTime();
    m.value = units::kPa(1.0);  // not a time
    EXPECT_THROW(recorder.recordMeasurement(run, m), RecordError);
    m = closingTime();
    m.item.clear();
    EXPECT_THROW(recorder.recordMeasurement(run, m), RecordError);
    EXPECT_EQ(recorder.endRun(run, RunState::completed, Verdict::pass), RunState::completed);
}

TEST_F(StorageRecorderTest, TheProcedureNeverWaitsForALockAnotherProgramHolds) {
    RunRecorder recorder(*db_);
    RunId run = recorder.beginRun(demoRun());
    Database other = Database::open(dbPath(), {Durability::full, false, -1});
    other.exec("BEGIN IMMEDIATE");  // as `sqlite3` in a terminal would
    // With the lock held here, on this thread: a call that waited for it would wait out the
    // busy timeout and throw, as the procedure's own connection used to.
    EXPECT_NO_THROW(recorder.recordMeasurement(run, closingTime()));
    EXPECT_NO_THROW(recorder.recordEvent(run, "operator.prompt", "ignite the burner"));
    other.exec("COMMIT");
    recorder.flush();
    EXPECT_EQ(measurementsOfRun(other, run).size(), 1u);
    EXPECT_EQ(recorder.endRun(run, RunState::completed, Verdict::pass), RunState::completed);
    auto events = eventsOfRun(other, run);
    ASSERT_GE(events.size(), 3u);
    EXPECT_EQ(events[1].entry.what, "measurement.recorded");
    EXPECT_EQ(events[2].entry.what, "operator.prompt");
    EXPECT_TRUE(verifyAuditChain(other).ok());
}

TEST_F(StorageRecorderTest, AMeasurementThatCannotBeWrittenEndsTheRunFailedToRecord) {
    RecorderOptions options;
    options.lockLimit = std::chrono::milliseconds(300);
    RunRecorder recorder(*db_, options);
    RunId run = recorder.beginRun(demoRun());
    {
        Database other = Database::open(dbPath(), {Durability::full, false, -1});
        other.exec("BEGIN IMMEDIATE");
        recorder.recordMeasurement(run, closingTime());
        EXPECT_THROW(recorder.flush(), StorageError);  // held past the limit: the writer failed
        other.exec("COMMIT");
    }
    EXPECT_NE(recorder.recordingFailure().find("stayed locked by another connection"), std::string::npos)
        << recorder.recordingFailure();
    recorder.recordEvent(run, "operator.prompt", "too late");  // after the failure: counted
    EXPECT_NE(recorder.recordingFailure().find("2 measurements and events could not be kept"), std::string::npos)
        << recorder.recordingFailure();
    EXPECT_EQ(recorder.endRun(run, RunState::completed, Verdict::pass), RunState::failedToRecord);
    EXPECT_EQ(findRun(*db_, run)->state, RunState::failedToRecord);
    EXPECT_TRUE(measurementsOfRun(*db_, run).empty());
}

TEST_F(StorageRecorderTest, OneRunAtATime) {
    RunRecorder recorder(*db_);
    RunId run = recorder.beginRun(demoRun());
    EXPECT_THROW(recorder.beginRun(demoRun()), RecordError);
    recorder.endRun(run, RunState::aborted, std::nullopt, "STOP");
    RunId second = recorder.beginRun(demoRun());
    EXPECT_NE(second, run);
    recorder.endRun(second, RunState::completed, Verdict::fail);
}

TEST_F(StorageRecorderTest, AFullQueueHoldsTheProducersBackWithoutLosingReadings) {
    RunRecorder recorder(*db_, {.chunkPoints = 50, .transactionReadings = 100, .queueCapacity = 256, .waitWhenFull = true});
    RunId run = recorder.beginRun(demoRun());
    for (ChannelId ch = 0; ch < 4; ++ch) {
        recorder.addChannel(run, {ch, "P" + std::to_string(ch), "", unit("kPa")});
    }
    constexpr int kPerThread = 20000;
    std::vector<std::thread> producers;
    for (ChannelId ch = 0; ch < 4; ++ch) {
        producers.emplace_back([&, ch] {
            for (int i = 0; i < kPerThread; ++i) recorder.record(pressure(ch, i, i));
        });
    }
    for (auto& t : producers) t.join();
    recorder.endRun(run, RunState::completed, Verdict::pass);
    EXPECT_EQ(countReadings(*db_, run), 4 * kPerThread);
    EXPECT_EQ(recorder.droppedReadings(), 0u);
}

TEST_F(StorageRecorderTest, ExportsTheTimeSeriesAsCsvInTimeOrder) {
    RunRecorder recorder(*db_, {.chunkPoints = 2});
    RunId run = recorder.beginRun(demoRun());
    recorder.addChannel(run, {1, "outlet pressure", "outlet_pressure", unit("kPa")});
    recorder.addChannel(run, {2, "flame", "flame", unit("bool")});
    recorder.record(pressure(1, 1'000'000'000, 2.8));
    recorder.record({2, 1'005'000'000, true, ReadingStatus::Ok});
    recorder.record(pressure(1, 1'010'000'000, 2.85));
    recorder.record({2, 1'015'000'000, false, ReadingStatus::LinkDown});
    recorder.record(pressure(1, 1'020'000'000, 2.9));
    recorder.endRun(run, RunState::completed, Verdict::pass);
    std::ostringstream csv;
    exportRunCsv(*db_, run, csv);
    EXPECT_EQ(csv.str(),
              "time_s,channel,value,unit,status\n"
              "0.000000000,outlet pressure,2.8,kPa,ok\n"
              "0.005000000,flame,1,bool,ok\n"
              "0.010000000,outlet pressure,2.85,kPa,ok\n"
              "0.015000000,flame,0,bool,link-down\n"
              "0.020000000,outlet pressure,2.9,kPa,ok\n");
}

TEST_F(StorageRecorderTest, ARunLeftOpenIsInterruptedAtTheNextOpenButNotWhileItIsLive) {
    RunId run = 0;
    {
        RunRecorder recorder(*db_);
        run = recorder.beginRun(demoRun());
        recorder.addChannel(run, {1, "P1", "", unit("kPa")});
        recorder.record(pressure(1, 5, 1.5));
        recorder.flush();
        // While the recorder holds the run, opening the database elsewhere leaves it alone.
        Database other = Database::open(dbPath());
        EXPECT_EQ(findRun(other, run)->state, RunState::running);
    }  // destroyed without endRun, as a crash would
    Database reopened = Database::open(dbPath());
    auto r = findRun(reopened, run);
    EXPECT_EQ(r->state, RunState::interrupted);
    EXPECT_TRUE(r->abortCause);
    EXPECT_EQ(countReadings(reopened, run), 1);
    EXPECT_EQ(eventsOfRun(reopened, run).back().entry.what, "run.interrupted");
}

TEST_F(StorageRecorderTest, TheWriterCheckpointsTheWalItself) {
    // Autocheckpoint is off on both connections: only the writer's own checkpoints move pages
    // into the database file while the run is open.
    auto fileSize = [&](const std::string& f) { return QFile(QString::fromStdString(f)).size(); };
    qint64 before = fileSize(dbPath());
    RunRecorder recorder(*db_, {.checkpointPages = 50, .forceCheckpointPages = 200});
    RunId run = recorder.beginRun(demoRun());
    recorder.addChannel(run, {1, "P1", "", unit("kPa")});
    for (int i = 0; i < 200000; ++i) recorder.record(pressure(1, i, 1.0));
    recorder.flush();
    EXPECT_GT(fileSize(dbPath()), before + 2'000'000);  // 200k readings ≈ 3.4 MB of chunks
    recorder.endRun(run, RunState::completed, Verdict::pass);
}

// record() is called on the bus threads, which keep the watchdogs alive: it never waits. With
// the writer stuck behind a lock another connection holds, a small queue fills; the readings
// that could not be kept are counted and the run ends failed-to-record (before: record()
// blocked the bus thread).
TEST_F(StorageRecorderTest, AFullQueueNeverBlocksTheCallerAndTheRunEndsFailedToRecord) {
    RunRecorder recorder(*db_, {.chunkPoints = 5, .transactionReadings = 10, .queueCapacity = 64});
    RunId run = recorder.beginRun(demoRun());
    recorder.addChannel(run, {0, "P0", "", unit("kPa")});
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(db_->path().c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    constexpr int kReadings = 10000;
    for (int i = 0; i < kReadings; ++i) recorder.record(pressure(0, i, i));
    EXPECT_GE(recorder.lostReadings(), static_cast<std::uint64_t>(kReadings - 2 * 64));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    EXPECT_EQ(recorder.endRun(run, RunState::completed, Verdict::pass), RunState::failedToRecord);
    auto r = findRun(*db_, run);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->state, RunState::failedToRecord);
    EXPECT_FALSE(r->verdict);
    ASSERT_TRUE(r->abortCause);
    EXPECT_NE(r->abortCause->find("readings could not be kept"), std::string::npos) << *r->abortCause;
    EXPECT_NE(r->abortCause->find("readings kept"), std::string::npos) << *r->abortCause;
    EXPECT_EQ(countReadings(*db_, run) + static_cast<std::int64_t>(recorder.lostReadings()), kReadings);
}

// A lock held past the writer's limit fails the writer for good: the run is never closed
// completed, and its cause names the lock and what was kept. The lock is let go only once the
// writer has given up, so the close itself can be written.
TEST_F(StorageRecorderTest, ALockHeldPastTheLimitEndsTheRunFailedToRecord) {
    RunRecorder recorder(*db_, {.chunkPoints = 5, .transactionReadings = 10, .lockLimit = std::chrono::milliseconds(200)});
    RunId run = recorder.beginRun(demoRun());
    recorder.addChannel(run, {0, "P0", "", unit("kPa")});
    for (int i = 0; i < 100; ++i) recorder.record(pressure(0, i, i));
    recorder.flush();
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(db_->path().c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    for (int i = 100; i < 200; ++i) recorder.record(pressure(0, i, i));
    while (recorder.recordingFailure().empty()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    EXPECT_EQ(recorder.endRun(run, RunState::completed, Verdict::pass), RunState::failedToRecord);
    auto r = findRun(*db_, run);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->state, RunState::failedToRecord);
    ASSERT_TRUE(r->abortCause);
    EXPECT_NE(r->abortCause->find("locked"), std::string::npos) << *r->abortCause;
    EXPECT_NE(r->abortCause->find("100 readings kept"), std::string::npos) << *r->abortCause;
    EXPECT_EQ(countReadings(*db_, run), 100);
}

// A lock shorter than the limit is waited for: nothing lost, the run completes.
TEST_F(StorageRecorderTest, AShortLockIsWaitedForAndNothingIsLost) {
    RunRecorder recorder(*db_, {.chunkPoints = 5, .transactionReadings = 10});
    RunId run = recorder.beginRun(demoRun());
    recorder.addChannel(run, {0, "P0", "", unit("kPa")});
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(db_->path().c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    for (int i = 0; i < 1000; ++i) recorder.record(pressure(0, i, i));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the writer meets the lock
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    EXPECT_EQ(recorder.endRun(run, RunState::completed, Verdict::pass), RunState::completed);
    EXPECT_EQ(recorder.lostReadings(), 0u);
    EXPECT_EQ(countReadings(*db_, run), 1000);
}
