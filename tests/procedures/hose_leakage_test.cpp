// hose-leakage against a modelled hose: the pressure drop over the hold (temperature-corrected),
// the laboratory method's limit, the standard's missing figures, and the marking checklist.
#include <gtest/gtest.h>

#include "hose_plant.hpp"
#include "procedure_run.hpp"

namespace gp = gasbench::procedures;
namespace u = gasbench::units;
using gasbench::testing::HosePlant;
using gasbench::testing::MemoryBench;

namespace {

constexpr double kHoldSeconds = 120.0;  // lab-hose-airtightness-v1

gp::RunRecord run(HosePlant& plant, const std::string& answers = "all-conforming",
                  const std::string& profile = "lab-hose-airtightness-v1") {
    return gasbench::testing::runOn(plant, "hose-leakage", profile, answers);
}

const gasbench::Measurement& item(const gp::RunRecord& r, const std::string& id) {
    return gasbench::testing::itemOf(r, id);
}

double dropKPa(const gp::RunRecord& r) { return u::siValue(*item(r, "pressure_drop").value) / 1000.0; }

}  // namespace

TEST(HoseLeakage, ATightHosePassesTheLaboratoryMethod) {
    HosePlant plant;
    plant.leakKPaPerS = 0.001;
    const auto r = run(plant);
    ASSERT_EQ(r.state, gasbench::RunState::completed) << r.abortCause;
    // The two fresh readings are at most a tick (10 ms) away from the hold's ends.
    EXPECT_NEAR(dropKPa(r), plant.trueDropKPa(kHoldSeconds), 0.001);
    EXPECT_EQ(item(r, "pressure_drop").verdict, gasbench::Verdict::pass);
    EXPECT_EQ(item(r, "service_life").verdict, gasbench::Verdict::pass);
    EXPECT_EQ(r.verdict, gasbench::Verdict::pass);
}

TEST(HoseLeakage, ALeakingHoseFails) {
    HosePlant plant;
    plant.leakKPaPerS = 0.002;  // 0.24 kPa over the hold, limit 0.20
    const auto r = run(plant);
    EXPECT_NEAR(dropKPa(r), 0.24, 0.001);
    EXPECT_EQ(r.verdict, gasbench::Verdict::fail);
}

TEST(HoseLeakage, WarmingDuringTheHoldIsCorrectedAway) {
    HosePlant plant;
    plant.leakKPaPerS = 0.0015;
    plant.driftKPerS = 2.0 / kHoldSeconds;  // +2 K over the hold would hide ~0.8 kPa of drop
    const auto r = run(plant);
    EXPECT_NEAR(dropKPa(r), plant.trueDropKPa(kHoldSeconds), 0.005);

    HosePlant blind = plant;
    blind.withTemperature = false;
    const auto uncorrected = run(blind);
    EXPECT_LT(dropKPa(uncorrected), 0.0) << "without a temperature channel the warming shows";
}

TEST(HoseLeakage, TheStandardProfileHasNoAirtightnessFiguresSoTheDropIsInconclusive) {
    HosePlant plant;
    const auto r = run(plant, "all-conforming", "gb-29993-2013");
    ASSERT_EQ(r.state, gasbench::RunState::completed) << r.abortCause;
    EXPECT_FALSE(item(r, "pressure_drop").value.has_value());
    EXPECT_EQ(item(r, "pressure_drop").verdict, gasbench::Verdict::inconclusive);
    EXPECT_EQ(r.verdict, gasbench::Verdict::inconclusive);
}

TEST(HoseLeakage, MissingMarkingIsAMarkingNonconformity) {
    HosePlant plant;
    const auto r = run(plant, "hose-unmarked");
    const auto& date = item(r, "marking_production_date");
    EXPECT_EQ(date.verdict, gasbench::Verdict::fail);
    EXPECT_EQ(date.nonconformity, gasbench::Nonconformity::marking);
    EXPECT_EQ(item(r, "service_life").verdict, gasbench::Verdict::inconclusive) << "not marked";
    EXPECT_EQ(r.verdict, gasbench::Verdict::fail);
}

TEST(HoseLeakage, AServiceLifeShorterThanTheScrapPeriodFails) {
    HosePlant plant;
    const auto r = run(plant, "hose-short-service-life");
    EXPECT_EQ(item(r, "service_life").verdict, gasbench::Verdict::fail);
    EXPECT_EQ(r.verdict, gasbench::Verdict::fail);
}

TEST(HoseLeakage, StopDuringTheHoldRunsTeardownThenSafeState) {
    HosePlant plant;
    MemoryBench bench(plant);
    bench.stopAt(bench.clock().now() + gasbench::toNanos(u::seconds(100)));
    const auto r = gasbench::testing::runOn(bench, "hose-leakage", "lab-hose-airtightness-v1");
    EXPECT_EQ(r.state, gasbench::RunState::aborted);
    const auto stop = bench.indexOf("STOP");
    ASSERT_NE(stop, std::string::npos);
    EXPECT_NE(bench.indexOf("set vent_valve=1.000000", stop), std::string::npos) << "vented";
    EXPECT_EQ(bench.safeStates(), 1);
    EXPECT_FALSE(std::get<bool>(bench.output("supply_valve")));
    for (const auto& m : r.measurements) EXPECT_NE(m.item, "pressure_drop");
}

TEST(HoseLeakage, StopAtAPromptEndsTheRunBeforeAnyGasFlows) {
    HosePlant plant;
    MemoryBench bench(plant);
    bench.stopAtPrompt("hose-leakage.connect");
    const auto r = gasbench::testing::runOn(bench, "hose-leakage", "lab-hose-airtightness-v1");
    EXPECT_EQ(r.state, gasbench::RunState::aborted);
    EXPECT_EQ(bench.indexOf("set supply_valve=1.000000"), std::string::npos);
    EXPECT_EQ(bench.safeStates(), 1);
}

// A test transducer whose zero sinks reads a tight hose as leaking: 0.003 kPa/s over the
// 120 s hold looks like a 0.36 kPa drop against the 0.20 kPa limit. Its zero, read with the
// hose vented before and after, has moved: the drop is left without a value.
TEST(HoseLeakage, ADriftingTestTransducerNeverFailsATightHose) {
    HosePlant plant;
    plant.leakKPaPerS = 0.0;
    plant.transducerDriftKPaPerS = -0.003;
    const auto r = run(plant);
    ASSERT_EQ(r.state, gasbench::RunState::completed) << r.abortCause;
    const auto& drop = item(r, "pressure_drop");
    EXPECT_FALSE(drop.value);
    EXPECT_EQ(drop.verdict, gasbench::Verdict::inconclusive);
    EXPECT_NE(drop.note.find("drifting transducer"), std::string::npos) << drop.note;
    EXPECT_NE(drop.note.find("test_pressure"), std::string::npos) << drop.note;
    EXPECT_NE(r.verdict, gasbench::Verdict::fail);
}

// Warming moves a trapped gas's pressure, not a vented line's: the zero checks still pass.
TEST(HoseLeakage, WarmingIsNoZeroShift) {
    HosePlant plant;
    plant.driftKPerS = 0.01;
    const auto r = run(plant);
    EXPECT_TRUE(item(r, "pressure_drop").value) << item(r, "pressure_drop").note;
    EXPECT_EQ(r.verdict, gasbench::Verdict::pass);
}
