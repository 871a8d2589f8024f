#pragma once
// A measurement's limits: each optional, each inclusive or exclusive said out loud, judged in SI
// and written as one line for the window, the report and the command line alike.

#include <optional>
#include <string>

#include "gasbench/core/units.hpp"
#include "gasbench/core/verdict.hpp"

namespace gasbench {

struct Limit {
    units::Quantity value;
    bool inclusive = true;  // true: the limit itself conforms (<= / >=)
};

struct Limits {
    std::optional<Limit> low;
    std::optional<Limit> high;

    bool any() const { return low.has_value() || high.has_value(); }
    // pass / fail against the limits; inconclusive when there is no limit or no value, or a
    // limit is of another dimension than the value.
    Verdict judge(const std::optional<units::Quantity>& value) const;
};

// "2.5 ≤ x ≤ 3.3 kPa", "< 60 s", "—": in `unit`, which a count or a yes/no leaves unprinted.
std::string formatLimits(const Limits& limits, const units::UnitSpec& unit);

}  // namespace gasbench
