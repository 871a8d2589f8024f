#pragma once
// Runs: one procedure on one sample at one station, from start to its end state. A run is
// written `running` when it starts and closed once (any other RunState); the
// schema refuses any change to a closed run.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/core/clock.hpp"
#include "gasbench/core/run_state.hpp"
#include "gasbench/core/verdict.hpp"
#include "gasbench/storage/database.hpp"

namespace gasbench::storage {

using RunId = std::int64_t;

struct RunInfo {
    std::string procedureId;     // "flame-failure-closing-time"
    std::string profileId;       // the standard profile the limits come from
    int profileVersion = 0;      // the profile's version, as procedures::Profile::version
    std::string stationId;
    std::string operatorName;
    std::string sampleCode;      // a registered sample: "C-2026-001-T"
    Nanos startStamp = 0;        // bench clock at the start: the time series' zero
    std::string stationLab;      // the station's lab details as JSON: who the report is from
};

// A run as stored.
struct StoredRun {
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

std::optional<StoredRun> findRun(Database& db, RunId run);
// All runs, or those of one sample; oldest first.
std::vector<StoredRun> listRuns(Database& db, const std::optional<std::string>& sampleCode = {});

}  // namespace gasbench::storage
