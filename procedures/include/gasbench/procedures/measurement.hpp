#pragma once
// A measurement as the lab reports it: item, value as a typed quantity, limits each optional and
// each inclusive or exclusive said out loud, clause, uncertainty and verdict. Checklist answers
// are measurements too: a state value (true = conforms) with a low limit of `true`.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gasbench/hal/clock.hpp"
#include "gasbench/hal/units.hpp"

namespace gasbench::procedures {

enum class Verdict { pass, fail, inconclusive };
std::string_view verdictName(Verdict v);

// The campaign statistics count these apart (STANDARDS.md, "structural" vs "marking").
enum class Nonconformity { structural, marking };
std::string_view nonconformityName(Nonconformity n);

struct Bound {
    units::Quantity value;
    bool inclusive = true;  // true: the bound itself conforms (<= / >=)
};

struct Limits {
    std::optional<Bound> low;
    std::optional<Bound> high;

    bool any() const { return low.has_value() || high.has_value(); }
    // pass / fail against the limits; inconclusive when there is no limit or no value.
    Verdict judge(const std::optional<units::Quantity>& value) const;
};

// How repeated trials of one item combine into the item's value and verdict.
enum class Combine {
    worstCase,  // the trial nearest to (or furthest past) a limit; the default
    mean,
};
std::string_view combineName(Combine c);

struct Measurement {
    std::string item;            // the profile item id: "closing_time"
    std::optional<int> trial;    // 1-based for one trial; empty for the item's combined value
    std::optional<units::Quantity> value;  // empty: nothing could be measured
    std::string unit;            // display unit symbol: "s", "kPa", "%"
    Limits limits;
    std::string clause;
    std::optional<units::Quantity> uncertainty;
    Verdict verdict = Verdict::inconclusive;
    std::optional<Nonconformity> nonconformity;  // checklist items: what a failure counts as
    std::string note;            // why inconclusive, what the operator entered, ...
    Nanos stamp = 0;             // bench time the value was taken
};

// Combines trials of one item (all with the same item, limits and unit). An empty list or trials
// without values give an inconclusive combined value.
Measurement combineTrials(const std::vector<Measurement>& trials, Combine how);

}  // namespace gasbench::procedures
