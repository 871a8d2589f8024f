#pragma once
// A stored measurement's limits as one line — "2.5 ≤ x ≤ 3.3 kPa", "< 60 s", "—" — for the
// window's table, the report and the command line alike, inclusivity kept on both sides.

#include <string>

#include "gasbench/storage/measurement_record.hpp"

namespace gasbench::storage {

std::string formatLimits(const StoredMeasurement& m);

}  // namespace gasbench::storage
