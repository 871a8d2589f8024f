// Each record type stored and read back: enterprises, sampling batches and samples, runs,
// measurements, events.
#include <gtest/gtest.h>

#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/enterprise.hpp"
#include "gasbench/storage/measurement_record.hpp"
#include "gasbench/storage/run_records.hpp"
#include "gasbench/storage/sampling_batch.hpp"
#include "gasbench/storage/storage_error.hpp"
#include "storage_fixture.hpp"

using namespace gasbench;
using namespace gasbench::storage;
using gasbench::storage::fixture::StorageTest;

namespace {

RunInfo demoRun() {
    return {"flame-failure-closing-time", "gb16410-2020", 1, "station-1", "王工",
            "C-2026-001-T", 5'000'000'000, ""};
}

template <typename F>
std::string refusedField(F&& f) {
    try {
        f();
    } catch (const RecordError& e) {
        return e.field();
    }
    return "(not refused)";
}

}  // namespace

using StorageRecordsTest = StorageTest;

TEST_F(StorageRecordsTest, EnterpriseRoundTrip) {
    Database db = Database::open(dbPath());
    auto id = addEnterprise(db, fixture::demoProducer(), "tester");
    auto e = findEnterprise(db, id);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->name, "佛山市顺德区华焰厨具电器有限公司");
    EXPECT_EQ(e->creditCode, "91440606707891234U");
    EXPECT_EQ(e->legalRepresentative, "陈国强");
    EXPECT_EQ(e->contact, "0757-2838 6612");
    EXPECT_EQ(e->province, "广东");
    EXPECT_EQ(findEnterpriseByCreditCode(db, "91440606707891234U")->id, id);
    EXPECT_EQ(listEnterprises(db).size(), 1u);
}

TEST_F(StorageRecordsTest, EnterpriseRefusals) {
    Database db = Database::open(dbPath());
    auto bad = fixture::demoProducer();
    bad.creditCode = "91440606707891234T";
    EXPECT_EQ(refusedField([&] { addEnterprise(db, bad, "t"); }), "credit_code");
    bad = fixture::demoProducer();
    bad.name = "";
    EXPECT_EQ(refusedField([&] { addEnterprise(db, bad, "t"); }), "name");
    addEnterprise(db, fixture::demoProducer(), "t");
    EXPECT_EQ(refusedField([&] { addEnterprise(db, fixture::demoProducer(), "t"); }),
              "credit_code");
    EXPECT_EQ(listEnterprises(db).size(), 1u);
}

TEST_F(StorageRecordsTest, SamplingBatchWithSamplesRoundTrip) {
    Database db = openWithBatch();
    auto b = findSamplingBatch(db, "C-2026-001");
    ASSERT_TRUE(b);
    EXPECT_EQ(b->category, ProductCategory::householdCooker);
    EXPECT_EQ(b->productName, "家用燃气灶具");
    EXPECT_EQ(b->productionDate, "2026-01-15");
    EXPECT_EQ(b->batchNumber, std::nullopt);
    EXPECT_EQ(b->samplers, (std::vector<std::string>{"王建华", "刘敏"}));
    EXPECT_EQ(b->sealNumbers, (std::vector<std::string>{"GD-FB-260512-01"}));
    EXPECT_EQ(b->batchSize, 320);
    EXPECT_EQ(b->unitsDrawn, 2);
    EXPECT_EQ(b->inspectionType, InspectionType::supervision);
    ASSERT_EQ(b->samples.size(), 2u);
    EXPECT_EQ(b->samples[0].code, "C-2026-001-T");
    EXPECT_EQ(b->samples[1].role, SampleRole::backup);
    auto s = findSample(db, "C-2026-001-B");
    ASSERT_TRUE(s);
    EXPECT_EQ(s->batchId, b->id);
    EXPECT_EQ(listSamplingBatches(db).size(), 1u);
}

TEST_F(StorageRecordsTest, SamplingBatchRefusals) {
    Database db = openWithBatch();
    auto first = *findSamplingBatch(db, "C-2026-001");
    auto again = fixture::demoBatch(first.producerId, first.sampledUnitId, "C-2026-001");
    again.samples = {{0, 0, "NEW-T", SampleRole::test}};
    EXPECT_EQ(refusedField([&] { addSamplingBatch(db, again, "t"); }), "sampling_number");
    auto dupSample = fixture::demoBatch(first.producerId, first.sampledUnitId, "C-2026-009");
    dupSample.samples[0].code = "C-2026-001-T";
    EXPECT_EQ(refusedField([&] { addSamplingBatch(db, dupSample, "t"); }), "samples[0].code");
    auto badDate = fixture::demoBatch(first.producerId, first.sampledUnitId, "C-2026-010");
    badDate.samplingDate = "2026-02-30";
    EXPECT_EQ(refusedField([&] { addSamplingBatch(db, badDate, "t"); }), "sampling_date");
    EXPECT_EQ(listSamplingBatches(db).size(), 1u);
}

