#pragma once
// Sampling batches (抽样单) and the samples drawn from them: the test units and the backup
// units (备样), each with its own code.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/storage/database.hpp"
#include "gasbench/storage/record_checks.hpp"
#include "gasbench/storage/product_category.hpp"

namespace gasbench::storage {

enum class InspectionType { supervision, commissioned };
enum class SampleRole { test, backup };

std::string_view inspectionTypeId(InspectionType t);  // "supervision"
std::string_view sampleRoleId(SampleRole r);          // "test"

struct Sample {
    std::int64_t id = 0;
    std::int64_t batchId = 0;
    std::string code;  // "C-2026-001-T"
    SampleRole role = SampleRole::test;
};

struct SamplingBatch {
    std::int64_t id = 0;
    std::string samplingNumber;  // 抽样单号, unique
    ProductCategory category = ProductCategory::householdCooker;
    std::string productName;
    std::string brand;
    std::string model;  // model / specification
    std::optional<std::string> productionDate;  // YYYY-MM-DD; this or the batch number
    std::optional<std::string> batchNumber;
    std::int64_t producerId = 0;
    std::int64_t sampledUnitId = 0;
    std::string samplingDate;  // YYYY-MM-DD
    std::vector<std::string> samplers;
    std::optional<std::int64_t> batchSize;
    std::int64_t unitsDrawn = 0;
    std::vector<std::string> sealNumbers;
    InspectionType inspectionType = InspectionType::supervision;
    // Who asked for the test: the task source (任务来源) of supervision sampling, the client
    // (委托单位) of a commissioned test. Printed on the report.
    std::string client;
    std::vector<Sample> samples;
};

// Checks the batch (RecordError naming the field), stores it with its samples in one
// transaction and logs an event. A sampling number or sample code already used is refused.
std::int64_t addSamplingBatch(Database& db, const SamplingBatch& batch, const std::string& who);

std::vector<SamplingBatch> listSamplingBatches(Database& db);
std::optional<SamplingBatch> findSamplingBatch(Database& db, const std::string& samplingNumber);
std::optional<Sample> findSample(Database& db, const std::string& code);

}  // namespace gasbench::storage
