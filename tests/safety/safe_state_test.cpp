// The safe state is confirmed by reading the outputs back, not assumed. Found: the safe state's
// writes were refused, 'safe-state-incomplete' was logged, and then "the bench is in its safe
// state" was logged anyway. Here the outputs device answers exception 4 to every request on
// its coils and set-points (a scenario fault for the whole run, through `gasbench run
// --simulate`): the run cannot drive the bench, and at the end the station must raise the
// alarm (exit 3, safe_state_confirmed false, an `alarm` event) and never log that the bench is
// safe.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include "demo_records.hpp"
#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/run_records.hpp"
#include "sim_process.hpp"

using namespace gasbench;
using namespace std::chrono_literals;

TEST(SafeState, OutputsThatCannotBeConfirmedRaiseTheAlarmAndAreNeverCalledSafe) {
    testsupport::DemoRecords records;
    QTemporaryDir dir;
    QFile in(QString(GASBENCH_FIXTURES_DIR) + "/scenarios/hose-tight.json");
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    QJsonObject scenario = QJsonDocument::fromJson(in.readAll()).object();
    scenario["faults"] = QJsonArray{QJsonObject{
        {"kind", "exception"}, {"unit_id", 5}, {"code", 4}, {"first_address", 0}, {"last_address", 4}}};
    const QString scenarioPath = dir.filePath("hose-outputs-refuse.json");
    QFile out(scenarioPath);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(scenario).toJson());
    out.close();

    gasbench::testing::Subprocess run(
        {safety::gasbenchProgram(), "run", "--station", std::string(GASBENCH_FIXTURES_DIR) + "/stations/sim-bench.json",
         "--procedure", "hose-leakage", "--sample", "C-2026-003-T", "--db", records.path(), "--time-scale", "20",
         "--answers", std::string(GASBENCH_FIXTURES_DIR) + "/answers/all-conforming.json", "--simulate",
         scenarioPath.toStdString(), "--json"},
        true);
    std::string text;
    while (auto line = run.readLine(120s)) text += *line + "\n";
    auto status = safety::waitForExit(run, 60s);
    ASSERT_TRUE(status && WIFEXITED(*status));
    EXPECT_EQ(WEXITSTATUS(*status), 3) << text;
    QJsonObject doc = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
    ASSERT_TRUE(doc.contains("safe_state_confirmed")) << text;
    EXPECT_FALSE(doc["safe_state_confirmed"].toBool()) << text;

    auto runs = storage::listRuns(records.db());
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_NE(runs[0].state, gasbench::RunState::completed);
    bool alarm = false;
    for (const auto& e : storage::eventsOfRun(records.db(), runs[0].id)) {
        EXPECT_EQ(e.entry.details.find("the bench is in its safe state"), std::string::npos)
            << "logged safe though its outputs could not be confirmed";
        alarm = alarm || e.entry.what == "alarm";
    }
    EXPECT_TRUE(alarm) << "no alarm event recorded";
}
