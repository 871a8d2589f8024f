// Batch files: the demo files import; a bad credit code, an unknown category, a malformed date
// or a duplicate sampling number is refused naming the field, and nothing at all is written.
#include "gasbench/storage/batch_file.hpp"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

#include "gasbench/core/config_error.hpp"
#include "gasbench/storage/audit_log.hpp"
#include "storage_fixture.hpp"

using namespace gasbench;
using namespace gasbench::storage;
using gasbench::storage::fixture::StorageTest;

namespace {

const std::string kCookerFile =
    std::string(GASBENCH_FIXTURES_DIR) + "/batches/household_cooker_c2026_001.json";

class StorageBatchFileTest : public StorageTest {
protected:
    // The cooker demo file with every occurrence of each `from` replaced.
    std::string variant(const std::vector<std::pair<std::string, std::string>>& replacements) {
        QFile in(QString::fromStdString(kCookerFile));
        EXPECT_TRUE(in.open(QIODevice::ReadOnly));
        std::string text = in.readAll().toStdString();
        for (const auto& [from, to] : replacements) {
            EXPECT_NE(text.find(from), std::string::npos) << from;
            for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
                text.replace(at, from.size(), to);
            }
        }
        std::string path = dir_.filePath("variant.json").toStdString();
        QFile out(QString::fromStdString(path));
        EXPECT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.data(), static_cast<qint64>(text.size()));
        return path;
    }
    // The field a refused import names; and the database must be exactly as before.
    std::string variant(const std::string& from, const std::string& to) {
        return variant({{from, to}});
    }
    std::string refusedField(Database& db, const std::string& path) {
        auto before = fixture::recordCounts(db);
        std::string field = "(not refused)";
        try {
            importBatchFile(db, readBatchFile(path), "tester");
        } catch (const ConfigError& e) {
            field = e.field();
        }
        EXPECT_EQ(fixture::recordCounts(db), before) << "a refused batch file wrote something";
        return field;
    }
};

}  // namespace

TEST_F(StorageBatchFileTest, EveryDemoFileImports) {
    Database db = Database::open(dbPath());
    QDir dir(QString(GASBENCH_FIXTURES_DIR) + "/batches");
    int imported = 0;
    for (const auto& name : dir.entryList({"*.json"}, QDir::Files)) {
        SCOPED_TRACE(name.toStdString());
        importBatchFile(db, readBatchFile(dir.filePath(name).toStdString()), "tester");
        ++imported;
    }
    EXPECT_GE(imported, 4);
    for (const char* category : {"household-cooker", "lpg-regulator", "gas-hose", "lpg"}) {
        Statement s = db.prepare("SELECT COUNT(*) FROM sampling_batches WHERE category = ?");
        s.bind(1, category);
        s.step();
        EXPECT_GE(s.integer(0), 1) << category;
    }
    EXPECT_TRUE(verifyAuditChain(db).ok());
}

TEST_F(StorageBatchFileTest, ImportLinksEnterprisesAndSamples) {
    Database db = Database::open(dbPath());
    importBatchFile(db, readBatchFile(kCookerFile), "tester");
    auto b = findSamplingBatch(db, "C-2026-001");
    ASSERT_TRUE(b);
    EXPECT_EQ(findEnterprise(db, b->producerId)->creditCode, "91440606707891234U");
    EXPECT_EQ(findEnterprise(db, b->sampledUnitId)->name, "广州市天河区安居厨卫电器商行");
    ASSERT_EQ(b->samples.size(), 2u);
    EXPECT_EQ(b->samples[1].code, "C-2026-001-B");
}

TEST_F(StorageBatchFileTest, AKnownEnterpriseIsReused) {
    Database db = Database::open(dbPath());
    importBatchFile(db, readBatchFile(kCookerFile), "tester");
    auto second = variant("C-2026-001", "C-2026-101");  // the number and the sample codes
    importBatchFile(db, readBatchFile(second), "tester");
    EXPECT_EQ(listEnterprises(db).size(), 2u);
    EXPECT_EQ(listSamplingBatches(db).size(), 2u);
}

TEST_F(StorageBatchFileTest, RefusesAnInvalidCreditCode) {
    Database db = Database::open(dbPath());
    EXPECT_EQ(refusedField(db, variant("91440606707891234U", "91440606707891234T")),
              "producer.credit_code");
    EXPECT_EQ(refusedField(db, variant("91440101MA5CK2L7Q8", "91440101MA5CK2L7QO")),
              "sampled_unit.credit_code");
}

TEST_F(StorageBatchFileTest, RefusesAnUnknownCategory) {
    Database db = Database::open(dbPath());
    EXPECT_EQ(refusedField(db, variant("\"household-cooker\"", "\"gas-stove\"")), "category");
}

TEST_F(StorageBatchFileTest, RefusesAMalformedDate) {
    Database db = Database::open(dbPath());
    EXPECT_EQ(refusedField(db, variant("2026-05-12", "2026-13-01")), "sampling_date");
    EXPECT_EQ(refusedField(db, variant("2026-01-15", "15/01/2026")), "production_date");
}

TEST_F(StorageBatchFileTest, RefusesADuplicateSamplingNumberWritingNothing) {
    Database db = Database::open(dbPath());
    importBatchFile(db, readBatchFile(kCookerFile), "tester");
    // New enterprises and new sample codes, but the same sampling number: the enterprises
    // that would have been created are rolled back too.
    auto path = variant({{"91440606707891234U", "91330206MA2GQ1234R"},
                         {"C-2026-001-T", "C-2026-001-TX"},
                         {"C-2026-001-B", "C-2026-001-BX"}});
    EXPECT_EQ(refusedField(db, path), "sampling_number");
    EXPECT_FALSE(findEnterpriseByCreditCode(db, "91330206MA2GQ1234R"));
}

TEST_F(StorageBatchFileTest, RefusesATypoedKey) {
    Database db = Database::open(dbPath());
    try {
        readBatchFile(variant("\"brand\"", "\"brnad\""));
        FAIL() << "a misspelt key was accepted";
    } catch (const ConfigError& e) {
        EXPECT_NE(std::string(e.what()).find("brnad"), std::string::npos) << e.what();
    }
}
