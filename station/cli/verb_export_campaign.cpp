// The campaign tables for `gasbench export` (not a verb of its own: verb_export.cpp calls it).
#include <iostream>

#include "export_campaign.hpp"
#include "gasbench/reports/campaign_tables.hpp"
#include "gasbench/reports/table_files.hpp"
#include "gasbench/storage/sampling_batch.hpp"
#include "report_sources.hpp"

namespace gasbench::cli {

int runCampaignExport(const std::string& table, const std::string& format,
                      const std::optional<std::string>& outFile,
                      const std::optional<std::string>& dbPath, Args& args) {
    std::string from = args.require("--from");
    std::string to = args.require("--to");
    auto sources = reportSources(args);
    args.finish();
    if (!storage::isIsoDate(from)) throw UsageError("--from: a date YYYY-MM-DD, got '" + from + "'");
    if (!storage::isIsoDate(to)) throw UsageError("--to: a date YYYY-MM-DD, got '" + to + "'");
    if (format != "xlsx" && format != "csv") throw UsageError("--format: xlsx or csv, got '" + format + "'");
    if (!outFile) throw UsageError("--out FILE is required for " + table);
    auto db = storage::Database::openToRead(storage::databasePathOr(dbPath));
    reports::DateRange range{from, to};
    reports::CampaignTable t = table == "statistics"
                                   ? reports::statisticsTable(db, range)
                                   : reports::problemProductTable(db, range, sources.lab.name);
    reports::writeTable(t, format == "xlsx" ? reports::TableFormat::xlsx : reports::TableFormat::csv, *outFile);
    std::cout << table << ": " << t.rows.size() << " rows written to " << *outFile << '\n';
    return 0;
}

}  // namespace gasbench::cli
