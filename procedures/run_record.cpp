// The run's overall verdict and the names of its states.
#include "gasbench/procedures/run_record.hpp"

namespace gasbench::procedures {

std::string_view runStateName(RunState s) {
    switch (s) {
        case RunState::completed: return "completed";
        case RunState::aborted: return "aborted";
        case RunState::failedToRun: return "failed-to-run";
    }
    return "?";
}

Verdict overallVerdict(const std::vector<Measurement>& measurements) {
    if (measurements.empty()) return Verdict::inconclusive;
    bool inconclusive = false;
    for (const auto& m : measurements) {
        if (m.verdict == Verdict::fail) return Verdict::fail;
        if (m.verdict == Verdict::inconclusive) inconclusive = true;
    }
    return inconclusive ? Verdict::inconclusive : Verdict::pass;
}

}  // namespace gasbench::procedures
