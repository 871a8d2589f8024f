// The cooker's flame-failure device against its scenarios' truth: opening time from ignition
// until the magnet holds by itself, closing time from flame-out until the gas flow stops.
#include "gasbench/sim/cooker_model.hpp"

#include <gtest/gtest.h>

#include "sim_test_support.hpp"

namespace gasbench::sim {
namespace {

using test::published;
using test::run;

double flowLph(const CookerModel& m) {
    return units::inLitresPerHour(
        published(m).get<units::VolumeFlow>(kFlow, units::litresPerHour(-1)));
}

class CookerTruth : public ::testing::TestWithParam<const char*> {};

TEST_P(CookerTruth, OpeningAndClosingTimesMatchTheTruth) {
    Scenario s = test::scenario(GetParam());
    CookerModel cooker(std::get<CookerParams>(s.model));

    BenchOutputs out;
    out.supplyValve = true;
    out.knobHold = true;
    out.igniter = true;
    double opening = run(cooker, out, 60.0, [&] { return cooker.magnetHolding(); });
    EXPECT_TRUE(cooker.flameLit());
    EXPECT_NEAR(opening, test::truthValue(s, "opening_time"), 0.02);

    // Released, the device holds the gas on by itself; the burner runs warm.
    out.knobHold = false;
    out.igniter = false;
    run(cooker, out, 300.0);
    ASSERT_TRUE(cooker.flameLit());
    EXPECT_GT(flowLph(cooker), 100.0);

    // Flame-out: the supply closed for 0.5 s, then open again; unburnt gas flows until the
    // magnet lets go.
    out.supplyValve = false;
    double closing = run(cooker, out, 0.5);
    EXPECT_FALSE(cooker.flameLit());
    out.supplyValve = true;
    run(cooker, out, 0.01);
    EXPECT_GT(flowLph(cooker), 100.0);
    EXPECT_FALSE(published(cooker).state(kFlamePresent));
    closing += 0.01 + run(cooker, out, 300.0, [&] { return flowLph(cooker) == 0.0; });
    EXPECT_NEAR(closing, test::truthValue(s, "closing_time"), 0.05);
    EXPECT_FALSE(cooker.magnetHolding());
}

INSTANTIATE_TEST_SUITE_P(Scenarios, CookerTruth,
                         ::testing::Values("cooker-ffd-pass", "cooker-ffd-closing-slow",
                                           "cooker-ffd-closing-borderline-pass",
                                           "cooker-ffd-closing-borderline-fail",
                                           "cooker-ffd-opening-slow"));

TEST(CookerModel, ReleasingTheKnobBeforeTheDeviceHoldsPutsTheFlameOut) {
    CookerModel cooker(CookerParams{});
    BenchOutputs out;
    out.supplyValve = true;
    out.knobHold = true;
    out.igniter = true;
    run(cooker, out, 3.0);  // opening time 6 s by default
    ASSERT_TRUE(cooker.flameLit());
    out.knobHold = false;
    out.igniter = false;
    run(cooker, out, 0.02);
    EXPECT_FALSE(cooker.flameLit());
    EXPECT_EQ(flowLph(cooker), 0.0);
}

TEST(CookerModel, ABlowOutEventPutsTheFlameOutAndTheDeviceClosesLater) {
    CookerModel cooker(CookerParams{});
    BenchOutputs out;
    out.supplyValve = true;
    out.knobHold = true;
    out.igniter = true;
    run(cooker, out, 10.0);
    out.knobHold = false;
    out.igniter = false;
    run(cooker, out, 200.0);
    cooker.blowOut();
    run(cooker, out, 0.01);
    EXPECT_FALSE(cooker.flameLit());
    double closing = 0.01 + run(cooker, out, 200.0, [&] { return flowLph(cooker) == 0.0; });
    EXPECT_NEAR(closing, 42.0, 0.05);
}

TEST(CookerModel, TheTechnicianHoldingTheKnobKeepsGasFlowingWithoutTheMagnet) {
    CookerModel cooker(CookerParams{});
    BenchOutputs out;
    out.supplyValve = true;
    cooker.setKnobHeld(true);
    run(cooker, out, 1.0);
    EXPECT_GT(flowLph(cooker), 100.0);
    EXPECT_FALSE(cooker.flameLit());  // no igniter, no flame
    cooker.setKnobHeld(false);
    run(cooker, out, 0.01);
    EXPECT_EQ(flowLph(cooker), 0.0);
}

}  // namespace
}  // namespace gasbench::sim
