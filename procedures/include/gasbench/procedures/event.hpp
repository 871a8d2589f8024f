#pragma once
// Something that happened during a run, kept with it: a step began, the operator skipped a
// prompt, the analyzer's raw table, the abort cause.

#include <string>

#include "gasbench/core/clock.hpp"

namespace gasbench::procedures {

struct Event {
    Nanos stamp = 0;    // bench time
    std::string kind;   // "step", "prompt", "analyzer-table", "abort", "note"
    std::string text;   // human-readable; for "analyzer-table" a JSON object
};

}  // namespace gasbench::procedures
