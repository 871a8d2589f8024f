#include "gasbench/core/measurement.hpp"

#include <QString>
#include <cmath>

namespace gasbench {

std::optional<units::UnitSpec> reportedUnit(const Measurement& m) {
    // Checklist answers carry a state value and no display unit.
    const std::string symbol =
        !m.unit.empty() ? m.unit
        : m.value        ? std::string(units::displayUnit(units::dimensionOf(*m.value)).symbol)
                         : std::string("1");
    units::UnitSpec spec;
    if (!units::parseUnit(symbol, spec)) return std::nullopt;
    return spec;
}

std::string limitsText(const Measurement& m) {
    auto unit = reportedUnit(m);
    if (!unit) return m.limits.any() ? "? " + m.unit : "—";
    return formatLimits(m.limits, *unit);
}

std::optional<double> reportedValue(const Measurement& m) {
    auto unit = reportedUnit(m);
    if (!m.value || !unit || units::dimensionOf(*m.value) != unit->dimension) return std::nullopt;
    return unit->fromQuantity(*m.value);
}

Judgement judged(const Measurement& m) {
    const auto unit = reportedUnit(m);
    if (!unit) return {Verdict::inconclusive, "unknown unit '" + m.unit + "'"};
    return judge(m.limits, m.value, m.rounding, m.rule, m.uncertainty, *unit);
}

namespace {

// The interval in the reported unit: a difference, scaled, never offset.
std::optional<double> intervalIn(const units::UnitSpec& unit, const Measurement& m) {
    if (!m.rounding.interval || units::dimensionOf(*m.rounding.interval) != unit.dimension)
        return std::nullopt;
    return units::siValue(*m.rounding.interval) / unit.factor;
}

std::string fixed(double v, int decimals) {
    return QString::number(v, 'f', decimals).toStdString();
}

}  // namespace

std::string shownNumber(const Measurement& m) {
    const auto unit = reportedUnit(m);
    const auto value = reportedValue(m);
    if (!unit || !value) return {};
    const auto step = intervalIn(*unit, m);
    if (!step) return QString::number(*value, 'g', 4).toStdString();
    const auto rounded = roundedValue(m.value, m.rounding, *unit);
    std::string text = fixed(unit->fromQuantity(*rounded), decimalsOf(*step));
    if (m.rounding.comparison == Comparison::fullValue &&
        m.limits.judge(rounded) != m.limits.judge(m.value)) {
        // GB/T 8170-2008 3.3.1: (+) the value was rounded down, (−) it was rounded up.
        text += units::siValue(*m.value) > units::siValue(*rounded) ? "(+)" : "(−)";
    }
    return text;
}

std::string shownUncertainty(const Measurement& m) {
    const auto unit = reportedUnit(m);
    if (!unit || !m.uncertainty || units::dimensionOf(*m.uncertainty) != unit->dimension) return {};
    const double u = std::abs(units::siValue(*m.uncertainty) / unit->factor);
    if (const auto step = intervalIn(*unit, m)) {
        // Rounded up, never down: a stated U is never smaller than the one computed.
        const double up = std::ceil(u / *step - 1e-9) * *step;
        return fixed(up, decimalsOf(*step));
    }
    return QString::number(u, 'g', 2).toStdString();
}

}  // namespace gasbench
