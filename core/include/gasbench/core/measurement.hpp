#pragma once
// A measurement as the lab reports it, the same from the procedure's step to the stored row and
// the report: item, value as a typed quantity, limits, clause, uncertainty, verdict and the
// bench time it was taken. Checklist answers are measurements too: a state value
// (true = conforms) with a low limit of `true`.

#include <optional>
#include <string>

#include "gasbench/core/clock.hpp"
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
    std::optional<units::Quantity> uncertainty;  // a difference: scaled, never offset
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

}  // namespace gasbench
