#include "gasbench/core/run_state.hpp"

#include <array>

#include "id_table.hpp"

namespace gasbench {
namespace {

// In the order of RunState; the database's CHECK lists the same ids.
constexpr std::array<std::string_view, 6> kStates = {"running",       "completed",   "aborted",
                                                     "failed-to-run", "interrupted", "failed-to-record"};

}  // namespace

std::string_view runStateId(RunState s) { return detail::idOf(kStates, s); }

std::optional<RunState> parseRunState(std::string_view id) { return detail::parseId<RunState>(kStates, id); }

}  // namespace gasbench
