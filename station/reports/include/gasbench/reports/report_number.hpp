#pragma once
// Report numbers from the station config's pattern: {year} is the four-digit year, {seq:N} the
// sequence within that year zero-padded to N digits ({seq} unpadded).

#include <functional>
#include <string>

namespace gasbench::reports {

// The first number of the pattern for `year` that `taken` says is free. ReportError for a
// pattern without {seq}.
std::string nextReportNumber(const std::string& pattern, int year,
                             const std::function<bool(const std::string&)>& taken);
std::string formatReportNumber(const std::string& pattern, int year, int seq);

}  // namespace gasbench::reports
