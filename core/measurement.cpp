#include "gasbench/core/measurement.hpp"

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

}  // namespace gasbench
