#pragma once
// How a run ended, from the procedure's own end to what the record could keep. A procedure
// ends completed, aborted or failed-to-run; storage adds running (not closed yet), interrupted
// (found open after a crash) and failed-to-record (a write failed for good).

#include <optional>
#include <string_view>

namespace gasbench {

enum class RunState {
    running,         // opened, not closed yet
    completed,       // every step ran; the verdict is final
    aborted,         // STOP, abort, or a device lost mid-run
    failedToRun,     // could not run through: a role not wired, a prompt without an answer, ...
    interrupted,     // found still running after the controller died
    failedToRecord,  // a write failed for good, or readings could not be kept
};
std::string_view runStateId(RunState s);
std::optional<RunState> parseRunState(std::string_view id);

}  // namespace gasbench
