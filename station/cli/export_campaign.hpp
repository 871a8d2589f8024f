#pragma once
// gasbench export problem-products|statistics: the campaign tables (see verb_export.cpp, which
// dispatches here once it has read --format, --out and --db).

#include <optional>
#include <string>

#include "args.hpp"

namespace gasbench::cli {

int runCampaignExport(const std::string& table, const std::string& format,
                      const std::optional<std::string>& outFile,
                      const std::optional<std::string>& dbPath, Args& args);

}  // namespace gasbench::cli
