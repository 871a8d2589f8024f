// regulator-outlet-pressure against a modelled regulator: band, lock-up, 50 kPa ceiling,
// over-flow trip and the structural checklist.
#include <gtest/gtest.h>

#include <algorithm>

#include "procedure_run.hpp"
#include "regulator_plant.hpp"

namespace gp = gasbench::procedures;
namespace u = gasbench::units;
using gasbench::testing::MemoryBench;
using gasbench::testing::RegulatorPlant;
using gasbench::testing::itemOf;

namespace {

const std::vector<double> kInlets{0.03, 0.1, 0.4, 0.8, 1.2, 1.56};  // the profile's points
const std::vector<double> kFractions{0.1, 0.5, 1.0};

gp::RunRecord run(RegulatorPlant& plant, const std::string& answers = "all-conforming",
                  const std::string& profile = "gb-35844-2018-household") {
    return gasbench::testing::runOn(plant, "regulator-outlet-pressure", profile, answers);
}

const gasbench::Measurement& item(const gp::RunRecord& r, const std::string& id) { return itemOf(r, id); }

double kPaOf(const gasbench::Measurement& m) { return u::siValue(*m.value) / 1000.0; }

}  // namespace

TEST(Regulator, RecoversTheBandAndLockUpOfAGoodRegulator) {
    RegulatorPlant plant;
    const auto r = run(plant);
    ASSERT_EQ(r.state, gasbench::RunState::completed) << r.abortCause;
    double lo = 1e9, hi = -1e9;
    for (double in : kInlets) {
        for (double f : kFractions) {
            lo = std::min(lo, plant.steady(in, f * plant.ratedM3h));
            hi = std::max(hi, plant.steady(in, f * plant.ratedM3h));
        }
    }
    // Settled within ±1 % for 5 s: within 1 % of the truth.
    EXPECT_NEAR(kPaOf(item(r, "outlet_pressure_min")), lo, 0.01 * lo);
    EXPECT_NEAR(kPaOf(item(r, "outlet_pressure_max")), hi, 0.01 * hi);
    EXPECT_NEAR(kPaOf(item(r, "lock_up_pressure")), plant.lockUpKPa, 0.01 * plant.lockUpKPa);
    EXPECT_EQ(item(r, "outlet_pressure_min").verdict, gasbench::Verdict::pass);
    EXPECT_EQ(item(r, "outlet_pressure_max").verdict, gasbench::Verdict::pass);
    EXPECT_EQ(item(r, "lock_up_pressure").verdict, gasbench::Verdict::pass);
    EXPECT_EQ(item(r, "peak_outlet_pressure").verdict, gasbench::Verdict::pass);
    EXPECT_EQ(item(r, "outlet_not_adjustable").verdict, gasbench::Verdict::pass);
    // The shut-off trips (at 3.0 m3/h, the first step above 2.9): it is there.
    EXPECT_EQ(item(r, "over_flow_shut_off").verdict, gasbench::Verdict::pass);
    EXPECT_NE(item(r, "over_flow_shut_off").note.find("3.0"), std::string::npos);
    EXPECT_EQ(r.verdict, gasbench::Verdict::pass);
    int lockUpTrials = 0;
    for (const auto& m : r.measurements) lockUpTrials += m.item == "lock_up_pressure" && m.trial;
    EXPECT_EQ(lockUpTrials, static_cast<int>(kInlets.size()));
}

TEST(Regulator, AnOutletJustOutsideTheBandFails) {
    RegulatorPlant plant;
    plant.droopKPa = 0.54;  // lowest point 2.80 - 0.54 + 0.003 = 2.263 kPa < 2.30
    plant.inletGainKPa = 0.0;
    const auto r = run(plant);
    EXPECT_EQ(item(r, "outlet_pressure_min").verdict, gasbench::Verdict::fail);
    EXPECT_EQ(r.verdict, gasbench::Verdict::fail);
}

