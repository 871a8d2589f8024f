// Running a procedure: roles checked, steps in order, then teardown and the safe state always.
#include "gasbench/procedures/engine.hpp"

#include <map>

#include "gasbench/procedures/step_context.hpp"

namespace gasbench::procedures {
namespace {

void checkReady(const ProcedureDefinition& procedure, const Profile& profile, Bench& bench) {
    if (profile.procedure != procedure.id) {
        throw RunInterrupted(RunState::failedToRun, "profile '" + profile.id +
                                                        "' is written for procedure '" +
                                                        profile.procedure + "'");
    }
    for (const auto& need : procedure.roles) {
        if (need.required && !bench.wired(need.role)) {
            throw RunInterrupted(RunState::failedToRun,
                                 "the station has no channel for role '" + need.role + "'");
        }
    }
}

// Each item measured in trials gets a combined value, by the profile's rule (worst case unless
// it says otherwise).
void keepEvent(Bench& bench, RunRecord& record, const std::string& kind, const std::string& text);

void combineItems(const Profile& profile, Bench& bench, RunRecord& record) {
    std::map<std::string, std::vector<Measurement>> trials;
    for (const auto& m : record.measurements) {
        if (m.trial) trials[m.item].push_back(m);
    }
    for (const auto& [item, list] : trials) {
        const ProfileItem* pi = profile.findItem(item);
        Measurement combined = combineTrials(list, pi ? pi->combine : Combine::worstCase);
        try {
            bench.observer().measurement(combined);
        } catch (const std::exception& e) {
            // Not recorded, not part of the run: a refused measurement gives no verdict.
            keepEvent(bench, record, "error", "recording " + item + " failed: " + e.what());
            continue;
        }
        record.measurements.push_back(std::move(combined));
    }
}

// Keeps an event with the run and records it through the bench; a recording failure must not
// stop the teardown or the safe state.
void keepEvent(Bench& bench, RunRecord& record, const std::string& kind, const std::string& text) {
    Event e{bench.clock().now(), kind, text};
    try {
        bench.observer().event(e);
    } catch (...) {
    }
    record.events.push_back(std::move(e));
}

// The teardown begins as a step does.
void keepStep(Bench& bench, RunRecord& record, const std::string& step) {
    const Nanos at = bench.clock().now();
    record.events.push_back(Event{at, "step", step});
    try {
        bench.observer().stepBegun(step, at);
    } catch (...) {
    }
}

}  // namespace

RunRecord runProcedure(const ProcedureDefinition& procedure, const Profile& profile, Bench& bench) {
    RunRecord record;
    record.procedure = procedure.id;
    record.profileId = profile.id;
    record.profileVersion = profile.version;
    record.standard = profile.standard;
    record.started = bench.clock().now();
    StepContext ctx(bench, profile, record);
    std::string stepName = "start";
    try {
        checkReady(procedure, profile, bench);
        for (const auto& step : procedure.steps) {
            stepName = step.name;
            ctx.checkStop();
            ctx.stepBegun(step.name);
            step.run(ctx);
        }
        record.state = RunState::completed;
    } catch (const RunInterrupted& e) {
        record.state = e.state();
        record.abortCause = e.what();
    } catch (const BenchError& e) {
        record.state = e.kind() == BenchError::Kind::deviceLost ? RunState::aborted
                                                                : RunState::failedToRun;
        record.abortCause = "step '" + stepName + "': " + e.what();
    } catch (const std::exception& e) {
        record.state = RunState::failedToRun;
        record.abortCause = "step '" + stepName + "': " + e.what();
    }
    if (record.state != RunState::completed) {
        keepEvent(bench, record, record.state == RunState::aborted ? "abort" : "failure",
                  record.abortCause);
    }

    // Teardown, then the station's safe state: always, and each may fail without skipping the
    // next.
    if (procedure.teardown) {
        try {
            keepStep(bench, record, "teardown");
            procedure.teardown(ctx);
        } catch (const std::exception& e) {
            keepEvent(bench, record, "error", std::string("teardown: ") + e.what());
        } catch (...) {
            keepEvent(bench, record, "error", "teardown failed");
        }
    }
    record.safeStateConfirmed = bench.enterSafeState();
    if (record.safeStateConfirmed) {
        keepEvent(bench, record, "safe-state", "the bench is in its safe state");
    } else {
        keepEvent(bench, record, "alarm",
                  "ALARM: the bench could not be confirmed in its safe state; make it safe by hand");
    }

    combineItems(profile, bench, record);
    record.verdict = overallVerdict(record.measurements);
    // A run that did not complete has not shown conformity: only a failure found stands.
    if (record.state != RunState::completed && record.verdict == Verdict::pass) {
        record.verdict = Verdict::inconclusive;
    }
    record.ended = bench.clock().now();
    try {
        bench.observer().ended(record);
    } catch (...) {
        // Whoever watches cannot change how the run ended.
    }
    return record;
}

}  // namespace gasbench::procedures
