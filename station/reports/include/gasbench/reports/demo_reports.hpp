#pragma once
// The end of `gasbench demo`: each demo sample's report drafted, reviewed, approved and issued
// by demo users of each role (created when absent: the quality manager first), the issued PDFs
// and both campaign tables written into a folder. A report whose verdicts rest on limits not
// yet confirmed stops at review: its preview, marked DRAFT, is written instead.

#include <string>
#include <vector>

#include "gasbench/reports/report_content.hpp"
#include "gasbench/storage/database.hpp"

namespace gasbench::reports {

struct DemoReportsResult {
    std::vector<std::string> pdfs;    // issued
    std::vector<std::string> drafts;  // reviewed, waiting for a profile's confirmation
    std::vector<std::string> tables;  // problem products and statistics, XLSX and CSV
};

// Samples without a completed run are skipped; a sample already issued keeps its report.
DemoReportsResult issueDemoReports(storage::Database& db, const ReportSources& sources,
                                   const std::vector<std::string>& sampleCodes,
                                   const std::string& outDir);

}  // namespace gasbench::reports
