// Limits and verdicts: inclusive/exclusive, one-sided, missing limit or value, worst-case trials.
#include "gasbench/procedures/measurement.hpp"

#include <gtest/gtest.h>

#include "gasbench/procedures/run_record.hpp"

namespace gp = gasbench::procedures;
namespace u = gasbench::units;
using gasbench::Verdict;

namespace {

gasbench::Limits band(double low, bool lowInc, double high, bool highInc) {
    gasbench::Limits l;
    l.low = gasbench::Limit{u::kPa(low), lowInc};
    l.high = gasbench::Limit{u::kPa(high), highInc};
    return l;
}

gasbench::Limits atMost(double seconds, bool inclusive = true) {
    gasbench::Limits l;
    l.high = gasbench::Limit{u::seconds(seconds), inclusive};
    return l;
}

gasbench::Measurement trial(int n, double seconds, const gasbench::Limits& limits) {
    gasbench::Measurement m;
    m.item = "closing_time";
    m.trial = n;
    m.value = u::seconds(seconds);
    m.limits = limits;
    m.verdict = limits.judge(m.value);
    return m;
}

}  // namespace

TEST(Limits, InclusiveBoundConformsExclusiveDoesNot) {
    EXPECT_EQ(band(2.3, true, 3.3, true).judge(u::kPa(2.3)), Verdict::pass);
    EXPECT_EQ(band(2.3, true, 3.3, true).judge(u::kPa(3.3)), Verdict::pass);
    EXPECT_EQ(band(2.3, false, 3.3, true).judge(u::kPa(2.3)), Verdict::fail);
    EXPECT_EQ(band(2.3, true, 3.3, false).judge(u::kPa(3.3)), Verdict::fail);
    EXPECT_EQ(band(2.3, true, 3.3, true).judge(u::kPa(3.31)), Verdict::fail);
    EXPECT_EQ(band(2.3, true, 3.3, true).judge(u::kPa(2.29)), Verdict::fail);
}

TEST(Limits, OneSided) {
    EXPECT_EQ(atMost(60).judge(u::seconds(59.9)), Verdict::pass);
    EXPECT_EQ(atMost(60).judge(u::seconds(60.0)), Verdict::pass);
    EXPECT_EQ(atMost(60).judge(u::seconds(60.1)), Verdict::fail);
    EXPECT_EQ(atMost(60, false).judge(u::seconds(60.0)), Verdict::fail);
    gasbench::Limits atLeast;
    atLeast.low = gasbench::Limit{u::percent(95), true};
    EXPECT_EQ(atLeast.judge(u::percent(96)), Verdict::pass);
    EXPECT_EQ(atLeast.judge(u::percent(94.9)), Verdict::fail);
}

TEST(Limits, NoLimitOrNoValueIsInconclusiveNeverPass) {
    EXPECT_EQ(gasbench::Limits{}.judge(u::seconds(1)), Verdict::inconclusive);
    EXPECT_EQ(atMost(60).judge(std::nullopt), Verdict::inconclusive);
}

TEST(Limits, ALimitOfAnotherDimensionNeverPasses) {
    EXPECT_EQ(atMost(60).judge(u::kPa(1)), Verdict::inconclusive);
}

TEST(Limits, ChecklistAnswerIsAStateAgainstTrue) {
    gasbench::Limits mustConform;
    mustConform.low = gasbench::Limit{u::Quantity{true}, true};
    EXPECT_EQ(mustConform.judge(u::Quantity{true}), Verdict::pass);
    EXPECT_EQ(mustConform.judge(u::Quantity{false}), Verdict::fail);
}

TEST(CombineTrials, WorstCaseTakesTheTrialNearestTheLimit) {
    const auto l = atMost(60);
    const auto c = gp::combineTrials({trial(1, 41, l), trial(2, 58, l), trial(3, 44, l)},
                                     gp::Combine::worstCase);
    EXPECT_DOUBLE_EQ(u::siValue(*c.value), 58.0);
    EXPECT_EQ(c.verdict, Verdict::pass);
    EXPECT_FALSE(c.trial.has_value());
}

