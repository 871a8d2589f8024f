// gasbench run: one procedure on one registered sample, headless. Prompts are answered at the
// terminal, or from an answers file for unattended runs; --simulate starts the simulated bench
// in-process with a scenario and wires the station to it.
#include <unistd.h>

#include <QJsonDocument>
#include <iostream>

#include "gasbench/procedures/answers_file.hpp"
#include "gasbench/station/run_json.hpp"
#include "gasbench/station/run_session.hpp"
#include "gasbench/station/run_guard.hpp"
#include "gasbench/station/station_config.hpp"
#include "gasbench/station/terminal_responder.hpp"
#include "gasbench/storage/database.hpp"
#include "progress_line.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

const char* kUsage =
    "usage: gasbench run --station FILE --procedure ID --sample CODE [--db FILE]\n"
    "                    [--profile ID --profile-reason TEXT] [--time-scale X] [--answers FILE]\n"
    "                    [--simulate SCENARIO] [--operator NAME] [--json]\n"
    "                    [--progress]\n"
    "  Runs one procedure (flame-failure, regulator-outlet-pressure, hose-leakage, lpg-dme) on a\n"
    "  registered sample. Exit 0 when the run completed, whatever its verdict; 1 when it was\n"
    "  aborted or could not run; 2 on a usage error; 3 when the bench could not be confirmed in\n"
    "  its safe state at the end (an alarm: make it safe by hand). --progress (the default on a\n"
    "  terminal) writes each step, timed wait and measurement to stderr as the run goes.\n"
    "  The sample is judged by the edition of the standard in force on its sampling date;\n"
    "  --profile names another, with --profile-reason saying why (kept with the run).\n";

int runRun(Args& args) {
    station::RunRequest req;
    req.stationFile = args.require("--station");
    req.procedureId = args.require("--procedure");
    req.sampleCode = args.require("--sample");
    auto db = args.option("--db");
    req.profileId = args.option("--profile");
    req.profileReason = args.option("--profile-reason").value_or("");
    if (!req.profileReason.empty() && !req.profileId) throw UsageError("--profile-reason goes with --profile");
    auto scale = args.option("--time-scale");
    if (scale) {
        req.timeScale = Args::toDouble("--time-scale", *scale);
        if (req.timeScale <= 0 || req.timeScale > 1000) throw UsageError("--time-scale expects 0 < X <= 1000");
    }
    auto answers = args.option("--answers");
    req.scenarioFile = args.option("--simulate");
    req.operatorName = args.option("--operator").value_or(qEnvironmentVariable("USER", "technician").toStdString());
    bool json = args.flag("--json");
    const bool progress = args.flag("--progress") || isatty(STDERR_FILENO);
    args.finish();
    // Time runs faster only on the simulated bench: in-process (--simulate) or a `gasbench sim`
    // whose station file names a simulated station (id SIM-...). Real hardware runs in real time.
    if (scale && !req.scenarioFile) {
        std::string id = station::loadStationConfig(req.stationFile).id;
        if (id.rfind("SIM", 0) != 0) {
            throw UsageError("--time-scale applies only to the simulated bench (--simulate SCENARIO, "
                             "or a station of `gasbench sim`, id SIM-...); station '" + id + "' in " +
                             req.stationFile + " is real hardware");
        }
    }
    req.fixturesDir = GASBENCH_FIXTURES_DIR;

    // The answers file is read before the database is opened: a bad one writes nothing.
    std::unique_ptr<procedures::PromptResponder> responder;
    if (answers) {
        responder = std::make_unique<procedures::AnswersFileResponder>(procedures::AnswersFileResponder::load(*answers));
    } else {
        responder = std::make_unique<station::TerminalResponder>(STDIN_FILENO, json ? std::cerr : std::cout);
    }
    station::RunGuard::installSignalHandlers();
    storage::Database database = storage::Database::open(db.value_or(storage::defaultDatabasePath()));
    station::RunHooks hooks;
    ProgressLine line(std::cerr);
    if (progress) hooks.observers.push_back(&line);
    station::RunOutcome outcome = station::runOnStation(req, database, *responder, hooks);
    if (json) {
        std::cout << QJsonDocument(station::runResultJson(outcome, req.sampleCode)).toJson().toStdString();
    } else {
        std::cout << station::runResultText(outcome, req.sampleCode);
    }
    int status = 0;
    if (outcome.record.state != gasbench::RunState::completed) {
        std::cerr << "gasbench run: the run did not complete: " << outcome.record.abortCause << '\n';
        status = 1;
    }
    if (!outcome.record.safeStateConfirmed) {
        std::cerr << "gasbench run: ALARM: the bench could not be confirmed in its safe state; make it safe by hand\n";
        status = 3;
    }
    return status;
}

}  // namespace

GASBENCH_VERB("run", "run one procedure on a registered sample", kUsage, runRun);

}  // namespace gasbench::cli
