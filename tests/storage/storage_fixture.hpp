#pragma once
// A fresh station database in a temporary folder, with one registered batch whose samples
// runs can be recorded against.

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <string>

#include "gasbench/storage/database.hpp"
#include "gasbench/storage/enterprise.hpp"
#include "gasbench/storage/sampling_batch.hpp"

namespace gasbench::storage::fixture {

inline Enterprise demoProducer() {
    return {0, "佛山市顺德区华焰厨具电器有限公司", "91440606707891234U",
            "广东省佛山市顺德区容桂街道华口工业区纬三路8号", "陈国强", "0757-2838 6612", "广东"};
}

inline Enterprise demoSampledUnit() {
    return {0, "广州市天河区安居厨卫电器商行", "91440101MA5CK2L7Q8",
            "广东省广州市天河区天河路490号", "林晓燕", "020-8755 3201", "广东"};
}

inline SamplingBatch demoBatch(std::int64_t producer, std::int64_t sampledUnit,
                               const std::string& number = "C-2026-001") {
    SamplingBatch b;
    b.samplingNumber = number;
    b.category = ProductCategory::householdCooker;
    b.productName = "家用燃气灶具";
    b.brand = "华焰";
    b.model = "JZT-2-HY02";
    b.productionDate = "2026-01-15";
    b.producerId = producer;
    b.sampledUnitId = sampledUnit;
    b.samplingDate = "2026-05-12";
    b.samplers = {"王建华", "刘敏"};
    b.batchSize = 320;
    b.unitsDrawn = 2;
    b.sealNumbers = {"GD-FB-260512-01"};
    b.samples = {{0, 0, number + "-T", SampleRole::test}, {0, 0, number + "-B", SampleRole::backup}};
    return b;
}

// "enterprises/batches/samples/events": what a refused write must leave unchanged.
inline std::string recordCounts(Database& db) {
    Statement s = db.prepare(
        "SELECT (SELECT COUNT(*) FROM enterprises) || '/' || (SELECT COUNT(*) FROM "
        "sampling_batches) || '/' || (SELECT COUNT(*) FROM samples) || '/' || (SELECT "
        "COUNT(*) FROM events)");
    s.step();
    return s.text(0);
}

class StorageTest : public ::testing::Test {
protected:
    std::string dbPath() const { return dir_.filePath("station.db").toStdString(); }

    // Opens (creating) the database and registers the demo batch once.
    Database openWithBatch() {
        Database db = Database::open(dbPath());
        if (!findSamplingBatch(db, "C-2026-001")) {
            auto p = addEnterprise(db, demoProducer(), "tester");
            auto s = addEnterprise(db, demoSampledUnit(), "tester");
            addSamplingBatch(db, demoBatch(p, s), "tester");
        }
        return db;
    }

    QTemporaryDir dir_;
};

}  // namespace gasbench::storage::fixture
