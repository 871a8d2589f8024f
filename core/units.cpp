#include "gasbench/core/units.hpp"

#include <array>
#include <stdexcept>

namespace gasbench::units {
namespace {

const std::array<UnitSpec, 27> kUnits{{
    {"bool", Dimension::state, 1.0, 0.0},
    {"1", Dimension::dimensionless, 1.0, 0.0},
    {"count", Dimension::dimensionless, 1.0, 0.0},
    {"%", Dimension::dimensionless, 0.01, 0.0},
    {"ppm", Dimension::dimensionless, 1e-6, 0.0},
    {"Pa", Dimension::pressure, 1.0, 0.0},
    {"hPa", Dimension::pressure, 100.0, 0.0},
    {"kPa", Dimension::pressure, 1000.0, 0.0},
    {"MPa", Dimension::pressure, 1.0e6, 0.0},
    {"mbar", Dimension::pressure, 100.0, 0.0},
    {"bar", Dimension::pressure, 1.0e5, 0.0},
    {"K", Dimension::temperature, 1.0, 0.0},
    {"degC", Dimension::temperature, 1.0, 273.15},
    {"m3/h", Dimension::volumeFlow, 1.0 / 3600.0, 0.0},
    {"L/h", Dimension::volumeFlow, 1e-3 / 3600.0, 0.0},
    {"L/min", Dimension::volumeFlow, 1e-3 / 60.0, 0.0},
    {"mL/min", Dimension::volumeFlow, 1e-6 / 60.0, 0.0},
    {"V", Dimension::voltage, 1.0, 0.0},
    {"mV", Dimension::voltage, 1e-3, 0.0},
    {"A", Dimension::current, 1.0, 0.0},
    {"mA", Dimension::current, 1e-3, 0.0},
    {"uA", Dimension::current, 1e-6, 0.0},
    {"s", Dimension::duration, 1.0, 0.0},
    {"ms", Dimension::duration, 1e-3, 0.0},
    {"a", Dimension::duration, 365.25 * 86400.0, 0.0},  // years: hose service life
    {"L", Dimension::volume, 1e-3, 0.0},
    {"m3", Dimension::volume, 1.0, 0.0},
}};

}  // namespace

std::string_view dimensionName(Dimension d) {
    switch (d) {
        case Dimension::state: return "state";
        case Dimension::dimensionless: return "dimensionless";
        case Dimension::pressure: return "pressure";
        case Dimension::temperature: return "temperature";
        case Dimension::volumeFlow: return "volume flow";
        case Dimension::voltage: return "voltage";
        case Dimension::current: return "current";
        case Dimension::duration: return "duration";
        case Dimension::volume: return "volume";
    }
    return "?";
}

Dimension dimensionOf(const Quantity& q) {
    // The variant's alternatives are in the same order as Dimension.
    return static_cast<Dimension>(q.index());
}

double siValue(const Quantity& q) {
    return std::visit(
        [](const auto& v) -> double {
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, bool>) {
                return v ? 1.0 : 0.0;
            } else {
                return v.value();
            }
        },
        q);
}

Quantity fromSi(Dimension d, double si) {
    switch (d) {
        case Dimension::state: return si >= 0.5;
        case Dimension::dimensionless: return Fraction::from_value(si);
        case Dimension::pressure: return Pressure::from_value(si);
        case Dimension::temperature: return Temperature::from_value(si);
        case Dimension::volumeFlow: return VolumeFlow::from_value(si);
        case Dimension::voltage: return Voltage::from_value(si);
        case Dimension::current: return Current::from_value(si);
        case Dimension::duration: return Duration::from_value(si);
        case Dimension::volume: return Volume::from_value(si);
    }
    throw std::logic_error("fromSi: unknown dimension");
}

Quantity UnitSpec::toQuantity(double engineeringValue) const {
    return units::fromSi(dimension, toSi(engineeringValue));
}

double UnitSpec::fromQuantity(const Quantity& q) const {
    if (dimensionOf(q) != dimension) {
        throw std::invalid_argument("a " + std::string(dimensionName(dimensionOf(q))) +
                                    " value cannot be shown in " + symbol);
    }
    return fromSi(siValue(q));
}

bool parseUnit(std::string_view symbol, UnitSpec& out) {
    for (const auto& u : kUnits) {
        if (u.symbol == symbol) {
            out = u;
            return true;
        }
    }
    return false;
}

std::string knownUnitSymbols() {
    std::string all;
    for (const auto& u : kUnits) {
        if (!all.empty()) all += ", ";
        all += u.symbol;
    }
    return all;
}

const UnitSpec& displayUnit(Dimension d) {
    auto find = [](std::string_view s) -> const UnitSpec& {
        for (const auto& u : kUnits) {
            if (u.symbol == s) return u;
        }
        throw std::logic_error("displayUnit: missing unit");
    };
    switch (d) {
        case Dimension::state: return find("bool");
        case Dimension::dimensionless: return find("1");
        case Dimension::pressure: return find("kPa");
        case Dimension::temperature: return find("degC");
        case Dimension::volumeFlow: return find("L/h");
        case Dimension::voltage: return find("mV");
        case Dimension::current: return find("uA");
        case Dimension::duration: return find("s");
        case Dimension::volume: return find("L");
    }
    return find("1");
}

}  // namespace gasbench::units
