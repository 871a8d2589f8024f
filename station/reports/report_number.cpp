#include "gasbench/reports/report_number.hpp"

#include <regex>

#include "gasbench/reports/report_error.hpp"

namespace gasbench::reports {

std::string formatReportNumber(const std::string& pattern, int year, int seq) {
    static const std::regex kSeq(R"(\{seq(?::(\d+))?\})");
    std::smatch m;
    if (!std::regex_search(pattern, m, kSeq))
        throw ReportError("report number pattern '" + pattern + "' has no {seq}");
    std::string number = std::to_string(seq);
    std::size_t width = m[1].matched ? std::stoul(m[1].str()) : 0;
    if (number.size() < width) number.insert(0, width - number.size(), '0');
    std::string out = m.prefix().str() + number + m.suffix().str();
    for (std::size_t at; (at = out.find("{year}")) != std::string::npos;)
        out.replace(at, 6, std::to_string(year));
    return out;
}

std::string nextReportNumber(const std::string& pattern, int year,
                             const std::function<bool(const std::string&)>& taken) {
    for (int seq = 1;; ++seq) {
        std::string number = formatReportNumber(pattern, year, seq);
        if (!taken(number)) return number;
    }
}

}  // namespace gasbench::reports
