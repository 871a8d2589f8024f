// The database file: WAL and foreign keys on, the schema migrated to the newest version, an
// older database with records in it migrated without losing them, a newer one refused.
#include "gasbench/storage/database.hpp"

#include <gtest/gtest.h>

#include "gasbench/storage/enterprise.hpp"
#include "gasbench/storage/measurement_record.hpp"
#include "gasbench/storage/migrations.hpp"
#include "gasbench/storage/row_digest.hpp"
#include "gasbench/storage/run_records.hpp"
#include "gasbench/storage/storage_error.hpp"
#include "storage_fixture.hpp"

using namespace gasbench;
using namespace gasbench::storage;
using gasbench::storage::fixture::StorageTest;

namespace {

std::string pragma(Database& db, const char* name) {
    Statement s = db.prepare(std::string("PRAGMA ") + name);
    EXPECT_TRUE(s.step());
    return s.text(0);
}

}  // namespace

using StorageDatabaseTest = StorageTest;

TEST_F(StorageDatabaseTest, NewDatabaseIsWalWithForeignKeysAndNewestSchema) {
    Database db = Database::open(dbPath());
    EXPECT_EQ(pragma(db, "journal_mode"), "wal");
    EXPECT_EQ(pragma(db, "foreign_keys"), "1");
    EXPECT_EQ(pragma(db, "synchronous"), "2");  // FULL for records
    EXPECT_EQ(db.schemaVersion(), latestSchemaVersion());
    EXPECT_GE(latestSchemaVersion(), 3);
}

TEST_F(StorageDatabaseTest, ForeignKeysAreEnforced) {
    Database db = Database::open(dbPath());
    EXPECT_THROW(db.exec("INSERT INTO samples (batch_id, code, role) VALUES (999, 'X', 'test')"),
                 StorageError);
}

TEST_F(StorageDatabaseTest, MigratesAVersionOneDatabaseKeepingItsRecords) {
    {
        // A database as version 1 of the schema made it, with a closed run in it.
        Database old = Database::open(dbPath(), {Durability::full, false, 1});
        ASSERT_EQ(old.schemaVersion(), 1);
        old.exec(
            "INSERT INTO enterprises (name, credit_code, address, created_at) VALUES "
            "('华焰厨具', '91440606707891234U', '佛山', '2026-05-01T00:00:00Z');"
            "INSERT INTO sampling_batches (sampling_number, category, product_name, "
            "production_date, producer_id, sampled_unit_id, sampling_date, samplers, units_drawn, "
            "seal_numbers, inspection_type, created_at) VALUES ('C-OLD-1', 'household-cooker', "
            "'灶具', '2026-01-01', 1, 1, '2026-05-01', '[\"王\"]', 2, '[]', 'supervision', 'x');"
            "INSERT INTO samples (batch_id, code, role) VALUES (1, 'C-OLD-1-T', 'test');"
            "INSERT INTO runs (sample_id, procedure_id, profile_id, profile_version, station_id, "
            "operator, start_stamp_ns, started_at, state) VALUES (1, 'p', 'gb', '1', 's1', "
            "'op', 0, 'x', 'running');"
            "INSERT INTO measurements (run_id, item, clause, value, unit, verdict, recorded_at) "
            "VALUES (1, 'closing time', '5.3', 42.0, 's', 'pass', 'x');"
            "UPDATE runs SET state = 'completed', verdict = 'pass' WHERE id = 1;");
        // Version 1 has no province column yet.
        EXPECT_THROW(old.exec("SELECT province FROM enterprises"), StorageError);
    }
    Database db = Database::open(dbPath());
    EXPECT_EQ(db.schemaVersion(), latestSchemaVersion());
    auto e = findEnterpriseByCreditCode(db, "91440606707891234U");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->name, "华焰厨具");
    EXPECT_EQ(e->province, "");  // the new column, defaulted
    auto runs = listRuns(db, std::string("C-OLD-1-T"));
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].state, RunState::completed);
    Statement m = db.prepare("SELECT value, nonconformity FROM measurements WHERE run_id = 1");
    ASSERT_TRUE(m.step());
    EXPECT_DOUBLE_EQ(m.real(0), 42.0);
    EXPECT_TRUE(m.isNull(1));
    // The closed run is still protected after the migration.
    EXPECT_THROW(db.exec("UPDATE measurements SET value = 1 WHERE run_id = 1"), StorageError);
}

