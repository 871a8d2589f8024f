// Scenario and bench-layout files: every shipped one loads; bad ones are refused with the file,
// the field and what was expected.
#include <gtest/gtest.h>

#include <QDir>

#include "gasbench/sim/bench_layout.hpp"
#include "gasbench/sim/rtu_timing.hpp"
#include "sim_test_support.hpp"

namespace gasbench::sim {
namespace {

TEST(Scenario, EveryShippedScenarioLoadsWithItsTruth) {
    QDir dir(QString::fromStdString(test::fixture("scenarios")));
    auto files = dir.entryList({"*.json"}, QDir::Files);
    ASSERT_GE(files.size(), 16);
    for (const QString& name : files) {
        std::string path = dir.filePath(name).toStdString();
        SCOPED_TRACE(path);
        Scenario s = loadScenario(path);
        EXPECT_EQ(s.id + ".json", name.toStdString());
        EXPECT_FALSE(s.truth.measurements.empty());
        EXPECT_NE(makeModel(s.model), nullptr);
    }
}

TEST(Scenario, TruthCarriesQuantitiesInTheirDimension) {
    Scenario s = test::scenario("cooker-ffd-closing-borderline-fail");
    EXPECT_EQ(s.truth.procedure, "flame-failure");
    EXPECT_EQ(s.truth.verdict, gasbench::Verdict::fail);
    const TruthMeasurement* closing = s.truth.find("closing_time");
    ASSERT_NE(closing, nullptr);
    EXPECT_DOUBLE_EQ(units::inSeconds(std::get<units::Duration>(closing->value)), 61.0);
    EXPECT_DOUBLE_EQ(units::inSeconds(std::get<units::Duration>(closing->tolerance)), 0.5);
    Scenario lpg = test::scenario("lpg-dme");
    EXPECT_DOUBLE_EQ(
        units::inPercent(std::get<units::Fraction>(lpg.truth.find("dme_fraction")->value)), 8.0);
}

struct BadScenario {
    const char* why;
    const char* json;
    const char* field;
};

class ScenarioRefused : public ::testing::TestWithParam<BadScenario> {};

constexpr const char* kTruth =
    R"("truth": {"procedure": "flame-failure", "verdict": "pass", "measurements": {"closing_time": {"value": 42, "unit": "s", "tolerance": 0.5}}})";

std::string cooker(const std::string& parameters, const std::string& truth = kTruth) {
    return R"({"id": "x", "model": {"kind": "cooker", "parameters": )" + parameters + "}, " +
           truth + "}";
}

TEST_P(ScenarioRefused, NamesTheField) {
    const BadScenario& bad = GetParam();
    try {
        parseScenario(QByteArray(bad.json), "bad.json");
        FAIL() << "accepted: " << bad.why;
    } catch (const ConfigError& e) {
        EXPECT_EQ(e.file(), "bad.json");
        EXPECT_EQ(e.field(), bad.field) << e.what();
        EXPECT_FALSE(e.problem().empty());
    }
}

const std::string kMissingOpening = cooker(R"({"closing_time_s": 42})");
const std::string kHoldAboveSteady = cooker(
    R"({"opening_time_s": 6, "closing_time_s": 42, "thermocouple_steady_mv": 10, "hold_mv": 12})");
const std::string kTypo =
    cooker(R"({"opening_time_s": 6, "closing_time_s": 42, "closing_tme_s": 1})");
const std::string kBadVerdict = cooker(
    R"({"opening_time_s": 6, "closing_time_s": 42})",
    R"("truth": {"procedure": "flame-failure", "verdict": "ok", "measurements": {"closing_time": {"value": 1, "unit": "s", "tolerance": 0}}})");
const std::string kWrongItem = cooker(
    R"({"opening_time_s": 6, "closing_time_s": 42})",
    R"("truth": {"procedure": "flame-failure", "verdict": "pass", "measurements": {"lock_up_pressure": {"value": 1, "unit": "kPa", "tolerance": 0}}})");
const std::string kWrongUnit = cooker(
    R"({"opening_time_s": 6, "closing_time_s": 42})",
    R"("truth": {"procedure": "flame-failure", "verdict": "pass", "measurements": {"closing_time": {"value": 1, "unit": "kPa", "tolerance": 0}}})");
const std::string kWrongProcedure = cooker(
    R"({"opening_time_s": 6, "closing_time_s": 42})",
    R"("truth": {"procedure": "hose-leakage", "verdict": "pass", "measurements": {"pressure_drop": {"value": 1, "unit": "kPa", "tolerance": 0}}})");
const std::string kUnknownKind =
    R"({"id": "x", "model": {"kind": "oven", "parameters": {}}, )" + std::string(kTruth) + "}";
const std::string kImpossibleLeak =
    R"({"id": "x", "model": {"kind": "hose", "parameters": {"volume_l": 0.3, "test_pressure_kpa": 15, "stabilise_s": 30, "hold_s": 120, "pressure_drop_kpa": 12}}, )"
    R"("truth": {"procedure": "hose-leakage", "verdict": "fail", "measurements": {"pressure_drop": {"value": 12, "unit": "kPa", "tolerance": 0.1}}}})";
const std::string kCompositionNot100 =
    R"({"id": "x", "model": {"kind": "lpg", "parameters": {"composition_vol_percent": {"propane": 60, "n_butane": 30}}}, )"
    R"("truth": {"procedure": "lpg-dme", "verdict": "pass", "measurements": {"dme_fraction": {"value": 0, "unit": "%", "tolerance": 0.1}}}})";
const std::string kBadFault =
    cooker(R"({"opening_time_s": 6, "closing_time_s": 42})",
           std::string(kTruth) + R"(, "faults": [{"kind": "noise", "unit_id": 2, "sd": 0.1}])");

const std::string kUnknownFault =
    cooker(R"({"opening_time_s": 6, "closing_time_s": 42})",
           std::string(kTruth) + R"(, "faults": [{"kind": "lightning"}])");

INSTANTIATE_TEST_SUITE_P(
    Files, ScenarioRefused,
    ::testing::Values(
        BadScenario{"missing opening time", kMissingOpening.c_str(),
                    "model.parameters.opening_time_s"},
        BadScenario{"hold above steady EMF", kHoldAboveSteady.c_str(), "model.parameters.hold_mv"},
        BadScenario{"a typo in a key", kTypo.c_str(), "model.parameters.closing_tme_s"},
        BadScenario{"verdict not pass/fail", kBadVerdict.c_str(), "truth.verdict"},
        BadScenario{"item of another procedure", kWrongItem.c_str(),
                    "truth.measurements.lock_up_pressure"},
        BadScenario{"unit of another dimension", kWrongUnit.c_str(),
                    "truth.measurements.closing_time.unit"},
        BadScenario{"procedure not the model's", kWrongProcedure.c_str(), "truth.procedure"},
        BadScenario{"unknown model kind", kUnknownKind.c_str(), "model.kind"},
        BadScenario{"a leak no hose can have", kImpossibleLeak.c_str(),
                    "model.parameters.pressure_drop_kpa"},
        BadScenario{"composition not 100 %", kCompositionNot100.c_str(),
                    "model.parameters.composition_vol_percent"},
        BadScenario{"channel fault without channel", kBadFault.c_str(), "faults[0].channel"},
        BadScenario{"unknown fault kind", kUnknownFault.c_str(), "faults[0].kind"}));

TEST(Scenario, AMissingFileIsRefusedByName) {
    try {
        loadScenario("/nonexistent/scenario.json");
        FAIL();
    } catch (const ConfigError& e) {
        EXPECT_EQ(e.file(), "/nonexistent/scenario.json");
    }
}

TEST(BenchLayout, TheShippedLayoutWiresTheSixUnits) {
    BenchLayout layout = loadBenchLayout(test::fixture("sim/bench-layout.json"));
    ASSERT_EQ(layout.devices.size(), 6u);
    EXPECT_EQ(layout.byUnit(1)->signalFor("pressure"), "inlet_pressure");
    EXPECT_EQ(layout.byUnit(2)->signalFor("pressure"), "outlet_pressure");
    EXPECT_EQ(layout.byUnit(3)->map.kind, "flame-detector");
    EXPECT_EQ(layout.byUnit(4)->map.kind, "flow-meter");
    EXPECT_TRUE(layout.byUnit(5)->map.watchdog.has_value());
    EXPECT_EQ(layout.byUnit(6)->signalFor("dme_vol"), "dme_vol");
    EXPECT_EQ(layout.byUnit(kControlUnitId), nullptr);
}

TEST(RtuTiming, WireTimeMatchesTheMeasuredCeilings) {
    hal::BusConfig line;
    line.baud = 9600;
    // A 10-register read: 8-byte request, 25-byte answer (MEASURED.md: ~24/s, ~48/s, ~157/s).
    EXPECT_NEAR(1.0 / transactionTime(line, 8, 25).value(), 24.0, 0.5);
    line.baud = 19200;
    EXPECT_NEAR(1.0 / transactionTime(line, 8, 25).value(), 48.0, 1.0);
    line.baud = 115200;
    EXPECT_NEAR(1.0 / transactionTime(line, 8, 25).value(), 157.0, 1.5);
    EXPECT_DOUBLE_EQ(frameSilence(line).value(), 1.75e-3);
    line.parity = 'E';
    EXPECT_NEAR(characterTime(line).value(), 11.0 / 115200.0, 1e-12);
}

}  // namespace
}  // namespace gasbench::sim