TEST_F(StorageRecordsTest, RunLifecycle) {
    Database db = openWithBatch();
    RunId id = insertRun(db, demoRun());
    auto r = findRun(db, id);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->state, RunState::running);
    EXPECT_EQ(r->info.procedureId, "flame-failure-closing-time");
    EXPECT_EQ(r->info.startStamp, 5'000'000'000);
    EXPECT_FALSE(r->endedAt);
    closeRun(db, id, RunState::aborted, Verdict::inconclusive, "STOP pressed", "王工");
    r = findRun(db, id);
    EXPECT_EQ(r->state, RunState::aborted);
    EXPECT_EQ(r->verdict, Verdict::inconclusive);
    EXPECT_EQ(r->abortCause, "STOP pressed");
    EXPECT_TRUE(r->endedAt);
    EXPECT_EQ(refusedField([&] { closeRun(db, id, RunState::completed, {}, "", "x"); }), "run");
    EXPECT_EQ(listRuns(db, std::string("C-2026-001-T")).size(), 1u);
    EXPECT_EQ(listRuns(db, std::string("C-2026-001-B")).size(), 0u);
    auto unknown = demoRun();
    unknown.sampleCode = "NO-SUCH";
    EXPECT_EQ(refusedField([&] { insertRun(db, unknown); }), "sample");
}

TEST_F(StorageRecordsTest, MeasurementStoredInItsReportedUnit) {
    Database db = openWithBatch();
    RunId run = insertRun(db, demoRun());
    Measurement m;
    m.item = "outlet pressure";
    m.clause = "GB 35844-2018 6.2";
    m.trial = 2;
    m.value = units::kPa(2.85);
    m.unit = "kPa";
    m.limits.low = Limit{units::kPa(2.52), true};
    m.limits.high = Limit{units::kPa(3.08), false};
    m.uncertainty = units::Pa(20);
    m.verdict = Verdict::pass;
    m.note = "after 5 s settling";
    m.stamp = 7'250'000'000;
    insertMeasurement(db, run, m, "王工");
    Measurement missing;
    missing.item = "lock-up pressure";
    missing.unit = "kPa";
    missing.verdict = Verdict::fail;
    missing.nonconformity = Nonconformity::structural;
    insertMeasurement(db, run, missing, "王工");

    // The columns hold the numbers in the reported unit...
    Statement q = db.prepare("SELECT value, low, high, uncertainty, stamp_ns FROM measurements ORDER BY id");
    ASSERT_TRUE(q.step());
    EXPECT_NEAR(*q.optReal(0), 2.85, 1e-12);
    EXPECT_NEAR(*q.optReal(1), 2.52, 1e-12);
    EXPECT_NEAR(*q.optReal(2), 3.08, 1e-12);
    EXPECT_NEAR(*q.optReal(3), 0.02, 1e-12);
    EXPECT_EQ(q.optInteger(4), 7'250'000'000);
    // ...and come back as the quantities they were, with the bench time they were taken.
    auto all = measurementsOfRun(db, run);
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].trial, 2);
    EXPECT_NEAR(units::inKPa(std::get<units::Pressure>(*all[0].value)), 2.85, 1e-12);
    EXPECT_NEAR(*reportedValue(all[0]), 2.85, 1e-12);
    EXPECT_EQ(all[0].unit, "kPa");
    EXPECT_NEAR(units::inKPa(std::get<units::Pressure>(all[0].limits.low->value)), 2.52, 1e-12);
    EXPECT_TRUE(all[0].limits.low->inclusive);
    EXPECT_NEAR(units::inKPa(std::get<units::Pressure>(all[0].limits.high->value)), 3.08, 1e-12);
    EXPECT_FALSE(all[0].limits.high->inclusive);
    EXPECT_NEAR(units::siValue(*all[0].uncertainty), 20.0, 1e-9);
    EXPECT_EQ(all[0].verdict, Verdict::pass);
    EXPECT_EQ(all[0].note, "after 5 s settling");
    EXPECT_EQ(all[0].stamp, 7'250'000'000);
    EXPECT_EQ(limitsText(all[0]), "2.52 ≤ x < 3.08 kPa");
    EXPECT_FALSE(all[1].value);
    EXPECT_FALSE(all[1].trial);
    EXPECT_EQ(all[1].nonconformity, Nonconformity::structural);

    Measurement wrong = m;
    wrong.value = units::seconds(3);
    EXPECT_EQ(refusedField([&] { insertMeasurement(db, run, wrong, "x"); }), "value");
}

TEST_F(StorageRecordsTest, EveryStateChangeIsAnEvent) {
    Database db = openWithBatch();
    RunId run = insertRun(db, demoRun());
    closeRun(db, run, RunState::completed, Verdict::pass, "", "王工");
    std::vector<std::string> whats;
    Statement s = db.prepare("SELECT what FROM events ORDER BY id");
    while (s.step()) whats.push_back(s.text(0));
    EXPECT_EQ(whats, (std::vector<std::string>{"enterprise.added", "enterprise.added", "sample.added",
                                               "sample.added", "batch.added", "run.started",
                                               "run.series-sealed", "run.completed"}));
    auto ofRun = eventsOfRun(db, run);
    ASSERT_EQ(ofRun.size(), 3u);
    EXPECT_EQ(ofRun[0].entry.who, "王工");
}