TEST(CombineTrials, OneFailingTrialFailsTheItem) {
    const auto l = atMost(60);
    const auto c = gp::combineTrials({trial(1, 41, l), trial(2, 61, l), trial(3, 44, l)},
                                     gp::Combine::worstCase);
    EXPECT_DOUBLE_EQ(u::siValue(*c.value), 61.0);
    EXPECT_EQ(c.verdict, Verdict::fail);
}

TEST(CombineTrials, WorstCaseOfABandIsTheSmallestMargin) {
    const auto l = band(2.3, true, 3.3, true);
    std::vector<gasbench::Measurement> ts;
    for (double v : {2.8, 2.35, 3.2}) {
        gasbench::Measurement m;
        m.item = "lock_up_pressure";
        m.trial = static_cast<int>(ts.size()) + 1;
        m.value = u::kPa(v);
        m.limits = l;
        ts.push_back(m);
    }
    const auto c = gp::combineTrials(ts, gp::Combine::worstCase);
    EXPECT_NEAR(u::inKPa(std::get<u::Pressure>(*c.value)), 2.35, 1e-9);
}

TEST(CombineTrials, MeanWhenTheProfileSaysSo) {
    const auto l = atMost(60);
    const auto c = gp::combineTrials({trial(1, 40, l), trial(2, 50, l), trial(3, 60, l)},
                                     gp::Combine::mean);
    EXPECT_DOUBLE_EQ(u::siValue(*c.value), 50.0);
    EXPECT_EQ(c.verdict, Verdict::pass);
}

TEST(CombineTrials, ATrialWithoutValueLeavesTheItemInconclusive) {
    const auto l = atMost(60);
    auto missing = trial(2, 0, l);
    missing.value.reset();
    const auto c = gp::combineTrials({trial(1, 41, l), missing}, gp::Combine::worstCase);
    EXPECT_EQ(c.verdict, Verdict::inconclusive);
    EXPECT_FALSE(c.value.has_value());
}

TEST(CombineTrials, WithoutLimitsNeverPass) {
    const auto c = gp::combineTrials({trial(1, 41, {}), trial(2, 45, {})}, gp::Combine::worstCase);
    EXPECT_EQ(c.verdict, Verdict::inconclusive);
    EXPECT_DOUBLE_EQ(u::siValue(*c.value), 45.0);
}

TEST(OverallVerdict, FailBeatsInconclusiveBeatsPass) {
    gasbench::Measurement pass, fail, inc;
    pass.verdict = Verdict::pass;
    fail.verdict = Verdict::fail;
    inc.verdict = Verdict::inconclusive;
    EXPECT_EQ(gp::overallVerdict({pass, pass}), Verdict::pass);
    EXPECT_EQ(gp::overallVerdict({pass, inc}), Verdict::inconclusive);
    EXPECT_EQ(gp::overallVerdict({inc, fail, pass}), Verdict::fail);
    EXPECT_EQ(gp::overallVerdict({}), Verdict::inconclusive);
}

// The item stands on its worst trial: it carries that trial's U, and a guard band judges the
// combined value with it. Before, the first trial's U went with whichever trial was worst.
TEST(CombineTrials, WorstCaseCarriesTheWorstTrialsUncertaintyIntoTheGuardBand) {
    const auto l = atMost(60);
    auto guarded = [&](int n, double seconds, double U) {
        gasbench::Measurement m = trial(n, seconds, l);
        m.unit = "s";
        m.uncertainty = u::seconds(U);
        m.rule = {gasbench::DecisionRuleKind::guarded, std::nullopt};
        m.verdict = gasbench::judged(m).verdict;
        return m;
    };
    const auto c = gp::combineTrials({guarded(1, 41, 0.2), guarded(2, 59.5, 0.8), guarded(3, 44, 0.2)},
                                     gp::Combine::worstCase);
    ASSERT_TRUE(c.uncertainty);
    EXPECT_DOUBLE_EQ(u::siValue(*c.uncertainty), 0.8);
    // 59.5 s with U = 0.8 s is inside the guard band of "≤ 60 s": not a pass.
    EXPECT_EQ(c.verdict, Verdict::inconclusive) << c.note;
    EXPECT_NE(c.note.find("guard band"), std::string::npos) << c.note;
}
