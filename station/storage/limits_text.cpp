#include "gasbench/storage/limits_text.hpp"

#include <QString>

namespace gasbench::storage {
namespace {

std::string number(double v) { return QString::number(v, 'g', 6).toStdString(); }

}  // namespace

std::string formatLimits(const StoredMeasurement& m) {
    // A count or a yes/no has no unit to print.
    const std::string unit = m.unit == "1" || m.unit == "bool" || m.unit.empty() ? "" : " " + m.unit;
    if (m.low && m.high) {
        return number(*m.low) + (m.lowInclusive ? " ≤ x " : " < x ") + (m.highInclusive ? "≤ " : "< ") +
               number(*m.high) + unit;
    }
    if (m.low) return std::string(m.lowInclusive ? "≥ " : "> ") + number(*m.low) + unit;
    if (m.high) return std::string(m.highInclusive ? "≤ " : "< ") + number(*m.high) + unit;
    return "—";
}

}  // namespace gasbench::storage
