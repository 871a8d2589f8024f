// Every shipped standard profile loads with STANDARDS.md's figures and flags; bad ones are
// refused naming the field.
#include "gasbench/procedures/profile.hpp"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <fstream>

#include "gasbench/core/config_error.hpp"
#include "gasbench/procedures/edition_in_force.hpp"
#include "gasbench/procedures/registry.hpp"

namespace gp = gasbench::procedures;
namespace u = gasbench::units;

namespace {

const std::string kStandards = std::string(GASBENCH_FIXTURES_DIR) + "/standards";

gp::Profile load(const std::string& id) { return gp::loadProfile(kStandards + "/" + id + ".json"); }

double highOf(const gp::Profile& p, const std::string& item) {
    return u::siValue(p.findItem(item)->limits.high->value);
}
double lowOf(const gp::Profile& p, const std::string& item) {
    return u::siValue(p.findItem(item)->limits.low->value);
}

}  // namespace

TEST(Profiles, EveryShippedProfileLoads) {
    const auto all = gp::loadProfiles(kStandards);
    std::vector<std::string> ids;
    for (const auto& p : all) ids.push_back(p.id);
    for (const char* id :
         {"gb-16410-2020", "gb-16410-2007", "gb-35844-2018-household", "gb-35844-2018-commercial",
          "gb-29993-2013", "metal-hose-gb-41317-2024", "lab-hose-airtightness-v1",
          "gb-11174-2011", "gb-11174-2025"}) {
        EXPECT_NE(std::find(ids.begin(), ids.end(), id), ids.end()) << id;
    }
}

TEST(Profiles, FlameFailureFigures) {
    const auto p2020 = load("gb-16410-2020");
    EXPECT_DOUBLE_EQ(highOf(p2020, "opening_time"), 10.0);
    EXPECT_TRUE(p2020.findItem("opening_time")->limits.high->inclusive);
    EXPECT_DOUBLE_EQ(highOf(p2020, "closing_time"), 60.0);
    EXPECT_TRUE(p2020.findItem("closing_time")->confirmed);
    const auto p2007 = load("gb-16410-2007");
    EXPECT_DOUBLE_EQ(highOf(p2007, "opening_time"), 15.0);
    EXPECT_DOUBLE_EQ(highOf(p2007, "closing_time"), 60.0);
    EXPECT_FALSE(p2020.findParameter("trials")->confirmed);
    EXPECT_DOUBLE_EQ(u::siValue(p2020.findParameter("trials")->values.front()), 3.0);
}

TEST(Profiles, RegulatorFigures) {
    const auto h = load("gb-35844-2018-household");
    EXPECT_NEAR(lowOf(h, "outlet_pressure_min"), 2300.0, 1e-9);
    EXPECT_NEAR(highOf(h, "outlet_pressure_max"), 3300.0, 1e-9);
    EXPECT_NEAR(highOf(h, "lock_up_pressure"), 3500.0, 1e-9);
    EXPECT_NEAR(highOf(h, "peak_outlet_pressure"), 50000.0, 1e-9);
    EXPECT_FALSE(h.findItem("outlet_pressure_min")->confirmed);
    EXPECT_TRUE(h.findItem("peak_outlet_pressure")->confirmed);
    EXPECT_TRUE(h.findItem("over_flow_shut_off")->confirmed);
    EXPECT_EQ(h.findItem("over_flow_shut_off")->dimension, u::Dimension::state);
    EXPECT_FALSE(h.findParameter("over_flow_test_flow_max")->confirmed);
    EXPECT_EQ(h.findItem("outlet_not_adjustable")->nonconformity, gasbench::Nonconformity::structural);
    const auto c5 = load("gb-35844-2018-commercial-5kpa");
    EXPECT_NEAR(lowOf(c5, "outlet_pressure_min"), 4100.0, 1e-9);
    EXPECT_NEAR(highOf(c5, "outlet_pressure_max"), 5900.0, 1e-9);
    EXPECT_EQ(load("gb-35844-2018-commercial").findItem("threaded_outlet")->nonconformity,
              gasbench::Nonconformity::structural);
}