// A producer, a batch, its test sample and one running run, written in SQL as any schema has them.
constexpr const char* kOneRunningRun =
        "INSERT INTO enterprises (name, credit_code, address, created_at) VALUES "
        "('华焰厨具', '91440606707891234U', '佛山', 'x');"
        "INSERT INTO sampling_batches (sampling_number, category, product_name, "
        "production_date, producer_id, sampled_unit_id, sampling_date, samplers, units_drawn, "
        "seal_numbers, inspection_type, created_at) VALUES ('C-NEW-1', 'household-cooker', "
        "'灶具', '2026-01-01', 1, 1, '2026-05-01', '[\"王\"]', 2, '[]', 'supervision', 'x');"
        "INSERT INTO samples (batch_id, code, role) VALUES (1, 'C-NEW-1-T', 'test');"
        "INSERT INTO runs (sample_id, procedure_id, profile_id, profile_version, station_id, "
        "operator, start_stamp_ns, started_at, state) VALUES (1, 'p', 'gb', '1', 's1', 'op', 0, 'x', 'running');";

// Schema 5 rebuilt the runs table for 'failed-to-record': the run's own triggers are back, the
// foreign keys that point at runs hold, and the new state can be stored.
TEST_F(StorageDatabaseTest, TheRebuiltRunsTableKeepsItsTriggersAndTakesFailedToRecord) {
    Database db = Database::open(dbPath());
    db.exec(kOneRunningRun);
    closeRun(db, 1, RunState::failedToRecord, std::nullopt, "recording failed: disk full; 0 readings kept", "op");
    auto runs = listRuns(db, std::string("C-NEW-1-T"));
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].state, RunState::failedToRecord);
    EXPECT_THROW(db.exec("UPDATE runs SET state = 'completed' WHERE id = 1"), StorageError);
    EXPECT_THROW(db.exec("DELETE FROM runs WHERE id = 1"), StorageError);
    EXPECT_THROW(db.exec("INSERT INTO measurements (run_id, item, clause, unit, verdict, recorded_at) "
                         "VALUES (1, 'x', 'y', 's', 'pass', 'x')"),
                 StorageError);
    EXPECT_THROW(db.exec("INSERT INTO measurements (run_id, item, clause, unit, verdict, recorded_at) "
                         "VALUES (99, 'x', 'y', 's', 'pass', 'x')"),
                 StorageError);  // foreign keys on again after the migrations
    Statement fk = db.prepare("PRAGMA foreign_key_check");
    EXPECT_FALSE(fk.step());
}

// Schema 7 gave a measurement the bench time it was taken (stamp_ns). A row stored before has
// none, and must hash as it did when its event was written, or every old run would fail the
// audit after the upgrade: the row digest leaves a NULL stamp_ns out. Shown against the same row
// in a table without the column (dropped, as schema 6 had it).
TEST_F(StorageDatabaseTest, AMeasurementStoredBeforeItsStampHashesAsItDidThen) {
    const std::string rows = std::string(kOneRunningRun) +
        "INSERT INTO measurements (run_id, item, clause, value, unit, verdict, recorded_at) "
        "VALUES (1, 'closing_time', '6.12', 42.5, 's', 'pass', 'x');";
    Database now = Database::open(dbPath());
    now.exec(rows);
    Database before = Database::open(dbPath() + ".v6");
    before.exec("ALTER TABLE measurements DROP COLUMN stamp_ns");
    before.exec(rows);
    const auto withoutColumn = rowDigest(before, "measurements", 1);
    ASSERT_TRUE(withoutColumn);
    EXPECT_EQ(rowDigest(now, "measurements", 1), withoutColumn);
    // A stamp set afterwards still shows: the digest is not blind to the column.
    now.exec("UPDATE measurements SET stamp_ns = 5 WHERE id = 1");
    EXPECT_NE(rowDigest(now, "measurements", 1), withoutColumn);
    EXPECT_EQ(measurementsOfRun(now, 1).at(0).stamp, 5);
}

