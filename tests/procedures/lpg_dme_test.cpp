// lpg-dme against a modelled chromatograph: the composition of this sample (not the previous
// one), DME judged by the detection limit (2011) or inconclusive (2025), C3+C4 and C5+, the raw
// table kept with the run.
#include <gtest/gtest.h>

#include "analyzer_plant.hpp"
#include "procedure_run.hpp"

namespace gp = gasbench::procedures;
namespace u = gasbench::units;
using gasbench::testing::AnalyzerPlant;
using gasbench::testing::MemoryBench;

namespace {


gp::RunRecord run(AnalyzerPlant& plant, const std::string& profile = "gb-11174-2011") {
    return gasbench::testing::runOn(plant, "lpg-dme", profile);
}

const gasbench::Measurement& item(const gp::RunRecord& r, const std::string& id) {
    return gasbench::testing::itemOf(r, id);
}

double percentOf(const gp::RunRecord& r, const std::string& id) {
    return u::siValue(*item(r, id).value) * 100.0;
}

}  // namespace

TEST(LpgDme, AClean2011SamplePasses) {
    AnalyzerPlant plant;
    const auto r = run(plant);
    ASSERT_EQ(r.state, gasbench::RunState::completed) << r.abortCause;
    EXPECT_NEAR(percentOf(r, "dme_fraction"), 0.0, 1e-9);
    EXPECT_NEAR(percentOf(r, "c3_c4_fraction"), 97.5, 1e-9);
    EXPECT_NEAR(percentOf(r, "c5_plus_fraction"), 2.0, 1e-9);
    EXPECT_EQ(r.verdict, gasbench::Verdict::pass);
    bool table = false;
    for (const auto& e : r.events) {
        if (e.kind == "analyzer-table") {
            table = true;
            EXPECT_NE(e.text.find("\"dme_vol\": 0"), std::string::npos) << e.text;
            EXPECT_NE(e.text.find("\"propane_mass\": 30"), std::string::npos) << e.text;
        }
    }
    EXPECT_TRUE(table) << "the raw table is kept with the run";
}

TEST(LpgDme, DmeAboveTheDetectionLimitFailsUnder2011) {
    AnalyzerPlant plant;
    plant.sample["dme"] = 0.0002;  // 0.02 %, detection limit 0.01 %
    plant.sample["propane"] -= 0.0002;
    const auto r = run(plant);
    EXPECT_EQ(item(r, "dme_fraction").verdict, gasbench::Verdict::fail);
    EXPECT_NEAR(u::siValue(item(r, "dme_fraction").limits.high->value), 0.0001, 1e-12);
    EXPECT_EQ(r.verdict, gasbench::Verdict::fail);
}

TEST(LpgDme, DmeAtTheDetectionLimitIsNotDetected) {
    AnalyzerPlant plant;
    plant.sample["dme"] = plant.detectionLimit;
    EXPECT_EQ(item(run(plant), "dme_fraction").verdict, gasbench::Verdict::pass);
}

TEST(LpgDme, The2025LimitIsUnknownSoDmeIsInconclusive) {
    AnalyzerPlant plant;
    plant.sample["dme"] = 0.02;
    const auto r = run(plant, "gb-11174-2025");
    EXPECT_NEAR(percentOf(r, "dme_fraction"), 2.0, 1e-9);
    EXPECT_EQ(item(r, "dme_fraction").verdict, gasbench::Verdict::inconclusive);
    EXPECT_EQ(r.verdict, gasbench::Verdict::inconclusive);
}

TEST(LpgDme, TooMuchC5PlusFails) {
    AnalyzerPlant plant;
    plant.sample["c5_plus"] = 0.035;
    plant.sample["butenes"] = 0.06;
    const auto r = run(plant);
    EXPECT_EQ(item(r, "c5_plus_fraction").verdict, gasbench::Verdict::fail);
}

TEST(LpgDme, WithoutACounterTheStateMachineIsFollowed) {
    AnalyzerPlant plant;
    plant.withCounter = false;
    const auto r = run(plant);
    ASSERT_EQ(r.state, gasbench::RunState::completed) << r.abortCause;
    EXPECT_NEAR(percentOf(r, "c3_c4_fraction"), 97.5, 1e-9) << "this sample, not the previous";
}

TEST(LpgDme, AnAnalyzerFaultAbortsWithTheItemsUnmeasured) {
    for (bool counter : {false, true}) {
        AnalyzerPlant plant;
        plant.fault = true;
        plant.withCounter = counter;
        MemoryBench bench(plant);
        const auto r = gasbench::testing::runOn(bench, "lpg-dme", "gb-11174-2011");
        EXPECT_EQ(r.state, gasbench::RunState::aborted) << counter;
        EXPECT_NE(r.abortCause.find("fault"), std::string::npos) << r.abortCause;
        EXPECT_EQ(item(r, "dme_fraction").verdict, gasbench::Verdict::inconclusive);
        // Seen within a slice of the fault, not at the 900 s analysis timeout.
        EXPECT_LT(bench.clock().now(), gasbench::toNanos(u::seconds(plant.runSeconds + 10)));
    }
}

TEST(LpgDme, StopDuringTheAnalysisRunsTeardownThenSafeState) {
    AnalyzerPlant plant;
    MemoryBench bench(plant);
    bench.stopAt(bench.clock().now() + gasbench::toNanos(u::seconds(20)));
    const auto r = gasbench::testing::runOn(bench, "lpg-dme", "gb-11174-2011");
    EXPECT_EQ(r.state, gasbench::RunState::aborted);
    EXPECT_EQ(bench.safeStates(), 1);
    const auto stop = bench.indexOf("STOP");
    ASSERT_NE(stop, std::string::npos);
    EXPECT_LT(bench.indexOf("set analyzer.start_analysis=0.000000", stop),
              bench.indexOf("safe-state", stop));
}
