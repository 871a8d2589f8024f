#pragma once
// The demo batches with completed runs recorded straight through the storage API (no bench):
// a conforming cooker (C-2026-001-T), a cooker whose closing time fails (C-2026-005-T), a
// regulator with a structural and a marking nonconformity and an unconfirmed limit
// (C-2026-006-T), and a hose with two marking problems (C-2026-007-T). Plus a QGuiApplication
// on the offscreen platform, which laying out a PDF needs.

#include <QGuiApplication>
#include <optional>
#include <string>

#include "demo_records.hpp"
#include "gasbench/reports/report_content.hpp"
#include "gasbench/reports/users.hpp"
#include "gasbench/station/station_config.hpp"
#include "gasbench/storage/measurement_record.hpp"
#include "gasbench/storage/run_records.hpp"

namespace gasbench::testsupport {

inline void ensureGuiApplication() {
    if (QCoreApplication::instance()) return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "reports_test";
    static char* argv[] = {name, nullptr};
    // Never destroyed: at exit Qt's own globals may already be gone.
    [[maybe_unused]] static auto* app = new QGuiApplication(argc, argv);
}

struct Item {
    std::string id;
    std::string clause;
    double value;
    const char* unit;  // "s", "kPa", "bool"
    std::optional<double> low, high;
    gasbench::Verdict verdict;
    std::optional<gasbench::Nonconformity> nonconformity = std::nullopt;
};

inline storage::RunId recordRun(storage::Database& db, const std::string& sample,
                                const std::string& procedure, const std::string& profile,
                                const std::vector<Item>& items, gasbench::Verdict verdict) {
    storage::RunInfo info{procedure, profile, 1, "SIM-01", "tester", sample, 0, ""};
    storage::RunId run = storage::insertRun(db, info);
    for (const auto& item : items) {
        gasbench::Measurement m;
        m.item = item.id;
        m.clause = item.clause;
        m.unit = item.unit;
        units::UnitSpec unit;
        units::parseUnit(item.unit, unit);
        m.value = unit.toQuantity(item.value);
        if (item.low) m.limits.low = gasbench::Limit{unit.toQuantity(*item.low), true};
        if (item.high) m.limits.high = gasbench::Limit{unit.toQuantity(*item.high), true};
        m.verdict = item.verdict;
        m.nonconformity = item.nonconformity;
        storage::insertMeasurement(db, run, m, "tester");
    }
    storage::closeRun(db, run, gasbench::RunState::completed, verdict, "", "tester");
    return run;
}

class ReportRecords : public DemoRecords {
public:
    ReportRecords() {
        ensureGuiApplication();
        using gasbench::Verdict;
        recordRun(db(), "C-2026-001-T", "flame-failure", "gb-16410-2020",
                  {{"opening_time", "6.12", 5.97, "s", {}, 10, Verdict::pass},
                   {"closing_time", "6.12", 42.0, "s", {}, 60, Verdict::pass}},
                  Verdict::pass);
        recordRun(db(), "C-2026-005-T", "flame-failure", "gb-16410-2020",
                  {{"opening_time", "6.12", 6.04, "s", {}, 10, Verdict::pass},
                   {"closing_time", "6.12", 75.0, "s", {}, 60, Verdict::fail}},
                  Verdict::fail);
        recordRun(db(), "C-2026-006-T", "regulator-outlet-pressure", "gb-35844-2018-household",
                  {{"outlet_not_adjustable", "—", 0, "bool", 1, {}, Verdict::fail, gasbench::Nonconformity::structural},
                   {"body_marking", "—", 0, "bool", 1, {}, Verdict::fail, gasbench::Nonconformity::marking},
                   {"outlet_pressure_max", "—", 3.386, "kPa", {}, 3.3, Verdict::fail}},
                  Verdict::fail);
        recordRun(db(), "C-2026-007-T", "hose-leakage", "gb-29993-2013",
                  {{"marking_production_date", "—", 0, "bool", 1, {}, Verdict::fail, gasbench::Nonconformity::marking},
                   {"marking_service_life", "—", 0, "bool", 1, {}, Verdict::fail, gasbench::Nonconformity::marking}},
                  Verdict::fail);
    }

    static reports::ReportSources sources() {
        const std::string fixtures = GASBENCH_FIXTURES_DIR;
        return {station::loadStationConfig(fixtures + "/stations/sim-bench.json").lab, fixtures + "/standards"};
    }

    static inline const std::string kPin = "135790";

    // A person: sign-in name, full name "NAME 签名", staff id "S-NAME" unless given.
    static reports::User person(const std::string& name, reports::Role role, const std::string& staffId = {}) {
        reports::User u;
        u.name = name;
        u.fullName = name + " 签名";
        u.role = role;
        u.staffId = staffId.empty() ? "S-" + name : staffId;
        return u;
    }
    // The first quality manager ("quality"), who adds one person of each other role
    // (technician, reviewer, approver); every PIN kPin.
    void addStaff() {
        using reports::Role;
        reports::initFirstQualityManager(db(), person("quality", Role::qualityManager), kPin);
        quality_ = user("quality");
        for (auto [name, role] : {std::pair{"technician", Role::technician}, std::pair{"reviewer", Role::reviewer},
                                  std::pair{"approver", Role::approver}})
            reports::addUser(db(), person(name, role), kPin, *quality_);
    }
    // Another account, added by the quality manager (addStaff first).
    void addPerson(const std::string& name, reports::Role role, const std::string& staffId = {}) {
        reports::addUser(db(), person(name, role, staffId), kPin, *quality_);
    }
    reports::User user(const std::string& name) { return reports::authenticate(db(), name, kPin); }

private:
    std::optional<reports::User> quality_;
};

}  // namespace gasbench::testsupport
