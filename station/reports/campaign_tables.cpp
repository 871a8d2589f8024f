#include "gasbench/reports/campaign_tables.hpp"

#include <QStringList>
#include <array>
#include <map>
#include <set>

#include "gasbench/reports/sample_results.hpp"
#include "gasbench/storage/enterprise.hpp"
#include "gasbench/storage/product_category.hpp"
#include "gasbench/storage/sampling_batch.hpp"
#include "gasbench/procedures/catalogue.hpp"

namespace gasbench::reports {
namespace {

using gasbench::Verdict;

// A test sample of a batch sampled in the range, with what its runs found.
struct TestedSample {
    storage::SamplingBatch batch;
    storage::Sample sample;
    SampleResults results;
};

std::vector<TestedSample> testedSamples(storage::Database& db, const DateRange& range) {
    std::vector<TestedSample> out;
    for (auto& batch : storage::listSamplingBatches(db)) {
        if (batch.samplingDate < range.from || batch.samplingDate > range.to) continue;
        for (const auto& sample : batch.samples) {
            if (sample.role != storage::SampleRole::test) continue;
            SampleResults results = sampleResults(db, sample.code);
            if (results.conclusion) out.push_back({batch, sample, std::move(results)});
        }
    }
    return out;
}

std::string violation(const SampleResults& results) {
    QStringList parts;
    for (const auto& item : results.items) {
        const auto& m = item.measurement;
        if (m.verdict != Verdict::fail) continue;
        QString text;
        if (m.nonconformity == gasbench::Nonconformity::structural) text = "结构不符合要求：";
        if (m.nonconformity == gasbench::Nonconformity::marking) text = "标识标注问题：";
        text += QString::fromStdString(procedures::nameOf(procedures::Named::item, m.item, true)) + "不合格";
        const std::string shown = shownNumber(m);
        if (!shown.empty() && m.unit != "bool")
            text += "（实测 " + QString::fromStdString(shown) + " " + QString::fromStdString(m.unit) + "）";
        parts << text;
    }
    return parts.join("；").toStdString();
}

std::string issuedReportNumber(storage::Database& db, std::int64_t sampleId) {
    auto s = db.prepare("SELECT number, version FROM reports WHERE sample_id = ? AND state = 'issued'"
                        " ORDER BY version DESC LIMIT 1");
    s.bind(1, sampleId);
    return s.step() ? s.text(0) + " v" + std::to_string(s.integer(1)) : std::string();
}

std::string count(std::size_t n) { return std::to_string(n); }

}  // namespace

CampaignTable problemProductTable(storage::Database& db, const DateRange& range,
                                  const std::string& reportingUnit) {
    CampaignTable table;
    table.title = "问题产品通报表（" + range.from + " 至 " + range.to + "）";
    table.headers = {{"序号", "产地（省）", "产品", "违法情况", "生产企业", "生产地址", "企业联系方式信息",
                      "生产日期或批号", "填报单位", "备注"}};
    table.numberColumns = {0};
    int n = 0;
    for (const auto& t : testedSamples(db, range)) {
        if (t.results.conclusion != Verdict::fail) continue;
        auto producer = storage::findEnterprise(db, t.batch.producerId).value_or(storage::Enterprise{});
        std::string remark = "抽样单号 " + t.batch.samplingNumber + "；样品 " + t.sample.code;
        std::string report = issuedReportNumber(db, t.sample.id);
        if (!report.empty()) remark += "；报告 " + report;
        table.rows.push_back({std::to_string(++n), producer.province, t.batch.productName,
                              violation(t.results), producer.name, producer.address, producer.contact,
                              t.batch.productionDate.value_or(t.batch.batchNumber.value_or("")),
                              reportingUnit, remark});
    }
    return table;
}

CampaignTable statisticsTable(storage::Database& db, const DateRange& range) {
    CampaignTable table;
    table.title = "城镇燃气安全专项整治 产品质量统计表（" + range.from + " 至 " + range.to + "）";
    const std::string survey = "摸排生产和销售单位数量", site = "现场检查", fix = "整改情况",
                      cases = "案件查办", lab = "实验室检验（检验机构填写）";
    std::vector<std::array<std::string, 3>> columns = {
        {"产品类别", "", ""},
        {survey, "", "生产单位/家"},
        {survey, "", "销售单位/家"},
    };
    for (const auto& [domain, unit] : {std::pair{"生产领域", "生产单位"}, std::pair{"流通领域", "销售单位"}}) {
        columns.push_back({site, domain, std::string("检查") + unit + "/家"});
        columns.push_back({site, domain, std::string("发现问题") + unit + "/家"});
        columns.push_back({site, domain, "发现主体责任落实问题/个"});
        columns.push_back({site, domain, "发现产品质量问题：结构不符合要求问题/个"});
        columns.push_back({site, domain, "发现产品质量问题：标识标注问题/个"});
    }
    for (const char* c : {"责令改正/家", "完成整改/家", "约谈/家"}) columns.push_back({fix, "", c});
    for (const char* c : {"查处案件/起", "罚没金额/元", "案值/元", "扣押产品/件", "责令停产停业/家",
                          "暂停、撤销家用燃气器具CCC认证证书（张）", "移送司法机关案件/起"})
        columns.push_back({cases, "", c});
    columns.push_back({"实施产品质量安全信息追溯管理的生产单位/家", "", ""});
    columns.push_back({lab, "", "检验样品/批次"});
    columns.push_back({lab, "", "不合格样品/批次"});
    table.headers.assign(3, {});
    for (const auto& c : columns)
        for (std::size_t level = 0; level < 3; ++level) table.headers[level].push_back(c[level]);
    for (std::size_t c = 1; c < columns.size(); ++c) table.numberColumns.push_back(c);

    auto samples = testedSamples(db, range);
    for (auto category : storage::allProductCategories()) {
        std::set<std::int64_t> producers, sellers;
        // Per domain (0 production: sampled at the producer; 1 circulation: at a seller).
        std::set<std::int64_t> inspected[2], withProblems[2];
        std::size_t structural[2] = {0, 0}, marking[2] = {0, 0};
        std::size_t tested = 0, failed = 0;
        for (const auto& t : samples) {
            if (t.batch.category != category) continue;
            producers.insert(t.batch.producerId);
            bool atProducer = t.batch.sampledUnitId == t.batch.producerId;
            if (!atProducer) sellers.insert(t.batch.sampledUnitId);
            int d = atProducer ? 0 : 1;
            inspected[d].insert(t.batch.sampledUnitId);
            ++tested;
            if (t.results.conclusion != Verdict::fail) continue;
            ++failed;
            withProblems[d].insert(t.batch.sampledUnitId);
            for (const auto& item : t.results.items) {
                if (item.measurement.verdict != Verdict::fail) continue;
                if (item.measurement.nonconformity == gasbench::Nonconformity::structural) ++structural[d];
                if (item.measurement.nonconformity == gasbench::Nonconformity::marking) ++marking[d];
            }
        }
        std::vector<std::string> row{std::string(storage::productCategoryNameZh(category)),
                                     count(producers.size()), count(sellers.size())};
        for (int d = 0; d < 2; ++d) {
            row.insert(row.end(), {count(inspected[d].size()), count(withProblems[d].size()), "",
                                   count(structural[d]), count(marking[d])});
        }
        row.resize(row.size() + 3 + 7 + 1);  // enforcement and traceability: the bureau's
        row.push_back(count(tested));
        row.push_back(count(failed));
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace gasbench::reports
