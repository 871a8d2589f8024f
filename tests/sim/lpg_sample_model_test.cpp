// The LPG sample in the chromatograph against its scenarios' truth: start, running for the
// analysis time, done with the table; seeded noise, detection limit, mass fractions.
#include "gasbench/sim/lpg_sample_model.hpp"

#include <gtest/gtest.h>

#include "sim_test_support.hpp"

namespace gasbench::sim {
namespace {

using test::published;
using test::run;

double percentOf(const Signals& s, const std::string& name) {
    return units::inPercent(s.get<units::Fraction>(name, units::percent(-1)));
}
double stateOf(const Signals& s) {
    return s.get<units::Fraction>("state", units::fraction(-1)).value();
}

Signals analyse(LpgSampleModel& gc, double analysisSeconds) {
    BenchOutputs start;
    start.startAnalysis = true;
    gc.advance(units::seconds(0.01), start);
    Signals s = published(gc);
    EXPECT_EQ(stateOf(s), 1.0);
    EXPECT_FALSE(s.state("start_analysis"));  // the analyzer took the start
    run(gc, BenchOutputs{}, analysisSeconds - 0.5);
    EXPECT_EQ(stateOf(published(gc)), 1.0);
    run(gc, BenchOutputs{}, 1.0);
    return published(gc);
}

class LpgTruth : public ::testing::TestWithParam<const char*> {};

TEST_P(LpgTruth, TheTableMatchesTheTruth) {
    Scenario s = test::scenario(GetParam());
    const LpgParams& p = std::get<LpgParams>(s.model);
    LpgSampleModel gc(p);
    EXPECT_EQ(stateOf(published(gc)), 0.0);
    Signals table = analyse(gc, units::inSeconds(p.analysisTime));
    EXPECT_EQ(stateOf(table), 2.0);
    EXPECT_EQ(table.get<units::Fraction>("analysis_count", units::fraction(0)).value(), 1.0);

    double c3c4 = 0.0, volSum = 0.0, massSum = 0.0;
    for (const auto& c : kLpgComponents) {
        double vol = percentOf(table, std::string(c.name) + "_vol");
        volSum += vol;
        massSum += percentOf(table, std::string(c.name) + "_mass");
        if (c.c3c4) c3c4 += vol;
    }
    EXPECT_NEAR(massSum, 100.0, 1e-6);
    EXPECT_NEAR(volSum, 100.0, 0.2);  // components under the detection limit read 0
    EXPECT_NEAR(percentOf(table, "dme_vol"), test::truthValue(s, "dme_fraction"),
                test::truthTolerance(s, "dme_fraction"));
    EXPECT_NEAR(c3c4, test::truthValue(s, "c3_c4_fraction"),
                test::truthTolerance(s, "c3_c4_fraction"));
    EXPECT_NEAR(percentOf(table, "c5_plus_vol"), test::truthValue(s, "c5_plus_fraction"),
                test::truthTolerance(s, "c5_plus_fraction"));
    // DME fails when detected: any reading above 0 is above the detection limit.
    bool pass = c3c4 >= 95.0 && percentOf(table, "c5_plus_vol") <= 3.0 &&
                percentOf(table, "dme_vol") == 0.0;
    EXPECT_EQ(pass, s.truth.verdict == gasbench::Verdict::pass);
}

INSTANTIATE_TEST_SUITE_P(Scenarios, LpgTruth,
                         ::testing::Values("lpg-clean", "lpg-dme", "lpg-heavy", "lpg-dme-trace"));

TEST(LpgSampleModel, MassFractionsFollowTheMolarMasses) {
    LpgParams p = std::get<LpgParams>(test::scenario("lpg-dme").model);
    p.repeatability = units::percent(0.0);
    LpgSampleModel gc(p);
    Signals t = analyse(gc, units::inSeconds(p.analysisTime));
    // DME 8 % vol, 46.069 g/mol, against the mixture's mean molar mass.
    double mean = 0.0;
    for (std::size_t i = 0; i < kLpgComponents.size(); ++i)
        mean += p.volumePercent[i] / 100.0 * kLpgComponents[i].molarMass;
    EXPECT_NEAR(percentOf(t, "dme_mass"), 8.0 * 46.069 / mean, 1e-4);
    EXPECT_NEAR(percentOf(t, "dme_vol"), 8.0, 1e-4);
}

TEST(LpgSampleModel, RepeatAnalysesDifferButTheSameScenarioRepeatsExactly) {
    LpgParams p = std::get<LpgParams>(test::scenario("lpg-clean").model);
    LpgSampleModel a(p), b(p);
    double first = percentOf(analyse(a, 120.0), "propane_vol");
    double second = percentOf(analyse(a, 120.0), "propane_vol");
    EXPECT_NE(first, second);
    EXPECT_EQ(percentOf(analyse(b, 120.0), "propane_vol"), first);
    EXPECT_EQ(published(a).get<units::Fraction>("analysis_count", units::fraction(0)).value(), 2.0);
}

TEST(LpgSampleModel, AFaultyAnalyzerEndsInStateFault) {
    LpgParams p = std::get<LpgParams>(test::scenario("lpg-clean").model);
    p.analyzerFault = true;
    LpgSampleModel gc(p);
    EXPECT_EQ(stateOf(analyse(gc, 120.0)), 3.0);
}

}  // namespace
}  // namespace gasbench::sim
