// The run's overall verdict.
#include "gasbench/procedures/run_record.hpp"

namespace gasbench::procedures {

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
