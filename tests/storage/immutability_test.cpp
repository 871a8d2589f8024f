// The schema itself refuses to change a closed run, its measurements, its channels and its
// time series, and refuses any change to events — raw SQL included, not only our code.
#include <gtest/gtest.h>

#include "gasbench/storage/run_records.hpp"
#include "gasbench/storage/storage_error.hpp"
#include "storage_fixture.hpp"

using namespace gasbench;
using namespace gasbench::storage;
using gasbench::storage::fixture::StorageTest;

namespace {

class StorageImmutabilityTest : public StorageTest {
protected:
    void SetUp() override {
        db_ = std::make_unique<Database>(openWithBatch());
        RunInfo info{"hose-leakage", "gb-hose", 1, "station-1", "op", "C-2026-001-T", 0, ""};
        run_ = insertRun(*db_, info);
        db_->exec(
            "INSERT INTO measurements (run_id, item, clause, value, unit, verdict, recorded_at) "
            "VALUES (" + std::to_string(run_) + ", 'leak rate', '6.1', 0.1, 'L/h', 'pass', 'x');"
            "INSERT INTO run_channels (run_id, channel, name, unit, dimension) VALUES (" +
            std::to_string(run_) + ", 3, 'P1', 'kPa', 'pressure');"
            "INSERT INTO series_chunks (run_channel_id, first_ns, last_ns, count, points) "
            "VALUES (1, 0, 0, 1, zeroblob(17));");
    }
    void close() { closeRun(*db_, run_, RunState::completed, Verdict::pass, "", "op"); }
    bool refused(const std::string& sql) {
        try {
            db_->exec(sql);
        } catch (const StorageError&) {
            return true;
        }
        return false;
    }
    std::unique_ptr<Database> db_;
    RunId run_ = 0;
};

}  // namespace

TEST_F(StorageImmutabilityTest, ARunningRunCanStillBeWritten) {
    EXPECT_FALSE(refused("UPDATE measurements SET note = 'retest' WHERE run_id = 1"));
    EXPECT_FALSE(refused("UPDATE series_chunks SET count = 1 WHERE id = 1"));
    EXPECT_FALSE(refused("UPDATE runs SET operator = 'op2' WHERE id = 1"));
}

TEST_F(StorageImmutabilityTest, AClosedRunRowCannotChange) {
    close();
    EXPECT_TRUE(refused("UPDATE runs SET verdict = 'fail' WHERE id = 1"));
    EXPECT_TRUE(refused("UPDATE runs SET state = 'running' WHERE id = 1"));
    EXPECT_TRUE(refused("DELETE FROM runs WHERE id = 1"));
    EXPECT_EQ(*findRun(*db_, run_)->verdict, Verdict::pass);
}

TEST_F(StorageImmutabilityTest, MeasurementsOfAClosedRunCannotChange) {
    close();
    EXPECT_TRUE(refused("UPDATE measurements SET value = 99 WHERE run_id = 1"));
    EXPECT_TRUE(refused("UPDATE measurements SET verdict = 'fail' WHERE run_id = 1"));
    EXPECT_TRUE(refused("DELETE FROM measurements WHERE run_id = 1"));
    EXPECT_TRUE(refused(
        "INSERT INTO measurements (run_id, item, clause, value, unit, verdict, recorded_at) "
        "VALUES (1, 'late', '6.1', 1, 'L/h', 'pass', 'x')"));
    Statement s = db_->prepare("SELECT COUNT(*), MAX(value) FROM measurements");
    ASSERT_TRUE(s.step());
    EXPECT_EQ(s.integer(0), 1);
    EXPECT_DOUBLE_EQ(s.real(1), 0.1);
}

TEST_F(StorageImmutabilityTest, TimeSeriesOfAClosedRunCannotChange) {
    close();
    EXPECT_TRUE(refused("UPDATE series_chunks SET points = zeroblob(34) WHERE id = 1"));
    EXPECT_TRUE(refused("DELETE FROM series_chunks"));
    EXPECT_TRUE(refused("INSERT INTO series_chunks (run_channel_id, first_ns, last_ns, count, "
                        "points) VALUES (1, 1, 1, 1, zeroblob(17))"));
    EXPECT_TRUE(refused("UPDATE run_channels SET unit = 'Pa'"));
    EXPECT_TRUE(refused("DELETE FROM run_channels"));
}

TEST_F(StorageImmutabilityTest, EventsAreAppendOnly) {
    EXPECT_TRUE(refused("UPDATE events SET who = 'someone else'"));
    EXPECT_TRUE(refused("DELETE FROM events"));
    EXPECT_TRUE(refused("DELETE FROM events WHERE id = (SELECT MAX(id) FROM events)"));
}
