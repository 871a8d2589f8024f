#pragma once
// A measurement as the lab reports it, the same from the procedure's step to the stored row and
// the report: item, value as a typed quantity, limits, clause, uncertainty, verdict and the
// bench time it was taken, with how it is rounded and the decision rule it is judged by.
// Checklist answers are measurements too: a state value (true = conforms) with a low limit of
// `true`.

#include <optional>
#include <string>

#include "gasbench/core/clock.hpp"
#include "gasbench/core/judgement.hpp"
#include "gasbench/core/limits.hpp"
#include "gasbench/core/units.hpp"
#include "gasbench/core/verdict.hpp"

namespace gasbench {

struct Measurement {
    std::string item;            // the profile item id: "closing_time"
    std::optional<int> trial;    // 1-based for one trial; empty for the item's combined value
    std::optional<units::Quantity> value;  // empty: nothing could be measured
    std::string unit;            // the unit it is reported in: "s", "kPa", "%"; empty: the
                                 // dimension's display unit
    Limits limits;
    std::string clause;
    // The expanded uncertainty U (k = 2): a difference, scaled, never offset.
    std::optional<units::Quantity> uncertainty;
    Rounding rounding;   // the reporting interval and the comparison method (GB/T 8170)
    DecisionRule rule;   // simple or guarded acceptance
    Verdict verdict = Verdict::inconclusive;
    std::optional<Nonconformity> nonconformity;  // checklist items: what a failure counts as
    std::string note;            // why inconclusive, what the operator entered, ...
    Nanos stamp = 0;             // bench time the value was taken
};

// The unit `m` is reported in: its own, else the display unit of its value's dimension, else
// "1". Empty optional for a symbol parseUnit does not know.
std::optional<units::UnitSpec> reportedUnit(const Measurement& m);

// The measurement's limits in its reported unit (formatLimits), "—" without limits.
std::string limitsText(const Measurement& m);

// The value as a number in the reported unit; empty with no value or an unknown unit.
std::optional<double> reportedValue(const Measurement& m);

// The measurement's verdict from its value, limits, rounding, rule and U.
Judgement judged(const Measurement& m);

// The number a report, the window and the command line show: rounded to the reporting
// interval with its digits (4 significant digits without one). With full-value comparison,
// where the rounded number alone would be judged otherwise, it carries GB/T 8170's mark:
// "60(+)" for a value rounded down, "60(−)" for one rounded up. Empty with no value.
std::string shownNumber(const Measurement& m);
// U in the reported unit, rounded up to the value's interval (2 significant digits without
// one); empty without U.
std::string shownUncertainty(const Measurement& m);

}  // namespace gasbench