// Schema 8 keeps how each measurement was judged. A row from before has none of it: it hashes
// as it did, and reads back as what it was judged by (unrounded, full value, simple acceptance).
TEST_F(StorageDatabaseTest, AMeasurementStoredBeforeItsJudgementColumnsHashesAsItDidThen) {
    const std::string rows = std::string(kOneRunningRun) +
        "INSERT INTO measurements (run_id, item, clause, value, unit, verdict, recorded_at) "
        "VALUES (1, 'closing_time', '6.12', 42.5, 's', 'pass', 'x');";
    Database now = Database::open(dbPath());
    now.exec(rows);
    Database before = Database::open(dbPath() + ".v7");
    for (const char* column : {"rounding_interval", "comparison", "decision_rule", "guard_band"})
        before.exec(std::string("ALTER TABLE measurements DROP COLUMN ") + column);
    before.exec(rows);
    const auto withoutColumns = rowDigest(before, "measurements", 1);
    ASSERT_TRUE(withoutColumns);
    EXPECT_EQ(rowDigest(now, "measurements", 1), withoutColumns);
    const auto old = measurementsOfRun(now, 1).at(0);
    EXPECT_FALSE(old.rounding.interval);
    EXPECT_EQ(old.rounding.comparison, gasbench::Comparison::fullValue);
    EXPECT_EQ(old.rule.kind, gasbench::DecisionRuleKind::simple);
    now.exec("UPDATE measurements SET decision_rule = 'guarded' WHERE id = 1");
    EXPECT_NE(rowDigest(now, "measurements", 1), withoutColumns);
    EXPECT_THROW(now.exec("UPDATE measurements SET comparison = 'rounded' WHERE id = 1"), StorageError);
}

// A measurement keeps its interval, comparison, rule and guard band through the database, in its
// unit (0.01 kPa is stored as 0.01, read back as 10 Pa).
TEST_F(StorageDatabaseTest, AMeasurementKeepsHowItWasJudged) {
    Database db = Database::open(dbPath());
    db.exec(kOneRunningRun);
    gasbench::Measurement m;
    m.item = "outlet_pressure_max";
    m.unit = "kPa";
    m.value = gasbench::units::kPa(3.254);
    m.uncertainty = gasbench::units::kPa(0.05);
    m.rounding = {gasbench::units::kPa(0.01), gasbench::Comparison::roundedValue};
    m.rule = {gasbench::DecisionRuleKind::guarded, gasbench::units::kPa(0.02)};
    insertMeasurement(db, 1, m, "tester");
    const auto back = measurementsOfRun(db, 1).at(0);
    ASSERT_TRUE(back.rounding.interval);
    EXPECT_NEAR(gasbench::units::siValue(*back.rounding.interval), 10.0, 1e-9);
    EXPECT_EQ(back.rounding.comparison, gasbench::Comparison::roundedValue);
    EXPECT_EQ(back.rule.kind, gasbench::DecisionRuleKind::guarded);
    ASSERT_TRUE(back.rule.guard);
    EXPECT_NEAR(gasbench::units::siValue(*back.rule.guard), 20.0, 1e-9);
    EXPECT_EQ(gasbench::shownNumber(back), "3.25");
}

TEST_F(StorageDatabaseTest, MigratingTwiceChangesNothing) {
    { Database db = Database::open(dbPath()); }
    Database db = Database::open(dbPath());
    EXPECT_EQ(db.schemaVersion(), latestSchemaVersion());
}

TEST_F(StorageDatabaseTest, RefusesADatabaseNewerThanTheProgram) {
    {
        Database db = Database::open(dbPath());
        db.exec("PRAGMA user_version = 999");
    }
    try {
        Database::open(dbPath());
        FAIL() << "a newer schema was accepted";
    } catch (const StorageError& e) {
        EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos) << e.what();
    }
}

TEST_F(StorageDatabaseTest, NestedTransactionsCommitOnceAndRollBackTogether) {
    Database db = Database::open(dbPath());
    {
        Transaction outer(db);
        addEnterprise(db, fixture::demoProducer(), "tester");  // its own Transaction is nested
        // outer is dropped without commit
    }
    EXPECT_TRUE(listEnterprises(db).empty());
}
