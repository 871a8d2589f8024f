#pragma once
// What a sample's completed runs found: the latest completed run of each procedure, its item
// verdicts (a repeated item's combined row, not its trials), and the overall verdict — the
// one the report, the problem-product table and the statistics all use.

#include <optional>
#include <string>
#include <vector>

#include "gasbench/storage/database.hpp"
#include "gasbench/storage/measurement_record.hpp"
#include "gasbench/storage/run_records.hpp"

namespace gasbench::reports {

struct ItemOutcome {
    std::size_t run = 0;  // index into SampleResults::runs
    storage::StoredMeasurement measurement;
};

struct SampleResults {
    std::vector<storage::StoredRun> runs;
    std::vector<ItemOutcome> items;  // in the order measured
    // fail when any item fails, pass when every item passes, else inconclusive; none
    // without a completed run.
    std::optional<gasbench::Verdict> conclusion;
};

SampleResults sampleResults(storage::Database& db, const std::string& sampleCode);

}  // namespace gasbench::reports
