// `gasbench run --progress` follows the run through its observer, as the window does: each step
// as it begins, the hold's timed wait, each measurement kept — written while the run goes, in
// the order the run did them, and the same steps the record keeps.
#include <gtest/gtest.h>

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include "demo_records.hpp"
#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/run_records.hpp"

using namespace gasbench;

TEST(RunProgress, TheCommandLineShowsEachStepTimedWaitAndMeasurementAsTheRunGoes) {
    testsupport::DemoRecords records;
    const std::string fixtures = GASBENCH_FIXTURES_DIR;
    QProcess run;
    run.start(QString(GASBENCH_BIN_DIR) + "/gasbench",
              {"run", "--station", QString::fromStdString(fixtures + "/stations/sim-bench.json"), "--procedure",
               "hose-leakage", "--sample", "C-2026-003-T", "--db", QString::fromStdString(records.path()),
               "--time-scale", "50", "--answers", QString::fromStdString(fixtures + "/answers/all-conforming.json"),
               "--simulate", QString::fromStdString(fixtures + "/scenarios/hose-tight.json"), "--progress"});
    ASSERT_TRUE(run.waitForFinished(180'000)) << "the run did not end";
    const QString err = QString::fromUtf8(run.readAllStandardError());
    ASSERT_EQ(run.exitCode(), 0) << err.toStdString();

    QStringList steps;
    int timed = 0;
    int measured = 0;
    for (const QString& line : err.split('\n', Qt::SkipEmptyParts)) {
        static const QRegularExpression stamped(R"(^\[\s*[0-9.]+ s\] (.*)$)");
        auto m = stamped.match(line);
        if (!m.hasMatch()) continue;
        const QString what = m.captured(1);
        if (what.startsWith("step: ")) steps << what.mid(6).section(QStringLiteral(" · "), 0, 0);
        if (what.contains(QRegularExpression(R"(^  \S.* [0-9.e+-]+ s · \S)"))) ++timed;
        if (what.contains(", pass") || what.contains(", fail") || what.contains(", inconclusive")) ++measured;
    }
    // The record's steps, in order, are the ones the command line was told of.
    auto runs = storage::listRuns(records.db());
    ASSERT_EQ(runs.size(), 1u);
    QStringList recorded;
    for (const auto& e : storage::eventsOfRun(records.db(), runs[0].id)) {
        if (e.entry.what == "step") recorded << QString::fromStdString(e.entry.details);
    }
    EXPECT_EQ(steps, recorded) << err.toStdString();
    EXPECT_EQ(steps.last(), "teardown");
    EXPECT_GE(timed, 1) << "the hold was not shown: " << err.toStdString();
    EXPECT_GE(measured, 1) << err.toStdString();
}
