#pragma once
// A batch file (fixtures/batches/*.json): one sampling batch with its producer and sampled
// unit and its samples, read through JsonFields. Every bad value is refused with a
// ConfigError naming the field; importing writes everything or nothing.

#include <cstdint>
#include <string>

#include "gasbench/storage/database.hpp"
#include "gasbench/storage/enterprise.hpp"
#include "gasbench/storage/sampling_batch.hpp"

namespace gasbench::storage {

struct BatchFile {
    std::string file;
    Enterprise producer;
    Enterprise sampledUnit;
    SamplingBatch batch;  // producerId and sampledUnitId are filled in by importBatchFile
};

// Reads and checks a batch file: credit codes, category, dates, samples.
BatchFile readBatchFile(const std::string& path);

// One transaction: the enterprises (found by credit code, created if new), the batch and its
// samples. A duplicate sampling number or sample code is a ConfigError; nothing is written.
std::int64_t importBatchFile(Database& db, const BatchFile& batchFile, const std::string& who);

}  // namespace gasbench::storage
