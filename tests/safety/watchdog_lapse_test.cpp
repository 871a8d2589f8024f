// The outputs device's watchdog lapses in the middle of a run (the link was down longer than its
// timeout): the device shut its valves on its own, and holds them shut after the link returns.
// The run must stop, recorded aborted with the lapse as its cause — not go on measuring a bench
// that no longer does what the procedure commanded (before WatchdogLapseGuard, a conforming
// regulator was judged to FAIL on an outlet pressure of 0 kPa).
#include <gtest/gtest.h>

#include <thread>

#include "demo_records.hpp"
#include "gasbench/procedures/answers_file.hpp"
#include "gasbench/station/in_process_simulator.hpp"
#include "gasbench/station/run_session.hpp"
#include "gasbench/storage/run_records.hpp"

using namespace gasbench;
using namespace std::chrono_literals;

namespace {

bool supplyOpen(sim::SimBench& bench) {
    auto v = bench.signal("supply_valve");
    return v && std::get<bool>(*v);
}

}  // namespace

TEST(WatchdogLapse, ALapseMidRunAbortsTheRunWithItsCause) {
    testsupport::DemoRecords records;
    auto responder = procedures::AnswersFileResponder::load(std::string(GASBENCH_FIXTURES_DIR) + "/answers/all-conforming.json");
    station::RunRequest req;
    req.stationFile = std::string(GASBENCH_FIXTURES_DIR) + "/stations/sim-bench.json";
    req.procedureId = "regulator-outlet-pressure";
    req.sampleCode = testsupport::DemoRecords::sampleFor(req.procedureId);
    req.scenarioFile = std::string(GASBENCH_FIXTURES_DIR) + "/scenarios/regulator-pass.json";
    req.timeScale = 20.0;  // the watchdog's 2 s are 100 ms of wall time
    req.fixturesDir = GASBENCH_FIXTURES_DIR;

    std::atomic<bool> restarted{false};
    bool lapsedDuringOutage = false;
    std::jthread outage;
    station::RunHooks hooks;
    hooks.started = [&](station::Station&, std::stop_source, station::InProcessSimulator* sim) {
        outage = std::jthread([&, sim](std::stop_token stop) {
            auto deadline = std::chrono::steady_clock::now() + 30s;
            while (!stop.stop_requested() && std::chrono::steady_clock::now() < deadline && !supplyOpen(sim->bench())) {
                std::this_thread::sleep_for(5ms);
            }
            std::this_thread::sleep_for(100ms);
            sim->server().restart(600ms);  // 12 s of bench time: far past the watchdog's 2 s
            restarted = true;
            std::this_thread::sleep_for(400ms);
            lapsedDuringOutage = sim->bench().watchdogLapsed();
        });
    };
    // After the lapse the station's own safe state must still be done, not only acknowledged:
    // a lapsed device holds its outputs off until refreshed, so the vent stayed shut before the
    // safe state re-armed (refreshed) the outputs device first. Watched from the lapse on: once
    // the station has disarmed, the device lapses again 100 ms later and shuts the vent with the
    // rest, so the state at the very end cannot tell.
    std::atomic<bool> ventedAfterLapse{false};
    std::jthread ventWatch;
    std::vector<std::string> notSafe;
    auto started = hooks.started;
    hooks.started = [&, started](station::Station& s, std::stop_source stop, station::InProcessSimulator* sim) {
        started(s, stop, sim);
        ventWatch = std::jthread([&, sim](std::stop_token halt) {
            bool lapsed = false;
            while (!halt.stop_requested() && !ventedAfterLapse) {
                lapsed = lapsed || sim->bench().watchdogLapsed();
                auto vent = sim->bench().signal("vent_valve");
                if (lapsed && vent && std::get<bool>(*vent)) ventedAfterLapse = true;
                std::this_thread::sleep_for(1ms);
            }
        });
    };
    hooks.stationGone = [&]() noexcept { ventWatch = {}; };  // every path, before the simulator goes
    hooks.finished = [&](station::InProcessSimulator* sim) {
        outage = {};
        ventWatch = {};
        for (const char* s : {"supply_valve", "isolation_valve", "igniter", "knob_hold"}) {
            auto v = sim->bench().signal(s);
            if (v && std::get<bool>(*v)) notSafe.push_back(std::string(s) + " on");
        }
        for (const char* s : {"pressure_setpoint", "flow_setpoint"}) {
            auto v = sim->bench().signal(s);
            if (!v || units::siValue(*v) != 0.0) notSafe.push_back(std::string(s) + " not zero");
        }
    };

    station::RunOutcome outcome = station::runOnStation(req, records.db(), responder, hooks);

    ASSERT_TRUE(restarted) << "the regulator test never opened the supply valve";
    ASSERT_TRUE(lapsedDuringOutage) << "the outage did not outlast the watchdog: the test proves nothing";
    EXPECT_EQ(outcome.record.state, gasbench::RunState::aborted);
    EXPECT_NE(outcome.record.abortCause.find("watchdog"), std::string::npos) << outcome.record.abortCause;
    auto stored = storage::findRun(records.db(), outcome.runId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->state, gasbench::RunState::aborted);
    ASSERT_TRUE(stored->abortCause);
    EXPECT_NE(stored->abortCause->find("watchdog"), std::string::npos) << *stored->abortCause;
    EXPECT_TRUE(notSafe.empty()) << "the gas is not shut at the end: " << (notSafe.empty() ? "" : notSafe.front());
    EXPECT_TRUE(ventedAfterLapse) << "after the lapse the station's safe state never vented the sample";
}
