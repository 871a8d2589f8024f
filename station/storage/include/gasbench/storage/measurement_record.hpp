#pragma once
// One measurement of a run: the item and clause it checks, its value in the unit the standard
// states it in, the limits (each optional, each inclusive or not), the uncertainty and the
// verdict.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/hal/units.hpp"
#include "gasbench/storage/database.hpp"
#include "gasbench/storage/run_records.hpp"

namespace gasbench::storage {

enum class Nonconformity { structural, marking };

struct Limit {
    units::Quantity value;
    bool inclusive = true;
};

struct MeasurementRecord {
    std::string item;    // "closing time"
    std::string clause;  // "GB 16410-2020 5.3.2"
    std::optional<int> trial;            // the trial number of a repeated measurement
    std::optional<units::Quantity> value;  // none when it could not be measured
    units::UnitSpec unit;                // the unit it is reported in
    std::optional<Limit> low;
    std::optional<Limit> high;
    std::optional<units::Quantity> uncertainty;  // a difference: scaled, never offset
    Verdict verdict = Verdict::inconclusive;
    std::optional<Nonconformity> nonconformity;
    std::string note;
};

// What was stored, in the unit it was reported in (for lists, exports, reports).
struct StoredMeasurement {
    std::int64_t id = 0;
    RunId run = 0;
    std::string item;
    std::string clause;
    std::optional<int> trial;
    std::optional<double> value;
    std::string unit;
    std::optional<double> low;
    bool lowInclusive = true;
    std::optional<double> high;
    bool highInclusive = true;
    std::optional<double> uncertainty;
    Verdict verdict = Verdict::inconclusive;
    std::optional<Nonconformity> nonconformity;
    std::string note;
};

std::string_view nonconformityId(Nonconformity n);

// RecordError naming the field when `m` cannot be stored (no item, a value or limit not in
// the dimension of its unit). Touches no database: the recorder checks before it queues.
void checkMeasurement(const MeasurementRecord& m);

// Stores one measurement of a running run, with its event, in one transaction (the caller's
// or its own). `at`: when it was measured (UTC ISO 8601); empty: now.
std::int64_t insertMeasurement(Database& db, RunId run, const MeasurementRecord& m,
                               const std::string& who, const std::string& at = {});

std::vector<StoredMeasurement> measurementsOfRun(Database& db, RunId run);

}  // namespace gasbench::storage