TEST(Profiles, HoseStandardHasNoAirtightnessLimitTheLabMethodHasOneUnconfirmed) {
    const auto std2013 = load("gb-29993-2013");
    EXPECT_FALSE(std2013.findItem("pressure_drop")->limits.any());
    EXPECT_EQ(std2013.findParameter("test_pressure"), nullptr);
    EXPECT_EQ(std2013.findItem("marking_production_date")->nonconformity, gasbench::Nonconformity::marking);
    EXPECT_NEAR(lowOf(std2013, "service_life") / (365.25 * 86400.0), 8.0, 1e-9);
    const auto lab = load("lab-hose-airtightness-v1");
    EXPECT_TRUE(lab.findItem("pressure_drop")->limits.high.has_value());
    EXPECT_FALSE(lab.findItem("pressure_drop")->confirmed);
    EXPECT_FALSE(lab.findParameter("test_pressure")->confirmed);
    EXPECT_NE(lab.findParameter("hold_time"), nullptr);
}

TEST(Profiles, LpgFigures) {
    const auto p2011 = load("gb-11174-2011");
    EXPECT_NEAR(lowOf(p2011, "c3_c4_fraction"), 0.95, 1e-12);
    EXPECT_NEAR(highOf(p2011, "c5_plus_fraction"), 0.03, 1e-12);
    EXPECT_FALSE(p2011.findItem("c5_plus_fraction")->confirmed);
    ASSERT_TRUE(p2011.findItem("dme_fraction")->highFrom.has_value());
    EXPECT_EQ(p2011.findItem("dme_fraction")->highFrom->role, "analyzer.detection_limit");
    const auto p2025 = load("gb-11174-2025");
    EXPECT_FALSE(p2025.findItem("dme_fraction")->limits.any());
    EXPECT_FALSE(p2025.findItem("dme_fraction")->highFrom.has_value());
}

namespace {

// Writes a profile with one field replaced and returns the field the loader complained about.
std::string refusedField(const std::string& itemJson, const std::string& extraTop = {}) {
    QTemporaryDir dir;
    const std::string file = dir.path().toStdString() + "/bad.json";
    std::ofstream(file) << R"({"id": "bad", "version": 1, "standard": "X", "titleZh": "x",
        "titleEn": "x", "procedure": "flame-failure", "categories": ["household-cooker"],)"
                        << extraTop << R"("items": [)" << itemJson << "]}";
    try {
        gp::loadProfile(file);
    } catch (const gasbench::ConfigError& e) {
        EXPECT_EQ(e.file(), file);
        return e.field();
    }
    return "(accepted)";
}

const std::string kGoodItem =
    R"({"id": "closing_time", "clause": "6.12", "requirementZh": "x", "requirementEn": "x",
        "unit": "s", "high": {"value": 60, "inclusive": true}, "source": "s", "confirmed": true})";

std::string replaced(std::string s, const std::string& from, const std::string& to) {
    s.replace(s.find(from), from.size(), to);
    return s;
}

}  // namespace

TEST(Profiles, AGoodMinimalProfileIsAccepted) { EXPECT_EQ(refusedField(kGoodItem), "(accepted)"); }

TEST(Profiles, RefusesBadFieldsByName) {
    EXPECT_EQ(refusedField(replaced(kGoodItem, R"("unit": "s")", R"("unit": "sec")")),
              "items[0].unit");
    EXPECT_EQ(refusedField(replaced(kGoodItem, R"(, "inclusive": true)", "")),
              "items[0].high.inclusive");
    EXPECT_EQ(refusedField(replaced(kGoodItem, R"("confirmed": true)", R"("confirmed": "yes")")),
              "items[0].confirmed");
    EXPECT_EQ(refusedField(replaced(kGoodItem, R"("clause")", R"("clouse")")), "items[0].clouse");
    EXPECT_EQ(refusedField(kGoodItem + "," + kGoodItem), "items[1].id");
    EXPECT_EQ(refusedField(kGoodItem, R"("categories2": [],)"), "categories2");
    EXPECT_EQ(refusedField(R"({"id": "sealed", "kind": "checklist", "clause": "-",
        "requirementZh": "x", "requirementEn": "x", "source": "s", "confirmed": true})"),
              "items[0].nonconformity");
    EXPECT_EQ(refusedField(kGoodItem, R"("parameters": [{"id": "trials", "unit": "1",
        "source": "s", "confirmed": false}],)"),
              "parameters[0].value");
}

