// Issue 18, case 5, through `gasbench batch add` and `gasbench enterprise add` on a real SQLite
// file: dates other than YYYY-MM-DD, dates in the future, a production date after the sampling
// date, required fields of only white space, a known credit code under another name and a key
// given twice are refused, naming the field (and both names), and nothing is written.
#include <gtest/gtest.h>

#include <QDate>
#include <QDir>
#include <QFile>

#include "cli_process.hpp"
#include "storage_fixture.hpp"

using namespace gasbench::storage;
using gasbench::storage::fixture::runGasbench;
using gasbench::storage::fixture::StorageTest;

namespace {

const std::string kBatches = std::string(GASBENCH_FIXTURES_DIR) + "/batches/";

class RecordsValidationTest : public StorageTest {
protected:
    void SetUp() override {
        auto r = add(readFile(kBatches + "household_cooker_c2026_001.json"));
        ASSERT_EQ(r.exitCode, 0) << r.err;
        hose_ = readFile(kBatches + "gas_hose_c2026_003.json");
    }
    std::string readFile(const std::string& path) {
        QFile f(QString::fromStdString(path));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path;
        return f.readAll().toStdString();
    }
    fixture::CliResult add(const std::string& text) {
        const QString path = QDir(dir_.path()).filePath("batch.json");
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.data(), static_cast<qint64>(text.size()));
        f.close();
        return runGasbench({"batch", "add", "--file", path, "--db", QString::fromStdString(dbPath())});
    }
    std::string counts() {
        Database db = Database::open(dbPath());
        return fixture::recordCounts(db);
    }
    // The hose batch with `from` replaced by `to` is refused with `message`, writing nothing.
    void expectRefused(const std::string& from, const std::string& to, const std::string& message) {
        SCOPED_TRACE(from + " -> " + to);
        std::string text = hose_;
        auto at = text.find(from);
        ASSERT_NE(at, std::string::npos) << from;
        text.replace(at, from.size(), to);
        const std::string before = counts();
        auto r = add(text);
        EXPECT_EQ(r.exitCode, 1) << r.out;
        EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
        EXPECT_EQ(counts(), before);
    }
    std::string hose_;
};

TEST_F(RecordsValidationTest, DatesAreIsoPastAndInOrder) {
    expectRefused("\"2026-05-18\"", "\"2026/05/18\"", "sampling_date: '2026/05/18' is not a date YYYY-MM-DD");
    expectRefused("\"2026-02-20\"", "\"2026.02.20\"", "production_date: '2026.02.20' is not a date YYYY-MM-DD");
    expectRefused("\"2026-05-18\"", "\"2026-5-18\"", "sampling_date: '2026-5-18' is not a date");
    expectRefused("\"2026-05-18\"", "\"2099-05-18\"", "sampling_date: 2099-05-18 is in the future (today is");
    const std::string tomorrow = QDate::currentDate().addDays(1).toString("yyyy-MM-dd").toStdString();
    expectRefused("\"2026-02-20\"", "\"" + tomorrow + "\"", "production_date: " + tomorrow + " is in the future");
    expectRefused("\"2026-02-20\"", "\"2026-05-19\"", "production_date: 2026-05-19 is after the sampling date 2026-05-18");
    // The same day is in order.
    std::string sameDay = hose_;
    sameDay.replace(sameDay.find("\"2026-02-20\""), 12, "\"2026-05-18\"");
    auto r = add(sameDay);
    EXPECT_EQ(r.exitCode, 0) << r.err;
}

TEST_F(RecordsValidationTest, BlankRequiredFieldsAreMissing) {
    expectRefused("\"C-2026-003\"", "\"   \"", "sampling_number: missing (blank)");
    expectRefused("\"燃气用具连接用不锈钢波纹软管\"", "\" \u3000\t\"", "product_name: missing (blank)");
    expectRefused("\"C-2026-003-T\"", "\"  \"", "samples[0].code: missing (blank)");
    expectRefused("\"高雅\"", "\" \"", "samplers[1]: blank");
    expectRefused("\"昆山市通达管业有限公司\"", "\"  \"", "producer.name: missing (blank)");
    expectRefused("\"山东省济南市历下区解放路112号\"", "\"\u3000\"", "sampled_unit.address: missing (blank)");
    auto blank = runGasbench({"enterprise", "add", "--name", "   ", "--credit-code", "91320583MA1MXK7L2W",
                              "--address", "江苏省昆山市", "--db", QString::fromStdString(dbPath())});
    EXPECT_EQ(blank.exitCode, 1);
    EXPECT_NE(blank.err.find("name: missing (blank)"), std::string::npos) << blank.err;
}

TEST_F(RecordsValidationTest, AKnownCreditCodeUnderAnotherNameIsRefusedWithBothNames) {
    // The cooker batch registered 佛山市顺德区华焰厨具电器有限公司 as 91440606707891234U.
    expectRefused("\"91320583MA1MXK7L2W\"", "\"91440606707891234U\"",
                  "producer.name: credit code 91440606707891234U is registered as '佛山市顺德区华焰厨具电器有限公司', "
                  "this file names it '昆山市通达管业有限公司'");
    auto cli = runGasbench({"enterprise", "add", "--name", "另一家公司", "--credit-code", "91440606707891234U",
                            "--address", "广东省", "--db", QString::fromStdString(dbPath())});
    EXPECT_EQ(cli.exitCode, 1);
    EXPECT_NE(cli.err.find("'91440606707891234U' is already registered, as '佛山市顺德区华焰厨具电器有限公司'"),
              std::string::npos)
        << cli.err;
}

TEST_F(RecordsValidationTest, AKeyGivenTwiceIsRefusedNamingLineAndField) {
    expectRefused("\"name\": \"昆山市通达管业有限公司\",",
                  "\"name\": \"昆山市通达管业有限公司\", \"name\": \"昆山市通达管业有限公司 \",",
                  "batch.json: line 9, producer.name: the key 'name' appears twice in one object");
}

}  // namespace
