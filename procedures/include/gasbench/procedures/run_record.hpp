#pragma once
// The result of one run as plain data, handed to the observers (RunObserver::ended) and to the
// CLI's JSON and the report, which know nothing of the engine.

#include <string>
#include <string_view>
#include <vector>

#include "gasbench/core/clock.hpp"
#include "gasbench/core/run_state.hpp"
#include "gasbench/procedures/event.hpp"
#include "gasbench/procedures/measurement.hpp"

namespace gasbench::procedures {

struct RunRecord {
    std::string procedure;  // "flame-failure"
    std::string profileId;  // "gb-16410-2020"
    int profileVersion = 0;
    std::string standard;   // "GB 16410-2020"
    RunState state = RunState::failedToRun;  // completed, aborted or failedToRun
    Verdict verdict = Verdict::inconclusive;
    // Trials one by one (trial set) and each item's combined value (trial empty).
    std::vector<Measurement> measurements;
    std::vector<Event> events;
    std::string abortCause;  // why aborted or failed to run; empty when completed
    bool safeStateConfirmed = true;  // false: the end's safe state was not confirmed (an alarm)
    Nanos started = 0;
    Nanos ended = 0;
};

// fail if any item fails; else inconclusive if any is inconclusive (or none was measured); else
// pass.
Verdict overallVerdict(const std::vector<Measurement>& measurements);

}  // namespace gasbench::procedures
