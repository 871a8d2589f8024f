// The campaign tables written as XLSX and CSV and read back by other code (openpyxl, Python's
// csv): the exact headings, one row per failed sample, every cell as the records say.
#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <map>

#include "gasbench/reports/campaign_tables.hpp"
#include "gasbench/reports/table_files.hpp"
#include "gasbench/storage/enterprise.hpp"
#include "gasbench/storage/sampling_batch.hpp"
#include "read_table.hpp"
#include "report_records.hpp"

namespace gasbench::reports {
namespace {

using testsupport::Rows;

const std::vector<std::string> kProblemHeadings{"序号", "产地（省）", "产品", "违法情况", "生产企业", "生产地址",
                                                "企业联系方式信息", "生产日期或批号", "填报单位", "备注"};
const DateRange kAll{"2026-01-01", "2026-12-31"};

class CampaignTablesTest : public ::testing::TestWithParam<TableFormat> {
protected:
    // The table as a reader of the file sees it, with the XLSX title row dropped.
    Rows writtenAndRead(const CampaignTable& table) {
        bool xlsx = GetParam() == TableFormat::xlsx;
        std::string path = dir_.filePath(xlsx ? "t.xlsx" : "t.csv").toStdString();
        writeTable(table, GetParam(), path);
        Rows rows = testsupport::readTable(path);
        if (xlsx && !rows.empty()) {
            EXPECT_EQ(rows.front().front(), table.title);
            rows.erase(rows.begin());
        }
        for (auto& row : rows) row.resize(table.headers.front().size());  // openpyxl pads
        return rows;
    }

    testsupport::ReportRecords records_;
    QTemporaryDir dir_;
};

TEST_P(CampaignTablesTest, ProblemProductsHaveOneRowPerFailedSampleAsTheRecordsSay) {
    const std::string lab = testsupport::ReportRecords::sources().lab.name;
    Rows rows = writtenAndRead(problemProductTable(records_.db(), kAll, lab));
    ASSERT_EQ(rows.size(), 4u);  // headings + C-2026-005-T, -006-T, -007-T
    EXPECT_EQ(rows[0], kProblemHeadings);
    std::map<std::string, std::string> violations;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const auto& row = rows[i];
        EXPECT_EQ(row[0], std::to_string(i));
        // The remark names the sampling number: the row is checked against that batch.
        std::string number = row[9].substr(row[9].find("C-2026"), 10);
        auto batch = storage::findSamplingBatch(records_.db(), number);
        ASSERT_TRUE(batch) << row[9];
        auto producer = storage::findEnterprise(records_.db(), batch->producerId);
        EXPECT_EQ(row[1], producer->province);
        EXPECT_EQ(row[2], batch->productName);
        EXPECT_EQ(row[4], producer->name);
        EXPECT_EQ(row[5], producer->address);
        EXPECT_EQ(row[6], producer->contact);
        EXPECT_EQ(row[7], batch->productionDate.value_or(batch->batchNumber.value_or("")));
        EXPECT_EQ(row[8], lab);
        violations[number] = row[3];
    }
    ASSERT_EQ(violations.size(), 3u);
    EXPECT_EQ(violations["C-2026-005"], "熄火保护装置闭阀时间不合格（实测 75 s）");
    EXPECT_EQ(violations["C-2026-006"],
              "结构不符合要求：出口压力不可调不合格；标识标注问题：产品标志不合格；出口压力（最大值）不合格（实测 3.386 kPa）");
    EXPECT_EQ(violations["C-2026-007"], "标识标注问题：标志：生产日期不合格；标识标注问题：标志：使用年限不合格");
}

TEST_P(CampaignTablesTest, ADateRangeOutsideTheSamplingDatesHasNoRows) {
    Rows rows = writtenAndRead(problemProductTable(records_.db(), {"2025-01-01", "2025-12-31"}, "lab"));
    EXPECT_EQ(rows.size(), 1u);
}

TEST_P(CampaignTablesTest, StatisticsCountSamplesAndStructuralAndMarkingProblemsApart) {
    Rows rows = writtenAndRead(statisticsTable(records_.db(), kAll));
    ASSERT_EQ(rows.size(), 3u + 8u);
    EXPECT_EQ(rows[0][0], "产品类别");
    EXPECT_EQ(rows[0][1], "摸排生产和销售单位数量");
    EXPECT_EQ(rows[1][3], "生产领域");
    EXPECT_EQ(rows[1][8], "流通领域");
    EXPECT_EQ(rows[2][1], "生产单位/家");
    EXPECT_EQ(rows[2][2], "销售单位/家");
    EXPECT_EQ(rows[2][11], "发现产品质量问题：结构不符合要求问题/个");
    EXPECT_EQ(rows[2][12], "发现产品质量问题：标识标注问题/个");
    EXPECT_EQ(rows[2][24], "检验样品/批次");
    EXPECT_EQ(rows[2][25], "不合格样品/批次");
    std::vector<std::string> categories;
    std::map<std::string, std::vector<std::string>> byCategory;
    for (std::size_t i = 3; i < rows.size(); ++i) {
        categories.push_back(rows[i][0]);
        byCategory[rows[i][0]] = rows[i];
    }
    EXPECT_EQ(categories, (std::vector<std::string>{"家用燃气灶具", "商用燃气灶具", "瓶装液化石油气调压器", "燃气连接用软管",
                                                    "可燃气体探测器", "燃气紧急切断阀", "燃气热水器", "液化石油气"}));
    // Every demo batch was sampled at a seller, not at its producer: circulation columns.
    auto& cooker = byCategory["家用燃气灶具"];
    EXPECT_EQ(cooker[24], "2");
    EXPECT_EQ(cooker[25], "1");
    EXPECT_EQ(cooker[8], "1");  // both sampled at one seller
    EXPECT_EQ(cooker[9], "1");
    EXPECT_EQ(cooker[11], "0");
    EXPECT_EQ(cooker[12], "0");
    auto& regulator = byCategory["瓶装液化石油气调压器"];
    EXPECT_EQ(regulator[24], "1");
    EXPECT_EQ(regulator[25], "1");
    EXPECT_EQ(regulator[11], "1");
    EXPECT_EQ(regulator[12], "1");
    auto& hose = byCategory["燃气连接用软管"];
    EXPECT_EQ(hose[11], "0");
    EXPECT_EQ(hose[12], "2");
    EXPECT_EQ(byCategory["液化石油气"][24], "0");
    // The enforcement columns are the bureau's to fill.
    for (std::size_t c = 13; c <= 23; ++c) EXPECT_EQ(cooker[c], "") << c;
    EXPECT_EQ(cooker[5], "");  // 主体责任: not in the lab's records
}

INSTANTIATE_TEST_SUITE_P(Formats, CampaignTablesTest, ::testing::Values(TableFormat::xlsx, TableFormat::csv),
                         [](const auto& p) { return p.param == TableFormat::xlsx ? "xlsx" : "csv"; });

TEST(CsvFile, StartsWithAByteOrderMarkAndQuotesFieldsThatNeedIt) {
    QTemporaryDir dir;
    std::string path = dir.filePath("q.csv").toStdString();
    writeTableCsv({"t", {{"a", "b"}}, {{"x,y", "say \"hi\""}}, {}}, path);
    QFile f(QString::fromStdString(path));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("\xEF\xBB\xBF" "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n"));
}

}  // namespace
}  // namespace gasbench::reports
