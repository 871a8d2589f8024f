// gasbench export run RUN --format csv: one run's time series, every channel, in time order.
#include <fstream>
#include <iostream>

#include "gasbench/storage/run_records.hpp"
#include "export_campaign.hpp"
#include "gasbench/storage/time_series.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

using namespace gasbench::storage;

const char* kUsage =
    "usage: gasbench export run RUN --format csv [--out FILE] [--db FILE]\n"
    "\n"
    "CSV, one row per reading, channels merged in time order:\n"
    "  time_s,channel,value,unit,status\n"
    "time_s is bench seconds from the run's start; value is in the channel's unit; status is\n"
    "ok, timeout, link-down, crc, exception, bad-length or out-of-range.\n"
    "\n"
    "usage: gasbench export problem-products|statistics --from DATE --to DATE --format xlsx|csv\n"
    "                       --out FILE [--station FILE] [--db FILE]\n"
    "The campaign tables over batches sampled from DATE to DATE (YYYY-MM-DD, both included): one\n"
    "row per failed sample, or the statistics per product category. CSV is UTF-8 with a BOM.\n";

int runExport(Args& args) {
    auto dbPath = args.option("--db");
    std::string format = args.require("--format");
    auto outFile = args.option("--out");
    std::string what = args.requirePositional("run");
    if (what == "problem-products" || what == "statistics")
        return runCampaignExport(what, format, outFile, dbPath, args);
    if (what != "run") throw UsageError("unknown subcommand '" + what + "'");
    RunId run = Args::toInt("RUN", args.requirePositional("RUN"));
    args.finish();
    if (format != "csv") throw UsageError("--format: only csv is supported, got '" + format + "'");
    Database db = Database::openToRead(databasePathOr(dbPath));
    if (!findRun(db, run)) {
        std::cerr << "gasbench export: no run " << run << '\n';
        return 1;
    }
    if (outFile) {
        std::ofstream out(*outFile, std::ios::binary | std::ios::trunc);
        if (!out) {
            std::cerr << "gasbench export: cannot write " << *outFile << '\n';
            return 1;
        }
        exportRunCsv(db, run, out);
        out.close();
        if (!out) {
            std::cerr << "gasbench export: writing " << *outFile << " failed\n";
            return 1;
        }
        return 0;
    }
    exportRunCsv(db, run, std::cout);
    return 0;
}

}  // namespace

GASBENCH_VERB("export", "export a run's time series (CSV)", kUsage, runExport);

}  // namespace gasbench::cli