// Rounding, guard band and decision rule are data the loader refuses by name when wrong.
TEST(Profiles, RoundingAndDecisionRuleAreReadAndBadOnesRefused) {
    const std::string rounded = replaced(
        kGoodItem, R"("source")",
        R"("rounding": {"interval": 0.1, "comparison": "rounded-value"}, "guardBand": 0.2, "source")");
    EXPECT_EQ(refusedField(rounded, R"("decisionRule": {"rule": "guarded", "source": "x"},)"),
              "(accepted)");
    EXPECT_EQ(refusedField(replaced(rounded, "rounded-value", "rounded")),
              "items[0].rounding.comparison");
    EXPECT_EQ(refusedField(replaced(rounded, R"("interval": 0.1)", R"("interval": 0)")),
              "items[0].rounding.interval");
    EXPECT_EQ(refusedField(replaced(rounded, R"("interval": 0.1)", R"("step": 0.1)")),
              "items[0].rounding.step");
    EXPECT_EQ(refusedField(replaced(rounded, R"("guardBand": 0.2)", R"("guardBand": -0.2)")),
              "items[0].guardBand");
    EXPECT_EQ(refusedField(kGoodItem, R"("decisionRule": {"rule": "lenient"},)"), "decisionRule.rule");
    EXPECT_EQ(refusedField(R"({"id": "sealed", "kind": "checklist", "nonconformity": "marking",
        "clause": "-", "requirementZh": "x", "requirementEn": "x", "rounding": {"interval": 1},
        "source": "s", "confirmed": true})"),
              "items[0].rounding");
}

TEST(Profiles, ShippedProfilesStateTheirRuleAndRounding) {
    const auto p = load("gb-16410-2020");
    EXPECT_EQ(p.decisionRule, gasbench::DecisionRuleKind::simple);
    const auto* closing = p.findItem("closing_time");
    ASSERT_TRUE(closing->rounding.interval);
    EXPECT_DOUBLE_EQ(u::siValue(*closing->rounding.interval), 0.1);
    EXPECT_EQ(closing->rounding.comparison, gasbench::Comparison::fullValue);
    const auto h = load("gb-35844-2018-household");
    EXPECT_DOUBLE_EQ(u::siValue(*h.findItem("outlet_pressure_max")->rounding.interval), 10.0);  // 0.01 kPa
}

// The edition in force on the sampling date: GB 11174-2025 from 2026-11-01, GB 16410-2020 from
// 2022-01-01; the day before, the edition it replaced.
TEST(Profiles, TheEditionInForceOnTheSamplingDate) {
    const auto all = gp::loadProfiles(kStandards);
    const auto* lpg = gp::findProcedure("lpg-dme");
    const auto* cooker = gp::findProcedure("flame-failure");
    ASSERT_TRUE(lpg && cooker);
    auto idOn = [&](const gp::ProcedureDefinition& p, const char* category, const char* date) {
        const auto c = gp::editionInForce(p, category, date, all);
        return c.profile ? c.profile->id : "(none: " + c.why + ")";
    };
    EXPECT_EQ(idOn(*lpg, "lpg", "2026-10-31"), "gb-11174-2011");
    EXPECT_EQ(idOn(*lpg, "lpg", "2026-11-01"), "gb-11174-2025");
    EXPECT_EQ(idOn(*cooker, "household-cooker", "2021-12-31"), "gb-16410-2007");
    EXPECT_EQ(idOn(*cooker, "household-cooker", "2022-01-01"), "gb-16410-2020");
    EXPECT_EQ(idOn(*cooker, "commercial-cooker", "2024-07-31").rfind("(none", 0), 0u);
    EXPECT_EQ(idOn(*cooker, "commercial-cooker", "2024-08-01"), "gb-35848-2024");
    // A laboratory method without dates is always in force.
    EXPECT_EQ(idOn(*gp::findProcedure("hose-leakage"), "gas-hose", "2001-01-01"), "lab-hose-airtightness-v1");
    const auto p2025 = load("gb-11174-2025");
    EXPECT_EQ(p2025.replaces, "gb-11174-2011");
}

TEST(Profiles, InForceDatesAreStrict) {
    EXPECT_EQ(refusedField(kGoodItem, R"("inForceFrom": "2026-13-01",)"), "inForceFrom");
    EXPECT_EQ(refusedField(kGoodItem, R"("inForceFrom": "2026-1-01",)"), "inForceFrom");
    EXPECT_EQ(refusedField(kGoodItem, R"("inForceFrom": "2026-11-01", "inForceUntil": "2026-11-01",)"),
              "inForceUntil");
    EXPECT_EQ(refusedField(kGoodItem, R"("inForceFrom": "2026-11-01", "inForceUntil": "2030-01-01",)"),
              "(accepted)");
}
