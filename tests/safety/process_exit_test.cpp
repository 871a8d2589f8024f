// The controller's process ends in the middle of a run, with `gasbench run` and `gasbench sim`
// as separate processes, the bench's outputs read by an independent Modbus client:
//  - SIGTERM: the safety interlock puts the bench in the station's safe state (valves shut,
//    sample vented) before the device watchdog would have, and the run is recorded aborted
//    with the signal as its cause; the program exits 1.
//  - SIGKILL: nothing of the controller is left to act; the outputs device's watchdog lapses and
//    the simulator shuts the gas by itself; the next open of the database finds the run
//    interrupted.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>

#include <QTemporaryDir>

#include "demo_records.hpp"
#include "gasbench/storage/run_records.hpp"
#include "outputs_probe.hpp"
#include "sim_process.hpp"
#include "station_file.hpp"

using namespace gasbench;
using namespace std::chrono_literals;
using safety::OutputsSnapshot;
using safety::describe;

namespace {

constexpr double kTimeScale = 20.0;

class ControllerProcessEnds : public ::testing::Test {
  protected:
    // Starts `gasbench run` of flame-failure against the simulator and returns once the
    // procedure has opened the gas (seen on the simulator).
    void startRunAndWaitUntilDriven() {
        station_ = safety::writeStationConfig(dir_.path().toStdString(), sim_.port());
        run_ = std::make_unique<gasbench::testing::Subprocess>(
            std::vector<std::string>{safety::gasbenchProgram(), "run", "--station", station_, "--procedure",
                                     "flame-failure", "--sample", "C-2026-001-T", "--db", records_.path(),
                                     "--time-scale", std::to_string(kTimeScale), "--answers",
                                     std::string(GASBENCH_FIXTURES_DIR) + "/answers/all-conforming.json", "--json"},
            true);
        auto driven = monitor_.waitFor([](const OutputsSnapshot& s) { return s.driven(); },
                                       std::chrono::steady_clock::now(), 30s);
        ASSERT_TRUE(driven) << "the run never drove the bench";
        EXPECT_FALSE(driven->watchdogLapsed);
        std::this_thread::sleep_for(100ms);  // inside the step that opened the gas
        ASSERT_TRUE(run_->running());
    }

    storage::StoredRun onlyRun(storage::Database& db) {
        auto runs = storage::listRuns(db);
        EXPECT_EQ(runs.size(), 1u);
        return runs.empty() ? storage::StoredRun{} : runs.front();
    }

    testsupport::DemoRecords records_;
    QTemporaryDir dir_;
    safety::SimProcess sim_{"cooker-ffd-pass", kTimeScale};
    safety::OutputsMonitor monitor_{sim_.port()};
    std::string station_;
    std::unique_ptr<gasbench::testing::Subprocess> run_;
};

}  // namespace

TEST_F(ControllerProcessEnds, SigtermMakesTheBenchSafeAndRecordsTheRunAborted) {
    ASSERT_NO_FATAL_FAILURE(startRunAndWaitUntilDriven());
    auto sent = std::chrono::steady_clock::now();
    ::kill(run_->pid(), SIGTERM);

    auto status = safety::waitForExit(*run_, 20s);
    ASSERT_TRUE(status) << "gasbench run did not end after SIGTERM";
    ASSERT_TRUE(WIFEXITED(*status));
    EXPECT_EQ(WEXITSTATUS(*status), 1);

    // The controller's own safe state (vented: the watchdog would leave the vent shut).
    auto safe = monitor_.waitFor([](const OutputsSnapshot& s) { return s.controllerSafe() && !s.watchdogLapsed; },
                                 sent, 5s);
    ASSERT_TRUE(safe) << "the bench never reached the station's safe state";
    RecordProperty("safe_state_latency_ms",
                   static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(safe->at - sent).count()));

    storage::StoredRun run = onlyRun(records_.db());
    EXPECT_EQ(run.state, gasbench::RunState::aborted);
    ASSERT_TRUE(run.abortCause);
    EXPECT_NE(run.abortCause->find("signal 15"), std::string::npos) << *run.abortCause;
}

TEST_F(ControllerProcessEnds, SigkillLeavesItToTheWatchdogAndTheRunIsFoundInterrupted) {
    ASSERT_NO_FATAL_FAILURE(startRunAndWaitUntilDriven());
    auto killed = std::chrono::steady_clock::now();
    ::kill(run_->pid(), SIGKILL);
    auto status = safety::waitForExit(*run_, 5s);
    ASSERT_TRUE(status);
    ASSERT_TRUE(WIFSIGNALED(*status));

    // 2 s of bench time at 20x is 100 ms; give it far more before calling it a failure.
    auto lapsed = monitor_.waitFor([](const OutputsSnapshot& s) { return s.watchdogLapsed; }, killed, 10s);
    ASSERT_TRUE(lapsed) << "the outputs device's watchdog never lapsed";
    EXPECT_TRUE(lapsed->valvesShut()) << "the watchdog lapsed but the valves are open: " << describe(*lapsed);
    std::this_thread::sleep_for(50ms);
    auto later = monitor_.latest();
    ASSERT_TRUE(later);
    EXPECT_TRUE(later->valvesShut() && later->watchdogLapsed)
        << "a lapsed watchdog must hold the valves shut: " << describe(*later);
    RecordProperty("watchdog_latency_ms",
                   static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(lapsed->at - killed).count()));

    storage::Database reopened = storage::Database::open(records_.path());  // start-up recovery
    storage::StoredRun run = onlyRun(reopened);
    EXPECT_EQ(run.state, gasbench::RunState::interrupted);
}

// The station's safe state sets the flow and pressure set-points to zero; a PLC whose watchdog
// lapses must drive its analog outputs to the same values as its coils, or the pressure
// controller stays at its set-point against a closed supply valve and a closed vent, keeping
// the line to the sample pressurized after the controller died (SimBench::enterSafeState).
TEST_F(ControllerProcessEnds, SigkillWatchdogAlsoZeroesTheSetPoints) {
    ASSERT_NO_FATAL_FAILURE(startRunAndWaitUntilDriven());
    auto killed = std::chrono::steady_clock::now();
    ::kill(run_->pid(), SIGKILL);
    ASSERT_TRUE(safety::waitForExit(*run_, 5s));
    auto lapsed = monitor_.waitFor([](const OutputsSnapshot& s) { return s.watchdogLapsed; }, killed, 10s);
    ASSERT_TRUE(lapsed) << "the outputs device's watchdog never lapsed";
    std::this_thread::sleep_for(50ms);
    auto later = monitor_.latest();
    ASSERT_TRUE(later);
    EXPECT_TRUE(later->setpointsZero()) << "the watchdog lapsed, set-points left: " << describe(*later);
}
