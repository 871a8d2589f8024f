#include "gasbench/core/run_state.hpp"

#include <array>

namespace gasbench {
namespace {

// In the order of RunState; the database's CHECK lists the same ids.
constexpr std::array<std::string_view, 6> kStates = {"running",       "completed",   "aborted",
                                                     "failed-to-run", "interrupted", "failed-to-record"};

}  // namespace

std::string_view runStateId(RunState s) { return kStates.at(static_cast<std::size_t>(s)); }

std::optional<RunState> parseRunState(std::string_view id) {
    for (std::size_t i = 0; i < kStates.size(); ++i) {
        if (kStates[i] == id) return static_cast<RunState>(i);
    }
    return std::nullopt;
}

}  // namespace gasbench
