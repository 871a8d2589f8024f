// Rounding by GB/T 8170-2008 and judging under a decision rule (ILAC-G8:09/2019). Before, a
// bare value was compared with a bare limit: no reporting interval, no comparison method, no
// guard band, and the report showed 4 significant digits whatever the item's resolution.
#include "gasbench/core/judgement.hpp"

#include <gtest/gtest.h>

#include <map>

#include "gasbench/core/measurement.hpp"

namespace gasbench {
namespace {

Limits atMost(double seconds, bool inclusive = true) {
    Limits l;
    l.high = Limit{units::seconds(seconds), inclusive};
    return l;
}

Limits band(double lowKPa, double highKPa) {
    Limits l;
    l.low = Limit{units::kPa(lowKPa), true};
    l.high = Limit{units::kPa(highKPa), true};
    return l;
}

Rounding everySeconds(double interval, Comparison c) { return {units::seconds(interval), c}; }

const units::UnitSpec& unitOf(const char* symbol) {
    static std::map<std::string, units::UnitSpec> known;
    units::UnitSpec& u = known[symbol];
    EXPECT_TRUE(units::parseUnit(symbol, u)) << symbol;
    return u;
}

Verdict verdictOf(const Limits& l, double seconds, const Rounding& r) {
    return judge(l, units::seconds(seconds), r, {}, std::nullopt, unitOf("s")).verdict;
}

Judgement inKPa(const Limits& l, double kPa, const Rounding& r, const DecisionRule& rule,
                std::optional<double> expandedKPa) {
    std::optional<units::Quantity> U;
    if (expandedKPa) U = units::kPa(*expandedKPa);
    return judge(l, units::kPa(kPa), r, rule, U, unitOf("kPa"));
}

TEST(RoundToInterval, NearestMultipleAndTiesToEven) {
    EXPECT_DOUBLE_EQ(roundToInterval(59.96, 1), 60);
    EXPECT_NEAR(roundToInterval(59.96, 0.1), 60.0, 1e-12);
    EXPECT_NEAR(roundToInterval(59.94, 0.1), 59.9, 1e-12);
    // GB/T 8170-2008 3.2.3/3.2.4: a 5 with nothing after it goes to the even digit.
    EXPECT_NEAR(roundToInterval(59.95, 0.1), 60.0, 1e-12);
    EXPECT_NEAR(roundToInterval(59.85, 0.1), 59.8, 1e-12);
    EXPECT_NEAR(roundToInterval(2.345, 0.01), 2.34, 1e-12);
    EXPECT_NEAR(roundToInterval(2.355, 0.01), 2.36, 1e-12);
    EXPECT_NEAR(roundToInterval(2.3451, 0.01), 2.35, 1e-12);  // more than half goes up
    // Negative values: the absolute value is rounded, the sign kept.
    EXPECT_DOUBLE_EQ(roundToInterval(-2.5, 1), -2);
    EXPECT_DOUBLE_EQ(roundToInterval(-3.5, 1), -4);
    // 0.5-unit rounding (3.4.1: double, round, halve): 60.25 -> 60.0, 60.75 -> 61.0.
    EXPECT_DOUBLE_EQ(roundToInterval(60.25, 0.5), 60.0);
    EXPECT_DOUBLE_EQ(roundToInterval(60.75, 0.5), 61.0);
    EXPECT_DOUBLE_EQ(roundToInterval(60.3, 0.5), 60.5);
    // 0.2-unit rounding (3.4.2: five times, round, fifth): the GB/T example 842 to 20 units.
    EXPECT_DOUBLE_EQ(roundToInterval(842, 20), 840);
    EXPECT_DOUBLE_EQ(roundToInterval(850, 20), 840);
    EXPECT_DOUBLE_EQ(roundToInterval(870, 20), 880);
    // The decimal a decimal interval gives: 330 steps of 0.01 are 3.3, not 3.3000000000000003.
    EXPECT_EQ(roundToInterval(59.96, 0.1), 60.0);
    EXPECT_EQ(roundToInterval(3.296, 0.01), 3.3);
}

TEST(RoundToInterval, DigitsOfTheInterval) {
    EXPECT_EQ(decimalsOf(1), 0);
    EXPECT_EQ(decimalsOf(5), 0);
    EXPECT_EQ(decimalsOf(0.1), 1);
    EXPECT_EQ(decimalsOf(0.5), 1);
    EXPECT_EQ(decimalsOf(0.01), 2);
    EXPECT_EQ(decimalsOf(0.25), 2);
}

// The case: 59.96 s against "≤ 60 s" conforms under both comparison methods.
TEST(Comparison, At59_96AgainstAtMost60BothMethodsPass) {
    EXPECT_EQ(verdictOf(atMost(60), 59.96, everySeconds(1, Comparison::fullValue)), Verdict::pass);
    EXPECT_EQ(verdictOf(atMost(60), 59.96, everySeconds(1, Comparison::roundedValue)), Verdict::pass);
    EXPECT_EQ(verdictOf(atMost(60), 59.96, everySeconds(0.1, Comparison::roundedValue)),
              Verdict::pass);
}

// Where the methods part: just above an inclusive limit, and just below an exclusive one.
TEST(Comparison, TheMethodsPartAtTheLimit) {
    EXPECT_EQ(verdictOf(atMost(60), 60.04, everySeconds(0.1, Comparison::fullValue)), Verdict::fail);
    EXPECT_EQ(verdictOf(atMost(60), 60.04, everySeconds(0.1, Comparison::roundedValue)),
              Verdict::pass);
    EXPECT_EQ(verdictOf(atMost(60, false), 59.96, everySeconds(0.1, Comparison::fullValue)),
              Verdict::pass);
    EXPECT_EQ(verdictOf(atMost(60, false), 59.96, everySeconds(0.1, Comparison::roundedValue)),
              Verdict::fail);
    // The tie rule decides the rounded comparison: 60.05 -> 60.0 conforms, 60.15 -> 60.2 not.
    EXPECT_EQ(verdictOf(atMost(60), 60.05, everySeconds(0.1, Comparison::roundedValue)),
              Verdict::pass);
    EXPECT_EQ(verdictOf(atMost(60.1), 60.15, everySeconds(0.1, Comparison::roundedValue)),
              Verdict::fail);
}

TEST(Comparison, AnIntervalOfAnotherDimensionIsNeverAPass) {
    const Judgement j =
        judge(atMost(60), units::seconds(10), {units::kPa(0.1)}, {}, std::nullopt, unitOf("s"));
    EXPECT_EQ(j.verdict, Verdict::inconclusive);
    EXPECT_NE(j.note.find("dimension"), std::string::npos) << j.note;
}

TEST(Comparison, TemperaturesRoundInCelsius) {
    const Rounding r{units::fromSi(units::Dimension::temperature, 0.1), Comparison::fullValue};
    const auto rounded = roundedValue(units::Quantity{units::celsius(20.25)}, r, unitOf("degC"));
    ASSERT_TRUE(rounded);
    EXPECT_NEAR(units::siValue(*rounded) - 273.15, 20.2, 1e-9);
}

TEST(Comparison, FlowsRoundInTheirOwnUnit) {
    const Rounding r{units::litresPerHour(10), Comparison::roundedValue};
    const auto rounded = roundedValue(units::Quantity{units::litresPerHour(1234.5)}, r, unitOf("L/h"));
    ASSERT_TRUE(rounded);
    EXPECT_NEAR(units::inLitresPerHour(std::get<units::VolumeFlow>(*rounded)), 1230.0, 1e-9);
}

// A value rounded onto an inclusive limit read from a profile meets it, whatever the binary.
TEST(Comparison, ARoundedValueOnTheLimitIsOnIt) {
    const Rounding r{units::kPa(0.01), Comparison::roundedValue};
    EXPECT_EQ(inKPa(band(2.3, 3.3), 3.304, r, {}, std::nullopt).verdict, Verdict::pass);
    EXPECT_EQ(inKPa(band(2.3, 3.3), 2.296, r, {}, std::nullopt).verdict, Verdict::pass);
    EXPECT_EQ(inKPa(band(2.3, 3.3), 3.306, r, {}, std::nullopt).verdict, Verdict::fail);
}

// 330 steps of 0.01 kPa computed in binary are 3300.0000000000005 Pa: on the 3.30 kPa limit,
// not above it (before, an inclusive limit failed it); an exclusive one still excludes it.
TEST(Comparison, AValueTheWidthOfADoublesRoundingFromALimitIsOnIt) {
    const double onTheLimit = 330 * 0.01;
    ASSERT_GT(units::siValue(units::Quantity{units::kPa(onTheLimit)}), 3300.0);
    Limits inclusive;
    inclusive.high = Limit{units::kPa(3.3), true};
    EXPECT_EQ(inclusive.judge(units::kPa(onTheLimit)), Verdict::pass);
    Limits exclusive;
    exclusive.high = Limit{units::kPa(3.3), false};
    EXPECT_EQ(exclusive.judge(units::kPa(onTheLimit)), Verdict::fail);
    EXPECT_EQ(inclusive.judge(units::kPa(3.3001)), Verdict::fail);
}

TEST(DecisionRule, SimpleAcceptanceIgnoresU) {
    const Judgement j = inKPa(band(2.3, 3.3), 3.29, {}, {}, 0.05);
    EXPECT_EQ(j.verdict, Verdict::pass);
}

// Guarded acceptance with w = U = 0.05 kPa on 2.3 ≤ x ≤ 3.3 kPa: accepted inside 2.35–3.25.
TEST(DecisionRule, GuardedAcceptanceWithWEqualU) {
    const DecisionRule rule{DecisionRuleKind::guarded, std::nullopt};
    const std::optional<double> U = 0.05;
    EXPECT_EQ(inKPa(band(2.3, 3.3), 3.24, {}, rule, U).verdict, Verdict::pass);
    EXPECT_EQ(inKPa(band(2.3, 3.3), 3.25, {}, rule, U).verdict, Verdict::pass);
    const Judgement inBand = inKPa(band(2.3, 3.3), 3.27, {}, rule, U);
    EXPECT_EQ(inBand.verdict, Verdict::inconclusive);
    EXPECT_NE(inBand.note.find("guard band"), std::string::npos) << inBand.note;
    EXPECT_EQ(inKPa(band(2.3, 3.3), 2.33, {}, rule, U).verdict, Verdict::inconclusive);
    EXPECT_EQ(inKPa(band(2.3, 3.3), 2.36, {}, rule, U).verdict, Verdict::pass);
    EXPECT_EQ(inKPa(band(2.3, 3.3), 3.31, {}, rule, U).verdict, Verdict::fail);
}

TEST(DecisionRule, GuardedAcceptanceWithAStatedW) {
    const DecisionRule rule{DecisionRuleKind::guarded, units::kPa(0.02)};
    EXPECT_EQ(inKPa(band(2.3, 3.3), 3.27, {}, rule, std::nullopt).verdict, Verdict::pass);
    EXPECT_EQ(inKPa(band(2.3, 3.3), 3.29, {}, rule, std::nullopt).verdict,
              Verdict::inconclusive);
}

TEST(DecisionRule, GuardedWithoutUIsNotDetermined) {
    const DecisionRule rule{DecisionRuleKind::guarded, std::nullopt};
    const Judgement j = inKPa(band(2.3, 3.3), 2.8, {}, rule, std::nullopt);
    EXPECT_EQ(j.verdict, Verdict::inconclusive);
    EXPECT_NE(j.note.find("expanded uncertainty"), std::string::npos) << j.note;
}

// Rounded first, then guarded: 3.254 rounds (0.01, rounded-value) to 3.25, inside the band's edge.
TEST(DecisionRule, GuardAppliesToTheComparedValue) {
    const DecisionRule rule{DecisionRuleKind::guarded, std::nullopt};
    const Rounding r{units::kPa(0.01), Comparison::roundedValue};
    EXPECT_EQ(inKPa(band(2.3, 3.3), 3.254, r, rule, 0.05).verdict,
              Verdict::pass);
    EXPECT_EQ(inKPa(band(2.3, 3.3), 3.256, r, rule, 0.05).verdict,
              Verdict::inconclusive);
}

TEST(DecisionRule, TheStatementNamesTheRule) {
    EXPECT_NE(decisionRuleText({}, true).find("简单接受"), std::string::npos);
    EXPECT_NE(decisionRuleText({}, false).find("4.2.1"), std::string::npos);
    const DecisionRule guarded{DecisionRuleKind::guarded, std::nullopt};
    EXPECT_NE(decisionRuleText(guarded, true).find("防护接受"), std::string::npos);
    EXPECT_NE(decisionRuleText(guarded, false).find("w = U"), std::string::npos);
}

Measurement timed(double seconds, const Limits& l, Rounding r) {
    Measurement m;
    m.unit = "s";
    m.value = units::seconds(seconds);
    m.limits = l;
    m.rounding = r;
    m.verdict = judged(m).verdict;
    return m;
}

TEST(ShownNumber, RoundedToTheIntervalWithItsDigits) {
    EXPECT_EQ(shownNumber(timed(59.96, atMost(60), everySeconds(0.1, Comparison::fullValue))), "60.0");
    EXPECT_EQ(shownNumber(timed(42.0, atMost(60), everySeconds(0.1, Comparison::fullValue))), "42.0");
    EXPECT_EQ(shownNumber(timed(42.04, atMost(60), {})), "42.04");
}

// Full-value comparison where the rounded number would mislead: GB/T 8170-2008 3.3.1's marks.
TEST(ShownNumber, FullValueMarksWhereTheRoundedNumberWouldBeJudgedOtherwise) {
    const Measurement over = timed(60.04, atMost(60), everySeconds(0.1, Comparison::fullValue));
    EXPECT_EQ(over.verdict, Verdict::fail);
    EXPECT_EQ(shownNumber(over), "60.0(+)");
    const Measurement under = timed(59.96, atMost(60, false), everySeconds(0.1, Comparison::fullValue));
    EXPECT_EQ(under.verdict, Verdict::pass);
    EXPECT_EQ(shownNumber(under), "60.0(−)");
    // Rounded-value comparison judges the number shown: no mark.
    EXPECT_EQ(shownNumber(timed(60.04, atMost(60), everySeconds(0.1, Comparison::roundedValue))),
              "60.0");
}

TEST(ShownNumber, UncertaintyRoundedUp) {
    Measurement m = timed(2.0, {}, {});
    m.unit = "kPa";
    m.value = units::kPa(2.81);
    m.uncertainty = units::kPa(0.0432);
    EXPECT_EQ(shownUncertainty(m), "0.043");
    m.rounding = {units::kPa(0.01), Comparison::fullValue};
    EXPECT_EQ(shownUncertainty(m), "0.05");
    m.uncertainty = units::kPa(0.04);
    EXPECT_EQ(shownUncertainty(m), "0.04");
}

}  // namespace
}  // namespace gasbench
