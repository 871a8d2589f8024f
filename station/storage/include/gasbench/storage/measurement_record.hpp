#pragma once
// One measurement of a run, stored as the core Measurement it was taken as: its value, limits
// and uncertainty written in the unit it is reported in, and read back as the same quantities,
// with the bench time it was taken.

#include <cstdint>
#include <string>
#include <vector>

#include "gasbench/core/measurement.hpp"
#include "gasbench/storage/database.hpp"
#include "gasbench/storage/run_records.hpp"

namespace gasbench::storage {

// What was stored: the measurement and where it is.
struct StoredMeasurement : Measurement {
    std::int64_t id = 0;
    RunId run = 0;
};

// RecordError naming the field when `m` cannot be stored (no item, an unknown unit, a value,
// limit or uncertainty not in the dimension of its unit). Touches no database: the recorder
// checks before it queues.
void checkMeasurement(const Measurement& m);

// Stores one measurement of a running run, with its event, in one transaction (the caller's
// or its own). `at`: when it was measured (UTC ISO 8601); empty: now.
std::int64_t insertMeasurement(Database& db, RunId run, const Measurement& m,
                               const std::string& who, const std::string& at = {});

std::vector<StoredMeasurement> measurementsOfRun(Database& db, RunId run);

}  // namespace gasbench::storage
