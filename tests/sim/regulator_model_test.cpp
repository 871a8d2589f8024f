// The regulator against its scenarios' truth: outlet extremes over the inlet and flow grid the
// household profile sweeps, lock-up at zero flow, the over-flow shut-off.
#include "gasbench/sim/regulator_model.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "sim_test_support.hpp"

namespace gasbench::sim {
namespace {

using test::published;
using test::run;

double outletKPa(const RegulatorModel& m) {
    return units::inKPa(published(m).get<units::Pressure>(kOutletPressure, units::kPa(-1)));
}

double settledOutlet(RegulatorModel& m, double inletMPa, double flowLph) {
    BenchOutputs out;
    out.supplyValve = true;
    out.pressureSetpoint = units::MPa(inletMPa);
    out.flowSetpoint = units::litresPerHour(flowLph);
    run(m, out, 5.0);
    return outletKPa(m);
}

class RegulatorTruth : public ::testing::TestWithParam<const char*> {};

TEST_P(RegulatorTruth, OutletExtremesAndLockUpMatchTheTruth) {
    Scenario s = test::scenario(GetParam());
    RegulatorModel regulator(std::get<RegulatorParams>(s.model));
    double low = 1e9, high = -1e9, lockUp = -1e9;
    for (double inlet : {0.03, 0.1, 0.4, 0.8, 1.2, 1.56}) {
        for (double flow : {200.0, 1000.0, 2000.0}) {
            double p = settledOutlet(regulator, inlet, flow);
            low = std::min(low, p);
            high = std::max(high, p);
        }
        lockUp = std::max(lockUp, settledOutlet(regulator, inlet, 0.0));
    }
    EXPECT_NEAR(low, test::truthValue(s, "outlet_pressure_min"),
                test::truthTolerance(s, "outlet_pressure_min") / 2);
    EXPECT_NEAR(high, test::truthValue(s, "outlet_pressure_max"),
                test::truthTolerance(s, "outlet_pressure_max") / 2);
    EXPECT_NEAR(lockUp, test::truthValue(s, "lock_up_pressure"),
                test::truthTolerance(s, "lock_up_pressure") / 2);
    // The verdict the truth states follows from the household limits.
    bool pass = low >= 2.30 && high <= 3.30 && lockUp <= 3.50;
    EXPECT_EQ(pass, s.truth.verdict == gasbench::Verdict::pass);
}

INSTANTIATE_TEST_SUITE_P(Scenarios, RegulatorTruth,
                         ::testing::Values("regulator-pass", "regulator-drift-high",
                                           "regulator-borderline-inside",
                                           "regulator-borderline-outside", "regulator-tampered",
                                           "regulator-outlet-noise"));

TEST(RegulatorModel, OverFlowShutOffTripsUntilTheSupplyCloses) {
    RegulatorModel regulator(std::get<RegulatorParams>(test::scenario("regulator-pass").model));
    EXPECT_GT(settledOutlet(regulator, 0.3, 2000.0), 2.0);
    EXPECT_LT(settledOutlet(regulator, 0.3, 3500.0), 0.01);
    EXPECT_TRUE(regulator.tripped());
    EXPECT_EQ(units::inLitresPerHour(
                  published(regulator).get<units::VolumeFlow>(kFlow, units::litresPerHour(-1))),
              0.0);
    // Back to a normal flow it stays shut until reset.
    EXPECT_LT(settledOutlet(regulator, 0.3, 1000.0), 0.01);
    BenchOutputs closed;
    run(regulator, closed, 1.0);
    EXPECT_FALSE(regulator.tripped());
    EXPECT_GT(settledOutlet(regulator, 0.3, 1000.0), 2.0);
}

TEST(RegulatorModel, TheInletFollowsTheSupplyAndTheTotalCounts) {
    RegulatorModel regulator(std::get<RegulatorParams>(test::scenario("regulator-pass").model));
    settledOutlet(regulator, 1.2, 1800.0);
    Signals s = published(regulator);
    EXPECT_NEAR(units::inKPa(s.get<units::Pressure>(kInletPressure, units::kPa(0))), 1200.0, 0.1);
    // 1800 L/h for 5 s
    EXPECT_NEAR(s.get<units::Volume>(kTotal, units::litres(0)).value() * 1e3, 2.5, 0.05);
}

}  // namespace
}  // namespace gasbench::sim
