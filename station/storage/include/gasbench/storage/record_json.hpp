#pragma once
// The records as JSON objects, with the same snake_case keys as the batch files: what
// `gasbench ... --json` prints, and what other programs read.

#include <QJsonObject>

#include "gasbench/storage/database.hpp"
#include "gasbench/storage/enterprise.hpp"
#include "gasbench/storage/run_records.hpp"
#include "gasbench/storage/sampling_batch.hpp"

namespace gasbench::storage {

QJsonObject enterpriseJson(const Enterprise& e);
QJsonObject runJson(const StoredRun& r);
// With its producer and sampled unit; with each sample's runs when `withRuns`.
QJsonObject batchJson(Database& db, const SamplingBatch& b, bool withRuns);

}  // namespace gasbench::storage
