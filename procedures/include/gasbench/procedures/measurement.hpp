#pragma once
// How repeated trials of one item combine into the item's value and verdict. The measurement
// itself, its limits and verdict are the run's vocabulary in core/.

#include <string_view>
#include <vector>

#include "gasbench/core/measurement.hpp"

namespace gasbench::procedures {

enum class Combine {
    worstCase,  // the trial nearest to (or furthest past) a limit; the default
    mean,
};
std::string_view combineName(Combine c);

// Combines trials of one item (all with the same item, limits and unit). An empty list or trials
// without values give an inconclusive combined value.
Measurement combineTrials(const std::vector<Measurement>& trials, Combine how);

}  // namespace gasbench::procedures
