#pragma once
// The content hash of a record: what an event binds to, so that a row changed, added or removed
// outside gasbench no longer matches the event log (see audit_log.hpp, audit_check.hpp).

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "gasbench/storage/database.hpp"

namespace gasbench::storage {

// The record tables every insert and allowed change of which carries an event. "series" is
// not a table: it stands for a run's channels and time-series chunks together, sealed by one
// event when the run closes (a chunk is written many times a second; one event per run is
// enough to find any chunk changed, added or removed later).
std::span<const std::string_view> coveredTables();
inline constexpr std::string_view kSeriesRecord = "series";

// The SHA-256 (hex) of one row: every column by name, type-tagged and length-prefixed, so no
// two different rows hash alike; for "series", the run's channels and chunks in id order.
// nullopt when there is no such row (no such run, for "series").
std::optional<std::string> rowDigest(Database& db, std::string_view table, std::int64_t id);

}  // namespace gasbench::storage
