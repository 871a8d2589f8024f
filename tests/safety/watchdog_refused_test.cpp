// The outputs device refuses its watchdog refreshes, as found: `gasbench sim --scenario
// regulator-pass --time-scale 20`, `gasbench run regulator-outlet-pressure` against it, and once
// the gas is on, `mbpoll` tells the simulator's control unit (247) to answer exception 2 for
// registers 10-11 of unit 5 (the watchdog register and `watchdog_lapsed`). Every refresh is
// refused and the lapse flag cannot be read; the simulator lapses and shuts the gas itself.
// Before the RunGuard the run went on measuring and ended completed / FAIL on an outlet
// pressure of 0 kPa, exit 0. Now: aborted with the watchdog as its cause, no verdict, no
// measurement taken after the possible lapse, the gas shut at the end, and the alarm raised
// because the device (still refusing refreshes) cannot be vented.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "demo_records.hpp"
#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/measurement_record.hpp"
#include "gasbench/storage/run_records.hpp"
#include "outputs_probe.hpp"
#include "sim_process.hpp"
#include "station_file.hpp"

using namespace gasbench;
using namespace std::chrono_literals;
using safety::OutputsSnapshot;

namespace {

constexpr double kTimeScale = 20.0;

int mbpoll(std::uint16_t port, const std::vector<std::string>& values) {
    std::vector<std::string> argv{"/usr/bin/mbpoll", "-m", "tcp", "-p", std::to_string(port), "-0", "-1", "-a", "247",
                                  "-r", "2", "-t", "4", "127.0.0.1"};
    argv.insert(argv.end(), values.begin(), values.end());
    gasbench::testing::Subprocess p(argv, true);
    auto status = safety::waitForExit(p, 10s);
    return status && WIFEXITED(*status) ? WEXITSTATUS(*status) : -1;
}

}  // namespace

TEST(WatchdogRefused, RefusedRefreshesAbortTheRunOnTheWatchdogWithoutAVerdict) {
    testsupport::DemoRecords records;
    QTemporaryDir dir;
    safety::SimProcess sim("regulator-pass", kTimeScale);
    safety::OutputsMonitor monitor(sim.port());
    const std::string station = safety::writeStationConfig(dir.path().toStdString(), sim.port());
    gasbench::testing::Subprocess run(
        {safety::gasbenchProgram(), "run", "--station", station, "--procedure", "regulator-outlet-pressure", "--sample",
         "C-2026-002-T", "--db", records.path(), "--time-scale", std::to_string(kTimeScale), "--answers",
         std::string(GASBENCH_FIXTURES_DIR) + "/answers/all-conforming.json", "--json"},
        true);
    auto driven = monitor.waitFor([](const OutputsSnapshot& s) { return s.supplyValve; },
                                  std::chrono::steady_clock::now(), 60s);
    ASSERT_TRUE(driven) << "the regulator test never opened the supply valve";
    // unit 5; no refuse/drop/delay/crc; exception 2 on registers 10..11.
    ASSERT_EQ(mbpoll(sim.port(), {"5", "0", "0", "0", "0", "2", "10", "11"}), 0) << "mbpoll could not set the fault";

    std::string out;
    while (auto line = run.readLine(60s)) out += *line + "\n";
    auto status = safety::waitForExit(run, 30s);
    ASSERT_TRUE(status) << "gasbench run did not end";
    // Clear the fault, so the outputs can be read again and the end state judged.
    ASSERT_EQ(mbpoll(sim.port(), {"0", "0", "0", "0", "0", "0", "0", "0"}), 0);

    ASSERT_TRUE(WIFEXITED(*status));
    QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(out)).object();
    // The refreshes stay refused until the program ends, so the lapsed device holds its
    // outputs off: the safe state's vent is acknowledged but not done, and the read-back says
    // so — the alarm (exit 3), not a bench called safe.
    EXPECT_EQ(WEXITSTATUS(*status), 3) << out;
    EXPECT_FALSE(doc["safe_state_confirmed"].toBool(true)) << out;
    EXPECT_EQ(doc["state"].toString().toStdString(), "aborted") << out;
    EXPECT_TRUE(doc["verdict"].isNull()) << out;
    EXPECT_NE(doc["abort_cause"].toString().toStdString().find("watchdog"), std::string::npos) << out;

    auto runs = storage::listRuns(records.db());
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].state, gasbench::RunState::aborted);
    EXPECT_FALSE(runs[0].verdict.has_value());
    ASSERT_TRUE(runs[0].abortCause);
    EXPECT_NE(runs[0].abortCause->find("watchdog"), std::string::npos) << *runs[0].abortCause;
    // The run's own abort event names the lapse, not the operator's STOP.
    bool abortEvent = false;
    for (const auto& e : storage::eventsOfRun(records.db(), runs[0].id)) {
        if (e.entry.what != "abort") continue;
        abortEvent = true;
        EXPECT_NE(e.entry.details.find("watchdog"), std::string::npos) << e.entry.details;
        EXPECT_EQ(e.entry.details.find("STOP"), std::string::npos) << e.entry.details;
    }
    EXPECT_TRUE(abortEvent) << "no abort event in the run's log";
    // No measurement judged FAIL: what a bench that shut itself shows is not the sample's.
    for (const auto& m : storage::measurementsOfRun(records.db(), runs[0].id)) {
        EXPECT_NE(m.verdict, gasbench::Verdict::fail) << m.item << " was judged FAIL";
    }

    // The gas is shut (by the station's safe state, or the lapsed device itself).
    auto end = monitor.waitFor([](const OutputsSnapshot& s) { return s.gasShut(); }, std::chrono::steady_clock::now(), 10s);
    ASSERT_TRUE(end) << "the gas is not shut at the end";
}
