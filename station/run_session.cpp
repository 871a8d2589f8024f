#include "gasbench/station/run_session.hpp"

#include <QFileInfo>
#include <algorithm>
#include <cctype>
#include <mutex>

#include "gasbench/procedures/engine.hpp"
#include "gasbench/procedures/profile.hpp"
#include "gasbench/procedures/registry.hpp"
#include "gasbench/station/in_process_simulator.hpp"
#include "gasbench/station/lab_details_json.hpp"
#include "gasbench/station/recorder_observer.hpp"
#include "gasbench/station/run_guard.hpp"
#include "gasbench/station/station.hpp"
#include "gasbench/station/station_bench.hpp"
#include "gasbench/storage/measurement_record.hpp"
#include "gasbench/storage/product_category.hpp"
#include "gasbench/storage/run_recorder.hpp"
#include "gasbench/storage/sampling_batch.hpp"
#include "gasbench/storage/storage_error.hpp"
#include "gasbench/procedures/edition_in_force.hpp"

namespace gasbench::station {
namespace {

storage::SamplingBatch batchOfSample(storage::Database& db, const storage::Sample& sample) {
    for (auto& batch : storage::listSamplingBatches(db)) {
        if (batch.id == sample.batchId) return batch;
    }
    throw RunSetupError("sample " + sample.code + " belongs to no registered batch");
}

procedures::Profile findProfile(const std::string& id, const std::string& fixturesDir) {
    for (auto& p : procedures::loadProfiles(fixturesDir + "/standards")) {
        if (p.id == id) return p;
    }
    throw RunSetupError("no standard profile '" + id + "' in " + fixturesDir + "/standards");
}

// Refuses a measurement once the run guard cannot vouch that the outputs were kept alive.
class GuardObserver final : public procedures::RunObserver {
public:
    explicit GuardObserver(RunGuard& guard) : guard_(guard) {}
    void measurement(const Measurement& m) override {
        if (auto why = guard_.vouch()) {
            throw procedures::BenchError(procedures::BenchError::Kind::deviceLost, m.item,
                                         "measurement " + m.item + " not recorded: " + *why);
        }
    }

private:
    RunGuard& guard_;
};

}  // namespace

ProfileChoice chooseProfile(const std::string& procedureId, const std::string& category,
                            const std::string& samplingDate, const std::optional<std::string>& named,
                            const std::string& reason, const std::string& fixturesDir) {
    const procedures::ProcedureDefinition* proc = procedures::findProcedure(procedureId);
    if (!proc) throw RunSetupError("unknown procedure '" + procedureId + "'");
    const auto all = procedures::loadProfiles(fixturesDir + "/standards");
    const procedures::EditionChoice inForce = procedures::editionInForce(*proc, category, samplingDate, all);
    if (!named) {
        if (!inForce.profile) throw RunSetupError(inForce.why);
        return {*inForce.profile, "edition in force: " + inForce.why};
    }
    ProfileChoice choice{findProfile(*named, fixturesDir), {}};
    if (inForce.profile && inForce.profile->id == *named) {
        choice.why = "edition in force: " + inForce.why;
        return choice;
    }
    // Judging by another edition than the one in force is a decision someone answers for.
    if (std::all_of(reason.begin(), reason.end(), [](unsigned char c) { return std::isspace(c); })) {
        throw RunSetupError("profile " + *named + " is not the edition in force (" + inForce.why +
                            "): say why with --profile-reason");
    }
    choice.why = "profile " + *named + " named instead of the edition in force (" + inForce.why +
                 "), because: " + reason;
    return choice;
}

RunOutcome runOnStation(const RunRequest& request, storage::Database& db,
                        procedures::PromptResponder& responder, const RunHooks& hooks) {
    auto sample = storage::findSample(db, request.sampleCode);
    if (!sample) throw RunSetupError("no sample with code '" + request.sampleCode + "' is registered");
    RunOutcome outcome;
    const storage::SamplingBatch batch = batchOfSample(db, *sample);
    outcome.category = std::string(storage::productCategoryId(batch.category));

    const procedures::ProcedureDefinition* procedure = procedures::findProcedure(request.procedureId);
    if (!procedure) throw RunSetupError("unknown procedure '" + request.procedureId + "'");
    if (!procedure->appliesTo(outcome.category)) {
        throw RunSetupError("procedure " + procedure->id + " does not apply to a " + outcome.category +
                            " sample");
    }
    const ProfileChoice chosen = chooseProfile(procedure->id, outcome.category, batch.samplingDate,
                                               request.profileId, request.profileReason,
                                               request.fixturesDir);
    const procedures::Profile& profile = chosen.profile;
    if (profile.procedure != procedure->id) {
        throw RunSetupError("profile " + profile.id + " is written for " + profile.procedure + ", not " + procedure->id);
    }

    ScaledSteadyClock clock(request.timeScale);
    StationConfig config = loadStationConfig(request.stationFile);
    std::unique_ptr<InProcessSimulator> simulator;
    if (request.scenarioFile) {
        simulator = std::make_unique<InProcessSimulator>(*request.scenarioFile,
                                                         request.fixturesDir + "/sim/bench-layout.json", clock);
        config.retargetTcp("127.0.0.1", simulator->port());
    }
    outcome.stationId = config.id;

    Station station(std::move(config), clock);
    struct StationGone {
        const std::function<void()>& hook;
        ~StationGone() {
            if (hook) hook();
        }
    } gone{hooks.stationGone};
    storage::RunRecorder recorder(db);
    storage::RunInfo info;
    info.procedureId = procedure->id;
    info.profileId = profile.id;
    info.profileVersion = profile.version;
    info.stationId = station.config().id;
    info.stationLab = labDetailsJson(station.config().lab);
    info.operatorName = request.operatorName;
    info.sampleCode = request.sampleCode;
    info.startStamp = clock.now();
    outcome.runId = recorder.beginRun(info);
    outcome.profileChoice = chosen.why;
    // Everything between the run's opening and its close; a fault that escapes it (the disk
    // filled up while the channels were added, the station would not start) still closes the
    // run here, not at the next start.
    auto recordTheRun = [&] {
        for (const auto& ch : station.config().channels) {
            storage::ChannelInfo ci;
            ci.channel = ch.id;
            ci.name = ch.qualifiedName;
            for (const auto& [role, id] : station.config().roles) {
                if (id == ch.id) ci.role = role;
            }
            ci.unit = ch.spec->unit;
            recorder.addChannel(outcome.runId, ci);
        }
        station.hub().subscribe([&recorder](const Reading& r) { recorder.record(r); });
        std::stop_source stop;
        // A recorder that can no longer write ends the run now, not at its end: the rest would be
        // gas burned for nothing recorded.
        std::mutex recordingStopMutex;
        std::string recordingStop;
        recorder.onWriteFailure([&](const std::string& why) {
            {
                std::lock_guard lock(recordingStopMutex);
                recordingStop = "recording failed: " + why;
            }
            stop.request_stop();
        });
        struct ForgetFailureHook {
            storage::RunRecorder& recorder;
            ~ForgetFailureHook() { recorder.onWriteFailure({}); }  // before what it refers to goes
        } forgetFailureHook{recorder};
        {
            // Subscribed before the station starts: it sees every reading and every refresh.
            RunGuard guard(station, stop);
            station.start();
            // Bounded: a bench whose outputs do not answer still runs, and the procedure's first
            // write then fails with the device's error.
            station.waitForOutputDevices(std::chrono::seconds(2));

            // The guard first: a measurement is kept only while the outputs were provably kept
            // alive up to now (no reading taken after a possible watchdog lapse feeds one); then
            // the recorder; then whoever watches, who so sees only what was kept.
            GuardObserver guardObserver(guard);
            RecorderObserver recorderObserver(recorder, outcome.runId);
            procedures::RunObservers observers({&guardObserver, &recorderObserver});
            for (auto* o : hooks.observers) observers.add(o);
            StationBench bench(station, responder, observers, stop);
            bench.explainStop([&] {
                if (guard.tripped()) return guard.cause();
                std::lock_guard lock(recordingStopMutex);
                return recordingStop;
            });
            // The edition judged by, and why, first in the run's log.
            recorderObserver.event({station.clock().now(), "profile", chosen.why});
            if (hooks.started) hooks.started(station, stop, simulator.get());
            outcome.record = procedures::runProcedure(*procedure, profile, bench);
            // Once more at the end: a run completes only when its outputs were refreshed throughout.
            guard.vouch();
            if (guard.tripped()) {
                outcome.record.state = RunState::aborted;
                outcome.record.abortCause = guard.cause();
                // After a possible lapse the bench did not do what it was told: no verdict stands.
                if (guard.trippedOnWatchdog()) outcome.record.verdict = Verdict::inconclusive;
            }
        }
        station.stop();  // the safe state once more, then the bus workers end
        std::optional<Verdict> verdict;
        if (outcome.record.state == RunState::completed) verdict = outcome.record.verdict;
        outcome.storedState =
            recorder.endRun(outcome.runId, outcome.record.state, verdict, outcome.record.abortCause);
    };
    try {
        recordTheRun();
    } catch (const storage::StorageError& e) {
        outcome.storedState = recorder.abandonRun(outcome.runId, e.what(), true);
        outcome.recordingFailure = e.what();
        outcome.record.abortCause = "failed to record: " + outcome.recordingFailure;
        outcome.record.state = RunState::failedToRun;
        outcome.record.verdict = Verdict::inconclusive;
        if (hooks.finished) hooks.finished(simulator.get());
        return outcome;
    } catch (const std::exception& e) {
        recorder.abandonRun(outcome.runId, e.what(), false);
        throw;
    }
    if (outcome.storedState == RunState::failedToRecord) {
        outcome.recordingFailure = recorder.recordingFailure();
        // A measurement the writer could not keep is not part of the run's result either: the
        // outcome lists what is stored, as the record does.
        const auto stored = storage::measurementsOfRun(db, outcome.runId);
        std::erase_if(outcome.record.measurements, [&](const Measurement& m) {
            return std::none_of(stored.begin(), stored.end(), [&](const storage::StoredMeasurement& s) {
                return s.item == m.item && s.trial == m.trial;
            });
        });
        // Not recorded in full, so not a result: the verdict goes with the recording.
        if (outcome.record.state == RunState::completed) outcome.record.state = RunState::aborted;
        outcome.record.verdict = Verdict::inconclusive;
        const bool ownCause = !outcome.record.abortCause.empty() &&
                              outcome.record.abortCause.find("recording failed") == std::string::npos;
        outcome.record.abortCause = "failed to record: " + outcome.recordingFailure +
                                    (ownCause ? "; " + outcome.record.abortCause : std::string());
    }
    if (hooks.finished) hooks.finished(simulator.get());
    return outcome;
}

}  // namespace gasbench::station
