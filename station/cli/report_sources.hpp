#pragma once
// Where the report verbs find the lab's details (--station, the station config) and the
// standard profiles (--profiles): the shipped fixtures unless told otherwise.

#include <string>

#include "args.hpp"
#include "gasbench/reports/report_content.hpp"
#include "gasbench/station/station_config.hpp"

namespace gasbench::cli {

inline reports::ReportSources reportSources(Args& args) {
    const std::string fixtures = GASBENCH_FIXTURES_DIR;
    std::string station = args.option("--station").value_or(fixtures + "/stations/sim-bench.json");
    std::string profiles = args.option("--profiles").value_or(fixtures + "/standards");
    return {station::loadStationConfig(station).lab, profiles};
}

inline const char* const kReportSourcesUsage =
    "  --station FILE   station config whose lab details head a report whose runs were recorded\n"
    "                   before runs kept their station's (default: fixtures/stations/sim-bench.json)\n"
    "  --profiles DIR   standard profiles (default: fixtures/standards)\n";

}  // namespace gasbench::cli