TEST(Regulator, AnOutletJustInsideTheBandPasses) {
    RegulatorPlant plant;
    plant.droopKPa = 0.46;  // lowest 2.34 kPa
    plant.inletGainKPa = 0.0;
    const auto r = run(plant);
    EXPECT_EQ(item(r, "outlet_pressure_min").verdict, gasbench::Verdict::pass);
}

TEST(Regulator, NoTripWithinTheUnconfirmedTestRangeIsInconclusiveNotFail) {
    RegulatorPlant plant;
    plant.tripM3h = 10.0;
    const auto r = run(plant);
    EXPECT_FALSE(item(r, "over_flow_shut_off").value.has_value());
    EXPECT_EQ(item(r, "over_flow_shut_off").verdict, gasbench::Verdict::inconclusive);
    EXPECT_EQ(r.verdict, gasbench::Verdict::inconclusive);
}

TEST(Regulator, AHighLockUpFails) {
    RegulatorPlant plant;
    plant.lockUpKPa = 3.8;
    const auto r = run(plant);
    EXPECT_EQ(item(r, "lock_up_pressure").verdict, gasbench::Verdict::fail);
}

TEST(Regulator, AMediumPressureValveFailsThe50kPaCeiling) {
    RegulatorPlant plant;
    plant.nominalKPa = 70.0;
    plant.lockUpKPa = 75.0;
    const auto r = run(plant);
    EXPECT_EQ(item(r, "peak_outlet_pressure").verdict, gasbench::Verdict::fail);
    EXPECT_GT(kPaOf(item(r, "peak_outlet_pressure")), 70.0);
}

TEST(Regulator, AnAdjustableOutletIsAStructuralNonconformity) {
    RegulatorPlant plant;
    const auto r = run(plant, "regulator-adjustable-outlet");
    const auto& m = item(r, "outlet_not_adjustable");
    EXPECT_EQ(m.verdict, gasbench::Verdict::fail);
    EXPECT_EQ(m.nonconformity, gasbench::Nonconformity::structural);
    EXPECT_EQ(r.verdict, gasbench::Verdict::fail);
}

TEST(Regulator, TheCommercial5kPaProfileJudgesItsOwnBand) {
    RegulatorPlant plant;
    plant.nominalKPa = 5.0;
    plant.lockUpKPa = 3.4;  // lock-up limit is the same 3.50 kPa in the profile
    plant.ratedM3h = 3.6;
    plant.tripM3h = 5.0;
    const auto r = run(plant, "all-conforming", "gb-35844-2018-commercial-5kpa");
    EXPECT_EQ(item(r, "outlet_pressure_min").verdict, gasbench::Verdict::pass);
    EXPECT_EQ(item(r, "outlet_pressure_max").verdict, gasbench::Verdict::pass);
    EXPECT_EQ(item(r, "threaded_outlet").verdict, gasbench::Verdict::pass);
}

TEST(Regulator, StopMidSweepRunsTeardownThenSafeState) {
    RegulatorPlant plant;
    MemoryBench bench(plant);
    bench.stopAt(bench.clock().now() + gasbench::toNanos(u::seconds(30)));
    const auto r = gasbench::testing::runOn(bench, "regulator-outlet-pressure",
                                            "gb-35844-2018-household");
    EXPECT_EQ(r.state, gasbench::RunState::aborted);
    EXPECT_NE(r.verdict, gasbench::Verdict::pass);
    const auto stop = bench.indexOf("STOP");
    ASSERT_NE(stop, std::string::npos);
    const auto flowZero = bench.indexOf("set flow_setpoint=0.000000", stop);
    ASSERT_NE(flowZero, std::string::npos) << "teardown stopped the flow";
    EXPECT_LT(flowZero, bench.indexOf("safe-state", stop));
    EXPECT_EQ(bench.safeStates(), 1);
    EXPECT_FALSE(std::get<bool>(bench.output("supply_valve")));
}
