#pragma once
// The campaign's two tables from the lab's records, over batches sampled in a date range:
// the problem-product notification table (one row per failed sample) and the statistics per
// product category (what the lab knows; the enforcement columns stay empty for the bureau).

#include <string>
#include <vector>

#include "gasbench/storage/database.hpp"

namespace gasbench::reports {

struct DateRange {
    std::string from;  // YYYY-MM-DD, inclusive; sampling date of the batch
    std::string to;
};

// A table as the files carry it: header rows (the statistics table has three levels: a group
// repeats over its columns, an empty cell has no heading at that level) and data rows, all text.
struct CampaignTable {
    std::string title;
    std::vector<std::vector<std::string>> headers;
    std::vector<std::vector<std::string>> rows;
    // Columns of whole numbers (serial numbers, counts): numeric cells in the XLSX. Every other
    // cell is text, whatever it starts with.
    std::vector<std::size_t> numberColumns;
};

// 序号 | 产地（省） | 产品 | 违法情况 | 生产企业 | 生产地址 | 企业联系方式信息 | 生产日期或批号 | 填报单位 | 备注
CampaignTable problemProductTable(storage::Database& db, const DateRange& range,
                                  const std::string& reportingUnit);
// The eight categories in the campaign's order.
CampaignTable statisticsTable(storage::Database& db, const DateRange& range);

}  // namespace gasbench::reports
