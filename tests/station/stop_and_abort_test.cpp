// STOP and abort in the middle of each procedure: the run is recorded as aborted with its
// cause, and the simulated bench's outputs are in the safe state (asserted on the simulator,
// not on what the controller believes it wrote).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "demo_records.hpp"
#include "gasbench/procedures/answers_file.hpp"
#include "gasbench/station/in_process_simulator.hpp"
#include "gasbench/station/run_session.hpp"
#include "gasbench/storage/run_records.hpp"

using namespace gasbench;
using namespace std::chrono_literals;

namespace {

struct Case {
    std::string procedure;
    std::string scenario;
};
void PrintTo(const Case& c, std::ostream* os) { *os << c.procedure << " on " << c.scenario; }

const std::vector<Case> kCases{
    {"flame-failure", "cooker-ffd-pass.json"},
    {"regulator-outlet-pressure", "regulator-pass.json"},
    {"hose-leakage", "hose-tight.json"},
    {"lpg-dme", "lpg-clean.json"},
};

// True once the procedure has driven the bench: some output is active on the simulator.
bool benchIsDriven(sim::SimBench& bench) {
    for (const char* s : {"supply_valve", "igniter", "isolation_valve", "knob_hold", "start_analysis"}) {
        auto v = bench.signal(s);
        if (v && units::dimensionOf(*v) == units::Dimension::state && std::get<bool>(*v)) return true;
    }
    for (const char* s : {"pressure_setpoint", "flow_setpoint"}) {
        auto v = bench.signal(s);
        if (v && units::siValue(*v) > 0.0) return true;
    }
    auto analyzer = bench.signal("state");  // the chromatograph: 1 while an analysis runs
    return analyzer && units::siValue(*analyzer) == 1.0;
}

void expectSafeOutputs(sim::SimBench& bench) {
    for (const char* s : {"supply_valve", "igniter", "isolation_valve", "knob_hold"}) {
        auto v = bench.signal(s);
        ASSERT_TRUE(v) << s;
        EXPECT_FALSE(std::get<bool>(*v)) << s << " is still on";
    }
    for (const char* s : {"pressure_setpoint", "flow_setpoint"}) {
        auto v = bench.signal(s);
        ASSERT_TRUE(v) << s;
        EXPECT_EQ(units::siValue(*v), 0.0) << s << " is not zero";
    }
    auto vent = bench.signal("vent_valve");
    ASSERT_TRUE(vent);
    EXPECT_TRUE(std::get<bool>(*vent)) << "the sample is not vented";
}

station::RunRequest requestFor(const Case& c) {
    station::RunRequest req;
    req.stationFile = std::string(GASBENCH_FIXTURES_DIR) + "/stations/sim-bench.json";
    req.procedureId = c.procedure;
    req.sampleCode = testsupport::DemoRecords::sampleFor(c.procedure);
    req.scenarioFile = std::string(GASBENCH_FIXTURES_DIR) + "/scenarios/" + c.scenario;
    req.timeScale = 20.0;
    req.fixturesDir = GASBENCH_FIXTURES_DIR;
    return req;
}

class StopMidRun : public ::testing::TestWithParam<Case> {};

}  // namespace

TEST_P(StopMidRun, StopLeavesTheBenchSafeAndTheRunAborted) {
    testsupport::DemoRecords records;
    auto responder = procedures::AnswersFileResponder::load(std::string(GASBENCH_FIXTURES_DIR) + "/answers/all-conforming.json");
    std::atomic<bool> stopPressed{false};
    std::jthread presser;
    bool checkedSafe = false;
    station::RunHooks hooks;
    hooks.started = [&](station::Station&, std::stop_source stop, station::InProcessSimulator* sim) {
        presser = std::jthread([&stopPressed, stop, sim](std::stop_token self) mutable {
            auto deadline = std::chrono::steady_clock::now() + 30s;
            while (!self.stop_requested() && std::chrono::steady_clock::now() < deadline && !benchIsDriven(sim->bench())) {
                std::this_thread::sleep_for(5ms);
            }
            std::this_thread::sleep_for(50ms);  // well inside the step that drove it
            stopPressed = true;
            stop.request_stop();
        });
    };
    hooks.finished = [&](station::InProcessSimulator* sim) {
        expectSafeOutputs(sim->bench());
        checkedSafe = true;
    };

    station::RunOutcome outcome = station::runOnStation(requestFor(GetParam()), records.db(), responder, hooks);

    ASSERT_TRUE(stopPressed);
    EXPECT_TRUE(checkedSafe);
    EXPECT_EQ(outcome.record.state, gasbench::RunState::aborted);
    EXPECT_FALSE(outcome.record.abortCause.empty());
    auto stored = storage::findRun(records.db(), outcome.runId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->state, gasbench::RunState::aborted);
    ASSERT_TRUE(stored->abortCause);
    EXPECT_FALSE(stored->abortCause->empty());
}

