#pragma once
// A campaign table written as XLSX (libxlsxwriter; header groups merged) or as CSV (UTF-8 with
// a byte-order mark so spreadsheet programs show Chinese; RFC 4180 quoting). A text cell that a
// spreadsheet would take for a formula (it begins with =, +, -, @, tab or CR) is written as
// text: in the CSV with a leading ', in the XLSX as a string cell (every text cell is one). The
// table's number columns are numeric cells in the XLSX.

#include <string>

#include "gasbench/reports/campaign_tables.hpp"

namespace gasbench::reports {

enum class TableFormat { xlsx, csv };

// ReportError when the file cannot be written.
void writeTable(const CampaignTable& table, TableFormat format, const std::string& path);
void writeTableCsv(const CampaignTable& table, const std::string& path);
void writeTableXlsx(const CampaignTable& table, const std::string& path);

}  // namespace gasbench::reports
