#pragma once
// One run from start to end, as `gasbench run`, `gasbench demo` and the desktop program do it:
// find the sample and its batch, pick the procedure and the standard profile, start the station
// (and the simulated bench, when asked), record everything, run the procedure with the safety
// interlock watching, close the run record, and leave the bench in its safe state.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/procedures/profile.hpp"
#include "gasbench/procedures/prompt.hpp"
#include "gasbench/procedures/run_observer.hpp"
#include "gasbench/procedures/run_record.hpp"
#include "gasbench/storage/database.hpp"
#include "gasbench/storage/run_records.hpp"

namespace gasbench::station {

class Station;
class InProcessSimulator;

struct RunRequest {
    std::string stationFile;
    std::string procedureId;
    std::string sampleCode;
    // Default: the procedure's profile for the category in force on the sampling date. Another
    // one needs `profileReason`, kept with the run.
    std::optional<std::string> profileId;
    std::string profileReason;
    std::string operatorName = "technician";
    double timeScale = 1.0;
    std::optional<std::string> scenarioFile;  // start the simulated bench in-process
    std::string fixturesDir;                  // standards/ and sim/ are found here
};

struct RunOutcome {
    storage::RunId runId = 0;
    procedures::RunRecord record;
    std::string stationId;
    std::string category;  // the sample's product category id
    gasbench::RunState storedState = gasbench::RunState::running;  // as the run was closed
    std::string recordingFailure;  // why it was stored failed-to-record; empty otherwise
    std::string profileChoice;     // which edition judged it and why (also the run's "profile" event)
};

// Thrown before anything is recorded: unknown sample or procedure, a procedure that does not
// apply to the sample's category, no profile for it.
class RunSetupError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct RunHooks {
    // Once the station runs, before the procedure starts (tests press STOP from here). The
    // simulator is null unless the request named a scenario.
    std::function<void(Station&, std::stop_source, InProcessSimulator*)> started;
    // After the run is closed and the station stopped, while the simulator still serves (tests
    // look at its outputs here).
    std::function<void(InProcessSimulator*)> finished;
    // Just before the Station is destroyed, on every path (a run that throws too): whoever
    // keeps a pointer to it from `started` drops it here. Must not throw.
    std::function<void()> stationGone;
    // Who watches the run as it goes (the window's console, the command line's progress): after
    // the run guard and the recorder, on the run's thread, so they see only what was kept.
    std::vector<procedures::RunObserver*> observers;
};

RunOutcome runOnStation(const RunRequest& request, storage::Database& db,
                        procedures::PromptResponder& responder, const RunHooks& hooks = {});

struct ProfileChoice {
    procedures::Profile profile;
    std::string why;
};

// The profile a run of the procedure uses for a sample of `category` sampled on `samplingDate`:
// the edition in force that day, or the `named` one with a reason when it is another.
// RunSetupError when none is in force, the named one is unknown, or the reason is missing.
ProfileChoice chooseProfile(const std::string& procedureId, const std::string& category,
                            const std::string& samplingDate, const std::optional<std::string>& named,
                            const std::string& reason, const std::string& fixturesDir);

}  // namespace gasbench::station
