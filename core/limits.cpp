// Judging a value against optional inclusive/exclusive limits, and writing them as one line.
#include "gasbench/core/limits.hpp"

#include <QString>
#include <algorithm>
#include <cmath>

namespace gasbench {
namespace {

bool sameDimension(const units::Quantity& a, const units::Quantity& b) {
    return units::dimensionOf(a) == units::dimensionOf(b);
}

std::string number(double v) { return QString::number(v, 'g', 6).toStdString(); }

// A value the width of a double's rounding away from the limit is on it: 330 steps of 0.01 kPa
// computed as 330 * 0.01 are 3300.0000000000005 Pa, and must meet a 3.30 kPa limit.
bool onLimit(double v, double limit) {
    return std::abs(v - limit) <= 1e-12 * std::max(std::abs(v), std::abs(limit));
}

}  // namespace

Verdict Limits::judge(const std::optional<units::Quantity>& value) const {
    if (!value || !any()) return Verdict::inconclusive;
    const double v = units::siValue(*value);
    if (std::isnan(v)) return Verdict::inconclusive;
    if (low) {
        // A limit of another dimension is a programming or profile error: never a pass.
        if (!sameDimension(low->value, *value)) return Verdict::inconclusive;
        const double l = units::siValue(low->value);
        if (onLimit(v, l) ? !low->inclusive : v < l) return Verdict::fail;
    }
    if (high) {
        if (!sameDimension(high->value, *value)) return Verdict::inconclusive;
        const double h = units::siValue(high->value);
        if (onLimit(v, h) ? !high->inclusive : v > h) return Verdict::fail;
    }
    return Verdict::pass;
}

std::string formatLimits(const Limits& limits, const units::UnitSpec& unit) {
    // A count or a yes/no has no unit to print.
    const std::string symbol =
        unit.symbol == "1" || unit.symbol == "bool" || unit.symbol.empty() ? "" : " " + unit.symbol;
    auto in = [&](const Limit& l) { return number(unit.fromQuantity(l.value)); };
    const auto& low = limits.low;
    const auto& high = limits.high;
    if (low && high) {
        return in(*low) + (low->inclusive ? " ≤ x " : " < x ") + (high->inclusive ? "≤ " : "< ") +
               in(*high) + symbol;
    }
    if (low) return std::string(low->inclusive ? "≥ " : "> ") + in(*low) + symbol;
    if (high) return std::string(high->inclusive ? "≤ " : "< ") + in(*high) + symbol;
    return "—";
}

}  // namespace gasbench
