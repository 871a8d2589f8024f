#pragma once
// Runs: one procedure on one sample at one station, from start to its end state. A run is
// written `running` when it starts and closed once (completed, aborted, interrupted); the
// schema refuses any change to a closed run.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/hal/clock.hpp"
#include "gasbench/storage/database.hpp"

namespace gasbench::storage {

using RunId = std::int64_t;

// failedToRecord: the run could not be recorded in full (a write failed for good, or readings
// could not be kept); its cause says why and what was kept.
enum class RunState { running, completed, aborted, interrupted, failedToRecord };
enum class Verdict { pass, fail, inconclusive };

std::string_view runStateId(RunState s);
std::optional<RunState> parseRunState(std::string_view id);
std::string_view verdictId(Verdict v);
std::optional<Verdict> parseVerdict(std::string_view id);

struct RunInfo {
    std::string procedureId;     // "flame-failure-closing-time"
    std::string profileId;       // the standard profile the limits come from
    std::string profileVersion;
    std::string stationId;
    std::string operatorName;
    std::string sampleCode;      // a registered sample: "C-2026-001-T"
    Nanos startStamp = 0;        // bench clock at the start: the time series' zero
    std::string stationLab;      // the station's lab details as JSON: who the report is from
};

struct RunRecord {
    RunId id = 0;
    RunInfo info;
    std::string startedAt;  // UTC
    std::optional<std::string> endedAt;
    RunState state = RunState::running;
    std::optional<Verdict> verdict;
    std::optional<std::string> abortCause;
};

// Inserts a `running` run and its event. RecordError("sample") for an unknown sample code.
RunId insertRun(Database& db, const RunInfo& info);

// Closes a running run: its state (not `running`), verdict and cause, and an event.
void closeRun(Database& db, RunId run, RunState state, std::optional<Verdict> verdict,
              const std::string& cause, const std::string& who);

std::optional<RunRecord> findRun(Database& db, RunId run);
// All runs, or those of one sample; oldest first.
std::vector<RunRecord> listRuns(Database& db, const std::optional<std::string>& sampleCode = {});

}  // namespace gasbench::storage