INSTANTIATE_TEST_SUITE_P(Procedures, StopMidRun, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& i) {
                             std::string n = i.param.procedure;
                             for (char& c : n) c = c == '-' ? '_' : c;
                             return n;
                         });

TEST(DeviceLoss, ACriticalDeviceLostMidRunAbortsItAndMakesTheBenchSafe) {
    testsupport::DemoRecords records;
    auto responder = procedures::AnswersFileResponder::load(std::string(GASBENCH_FIXTURES_DIR) + "/answers/all-conforming.json");
    std::jthread saboteur;
    bool checkedSafe = false;
    station::RunHooks hooks;
    hooks.started = [&](station::Station&, std::stop_source, station::InProcessSimulator* sim) {
        saboteur = std::jthread([sim](std::stop_token self) {
            auto deadline = std::chrono::steady_clock::now() + 30s;
            while (!self.stop_requested() && std::chrono::steady_clock::now() < deadline && !benchIsDriven(sim->bench())) {
                std::this_thread::sleep_for(5ms);
            }
            // The flow meter (unit 4) answers every request with "server device failure".
            sim::Fault f;
            f.kind = sim::FaultKind::exception;
            f.unitId = 4;
            f.exceptionCode = 4;
            sim->bench().injectFault(f);
        });
    };
    hooks.finished = [&](station::InProcessSimulator* sim) {
        expectSafeOutputs(sim->bench());
        checkedSafe = true;
    };

    station::RunOutcome outcome = station::runOnStation(requestFor(kCases[0]), records.db(), responder, hooks);

    EXPECT_TRUE(checkedSafe);
    EXPECT_EQ(outcome.record.state, gasbench::RunState::aborted);
    EXPECT_NE(outcome.record.abortCause.find("flow"), std::string::npos) << outcome.record.abortCause;
    auto stored = storage::findRun(records.db(), outcome.runId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->state, gasbench::RunState::aborted);
}

namespace {

// Answers nothing, as an answers file without the run's prompts.
class NoAnswers final : public procedures::PromptResponder {
public:
    procedures::PromptAnswer answer(const procedures::Prompt& prompt, std::stop_token) override {
        procedures::PromptAnswer a;
        a.message = "nothing for " + prompt.id;
        return a;
    }
};

}  // namespace

// A run that could not run through (a prompt without an answer) is stored as failed-to-run. It
// was folded into 'aborted' on its way to the database, so the record said STOP or a lost
// device where the cause was a missing answer.
TEST(FailedToRun, APromptWithoutAnAnswerIsStoredFailedToRunNotAborted) {
    testsupport::DemoRecords records;
    NoAnswers responder;
    bool checkedSafe = false;
    station::RunHooks hooks;
    hooks.finished = [&](station::InProcessSimulator* sim) {
        expectSafeOutputs(sim->bench());
        checkedSafe = true;
    };
    station::RunOutcome outcome =
        station::runOnStation(requestFor({"hose-leakage", "hose-tight.json"}), records.db(), responder, hooks);
    EXPECT_TRUE(checkedSafe);
    EXPECT_EQ(outcome.record.state, gasbench::RunState::failedToRun) << outcome.record.abortCause;
    EXPECT_NE(outcome.record.abortCause.find("has no answer"), std::string::npos) << outcome.record.abortCause;
    auto stored = storage::findRun(records.db(), outcome.runId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->state, gasbench::RunState::failedToRun);
    EXPECT_FALSE(stored->verdict) << "a run that did not run through has no verdict";
    EXPECT_EQ(gasbench::runStateId(stored->state), "failed-to-run");
}
