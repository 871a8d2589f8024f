// For every scenario in fixtures/scenarios/: the procedure its truth names, run through the
// real Modbus path against the simulated bench, recovers each true value within its tolerance
// and reaches the stated verdict.
#include <gtest/gtest.h>

#include <QDir>
#include <cstdlib>

#include "demo_records.hpp"
#include "gasbench/procedures/answers_file.hpp"
#include "gasbench/sim/scenario.hpp"
#include "gasbench/station/run_session.hpp"

using namespace gasbench;

namespace {

std::vector<std::string> scenarioFiles() {
    QDir dir(QString(GASBENCH_FIXTURES_DIR) + "/scenarios");
    std::vector<std::string> files;
    for (const QString& f : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) {
        files.push_back(dir.filePath(f).toStdString());
    }
    return files;
}

std::string nameOf(const ::testing::TestParamInfo<std::string>& info) {
    std::string n = QFileInfo(QString::fromStdString(info.param)).baseName().toStdString();
    for (char& c : n) {
        if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    }
    return n;
}

// Scenarios whose truth needs answers other than "all conforming" name them here.
std::string answersFor(const sim::Scenario& s) {
    std::string dir = std::string(GASBENCH_FIXTURES_DIR) + "/answers/";
    if (s.id.find("tampered") != std::string::npos) return dir + "regulator-adjustable-outlet.json";
    return dir + "all-conforming.json";
}

// 20x keeps the suite fast while the shortest timed windows (a 0.2 s knob-release window, a
// 0.5 s flame-out pulse) stay 10 ms or more of wall time, above the host's latency even under
// the sanitizers; GASBENCH_TEST_TIME_SCALE overrides it.
double testTimeScale() {
    if (const char* s = std::getenv("GASBENCH_TEST_TIME_SCALE")) return std::atof(s);
    return 20.0;
}

class ScenarioTruth : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(ScenarioTruth, ProcedureRecoversTheTruthAndTheVerdict) {
    sim::Scenario scenario = sim::loadScenario(GetParam());
    testsupport::DemoRecords records;
    station::RunRequest req;
    req.stationFile = std::string(GASBENCH_FIXTURES_DIR) + "/stations/sim-bench.json";
    req.procedureId = scenario.truth.procedure;
    req.sampleCode = testsupport::DemoRecords::sampleFor(scenario.truth.procedure);
    req.scenarioFile = GetParam();
    req.timeScale = testTimeScale();
    req.fixturesDir = GASBENCH_FIXTURES_DIR;
    auto responder = procedures::AnswersFileResponder::load(answersFor(scenario));

    station::RunOutcome outcome = station::runOnStation(req, records.db(), responder);

    ASSERT_EQ(outcome.record.state, gasbench::RunState::completed) << outcome.record.abortCause;
    for (const auto& truth : scenario.truth.measurements) {
        const gasbench::Measurement* combined = nullptr;
        for (const auto& m : outcome.record.measurements) {
            if (m.item == truth.item && !m.trial) combined = &m;
        }
        ASSERT_NE(combined, nullptr) << "no measurement of " << truth.item;
        if (!truth.inconclusiveBecause.empty()) {
            EXPECT_FALSE(combined->value) << truth.item;
            EXPECT_EQ(combined->verdict, gasbench::Verdict::inconclusive) << truth.item;
            EXPECT_NE(combined->note.find(truth.inconclusiveBecause), std::string::npos)
                << truth.item << ": " << combined->note;
            continue;
        }
        ASSERT_TRUE(combined->value) << truth.item << " has no value: " << combined->note;
        double measured = units::siValue(*combined->value);
        double expected = units::siValue(truth.value);
        double tolerance = units::siValue(truth.tolerance);
        EXPECT_NEAR(measured, expected, tolerance)
            << truth.item << " in SI units (" << truth.unit.symbol << " in the scenario)";
        if (truth.withinUncertainty) {
            ASSERT_TRUE(combined->uncertainty) << truth.item << " states no U";
            const double U = units::siValue(*combined->uncertainty);
            EXPECT_LE(U, tolerance) << truth.item << ": U wider than the scenario's tolerance";
            EXPECT_NEAR(measured, expected, U) << truth.item << ": the truth is outside ± U";
        }
    }
    EXPECT_EQ(outcome.record.verdict, scenario.truth.verdict)
        << "verdict " << gasbench::verdictId(outcome.record.verdict);
}

INSTANTIATE_TEST_SUITE_P(Scenarios, ScenarioTruth, ::testing::ValuesIn(scenarioFiles()), nameOf);
