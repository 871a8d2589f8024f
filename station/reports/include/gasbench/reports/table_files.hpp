#pragma once
// A campaign table written as XLSX (libxlsxwriter; header groups merged) or as CSV (UTF-8 with
// a byte-order mark so spreadsheet programs show Chinese; RFC 4180 quoting).

#include <string>

#include "gasbench/reports/campaign_tables.hpp"

namespace gasbench::reports {

enum class TableFormat { xlsx, csv };

// ReportError when the file cannot be written.
void writeTable(const CampaignTable& table, TableFormat format, const std::string& path);
void writeTableCsv(const CampaignTable& table, const std::string& path);
void writeTableXlsx(const CampaignTable& table, const std::string& path);

}  // namespace gasbench::reports
