#pragma once
// How a measured value is judged against its limits, as the profile states it:
// - rounded to the item's reporting interval by GB/T 8170-2008 clause 3 (nearest multiple, a
//   tie to the even multiple), and compared either unrounded (全数值比较法, the default) or
//   rounded (修约值比较法), clause 4.3;
// - under the profile's decision rule (ISO/IEC 17025:2017 7.8.6, ILAC-G8:09/2019): simple
//   acceptance (4.2.1, w = 0) or guarded acceptance (4.2.2, acceptance limit = tolerance limit
//   − w, w = U or a stated w). A result inside the guard band is not a pass: it is reported as
//   not determined, saying so.

#include <optional>
#include <string>
#include <string_view>

#include "gasbench/core/limits.hpp"
#include "gasbench/core/units.hpp"
#include "gasbench/core/verdict.hpp"

namespace gasbench {

enum class Comparison {
    fullValue,     // 全数值比较法: the unrounded value against the limit
    roundedValue,  // 修约值比较法: the value rounded to the reporting interval
};
std::string_view comparisonId(Comparison c);  // "full-value", "rounded-value"
std::optional<Comparison> parseComparison(std::string_view id);

struct Rounding {
    // The reporting interval, a difference in the item's dimension (0.01 kPa, 0.1 s); none: the
    // value is shown to 4 significant digits and compared unrounded.
    std::optional<units::Quantity> interval;
    Comparison comparison = Comparison::fullValue;
};

enum class DecisionRuleKind { simple, guarded };
std::string_view decisionRuleId(DecisionRuleKind k);  // "simple", "guarded"
std::optional<DecisionRuleKind> parseDecisionRule(std::string_view id);

struct DecisionRule {
    DecisionRuleKind kind = DecisionRuleKind::simple;
    // Guarded acceptance: the stated guard band w (a difference in the item's dimension); none
    // means w = U, the result's expanded uncertainty (k = 2).
    std::optional<units::Quantity> guard;
};

// The statement a report makes of the rule, in Chinese or English.
std::string decisionRuleText(const DecisionRule& rule, bool zh);

// GB/T 8170-2008 3.2/3.3 in one: the multiple of `interval` nearest to `value`, a tie going to
// the even multiple (0.5-unit and 0.2-unit intervals are the same rule on value / interval).
// Ties are recognised within the precision of a double, so 59.95 with 0.1 is a tie.
double roundToInterval(double value, double interval);
// The digits after the decimal point a value rounded to `interval` is written with.
int decimalsOf(double interval);

struct Judgement {
    Verdict verdict = Verdict::inconclusive;
    std::string note;  // why not determined (guard band, no U for the rule, ...); empty otherwise
};

// The value rounded to the interval in `unit`, the unit it is reported in (so 0.1 degC steps
// from 0 degC, and 10 L/h steps in L/h); the value itself without an interval, or when the
// interval is of another dimension (which judge() reports).
std::optional<units::Quantity> roundedValue(const std::optional<units::Quantity>& value,
                                            const Rounding& rounding, const units::UnitSpec& unit);

// The verdict of `value` against `limits` with the rounding (in `unit`) and the rule;
// `expanded` is the result's U (k = 2), needed when the rule is guarded with w = U.
Judgement judge(const Limits& limits, const std::optional<units::Quantity>& value,
                const Rounding& rounding, const DecisionRule& rule,
                const std::optional<units::Quantity>& expanded, const units::UnitSpec& unit);

}  // namespace gasbench
