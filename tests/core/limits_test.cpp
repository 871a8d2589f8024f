// One way to write a measurement's limits, for the window, the report and the CLI. Before, the
// report wrote a two-sided limit "2.5 ~ 3.3 kPa" whatever its inclusivity, while the window
// wrote "2.5 < x ≤ 3.3 kPa" for the same measurement.
#include "gasbench/core/limits.hpp"

#include <gtest/gtest.h>

#include "gasbench/core/measurement.hpp"
#include "gasbench/core/run_state.hpp"

namespace gasbench {
namespace {

// A measurement reported in `unit` with limits given as numbers in that unit.
Measurement withLimits(std::optional<double> low, bool lowInclusive, std::optional<double> high,
                       bool highInclusive, std::string unit = "kPa") {
    Measurement m;
    m.unit = std::move(unit);
    units::UnitSpec spec;
    EXPECT_TRUE(units::parseUnit(m.unit, spec)) << m.unit;
    if (low) m.limits.low = Limit{spec.toQuantity(*low), lowInclusive};
    if (high) m.limits.high = Limit{spec.toQuantity(*high), highInclusive};
    return m;
}

TEST(LimitsText, TwoSidedKeepsTheInclusivityOfEachSide) {
    EXPECT_EQ(limitsText(withLimits(2.5, true, 3.3, true)), "2.5 ≤ x ≤ 3.3 kPa");
    EXPECT_EQ(limitsText(withLimits(2.5, false, 3.3, true)), "2.5 < x ≤ 3.3 kPa");
    EXPECT_EQ(limitsText(withLimits(2.5, true, 3.3, false)), "2.5 ≤ x < 3.3 kPa");
}

TEST(LimitsText, OneSidedAndNone) {
    EXPECT_EQ(limitsText(withLimits(std::nullopt, true, 60, true, "s")), "≤ 60 s");
    EXPECT_EQ(limitsText(withLimits(std::nullopt, true, 60, false, "s")), "< 60 s");
    EXPECT_EQ(limitsText(withLimits(0.5, false, std::nullopt, true, "kPa")), "> 0.5 kPa");
    EXPECT_EQ(limitsText(withLimits(3, true, std::nullopt, true, "1")), "≥ 3");
    EXPECT_EQ(limitsText(withLimits(std::nullopt, true, std::nullopt, true)), "—");
}

TEST(LimitsText, NumbersAreNotRoundedToFourFigures) {
    // The report used four significant figures: a 1234.5 Pa limit printed as 1235.
    EXPECT_EQ(limitsText(withLimits(std::nullopt, true, 1234.5, true, "Pa")), "≤ 1234.5 Pa");
}

TEST(LimitsText, ALimitIsWrittenInTheUnitTheResultIsReportedIn) {
    // The profile may state a limit in Pa while the result is reported in kPa.
    Measurement m;
    m.unit = "kPa";
    m.limits.high = Limit{units::Pa(3300), true};
    EXPECT_EQ(limitsText(m), "≤ 3.3 kPa");
    m.unit = "degC";
    m.limits.high = Limit{units::celsius(80), false};
    EXPECT_EQ(limitsText(m), "< 80 degC");
}

TEST(LimitsJudge, EachSideInclusiveOrNot) {
    Limits l;
    l.low = Limit{units::kPa(2.5), true};
    l.high = Limit{units::kPa(3.3), false};
    EXPECT_EQ(l.judge(units::kPa(2.5)), Verdict::pass);
    EXPECT_EQ(l.judge(units::kPa(3.3)), Verdict::fail);
    EXPECT_EQ(l.judge(units::Quantity{units::seconds(3)}), Verdict::inconclusive);
    EXPECT_EQ(l.judge(std::nullopt), Verdict::inconclusive);
}

TEST(VocabularyIds, RoundTripAndRefuseTheUnknown) {
    for (auto v : {Verdict::pass, Verdict::fail, Verdict::inconclusive}) EXPECT_EQ(parseVerdict(verdictId(v)), v);
    for (auto s : {RunState::running, RunState::completed, RunState::aborted, RunState::failedToRun,
                   RunState::interrupted, RunState::failedToRecord}) {
        EXPECT_EQ(parseRunState(runStateId(s)), s);
    }
    EXPECT_EQ(runStateId(RunState::failedToRun), "failed-to-run");
    EXPECT_EQ(parseNonconformity("marking"), Nonconformity::marking);
    EXPECT_FALSE(parseVerdict("passed").has_value());
    EXPECT_FALSE(parseRunState("done").has_value());
}

}  // namespace
}  // namespace gasbench
