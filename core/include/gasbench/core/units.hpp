#pragma once
// Physical quantities used across gasbench. Inside the program every physical value is a
// Boost.Units quantity in SI; unit strings ("kPa", "L/h", "degC") exist only at the edges and
// are translated by UnitSpec (units.cpp).

#include <boost/units/base_units/metric/hour.hpp>
#include <boost/units/make_scaled_unit.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/systems/si.hpp>
#include <boost/units/systems/si/prefixes.hpp>
#include <string>
#include <string_view>
#include <variant>

namespace gasbench::units {

namespace bu = boost::units;
namespace si = boost::units::si;

using Pressure = bu::quantity<si::pressure>;
using Temperature = bu::quantity<si::temperature>;  // kelvin
using Duration = bu::quantity<si::time>;
using volumetric_flow_unit = bu::divide_typeof_helper<si::volume, si::time>::type;
using VolumeFlow = bu::quantity<volumetric_flow_unit>;
using Voltage = bu::quantity<si::electric_potential>;
using Current = bu::quantity<si::current>;
using Volume = bu::quantity<si::volume>;
using Fraction = bu::quantity<si::dimensionless>;  // 0.05 means 5 %

// Boost.Units 1.74 has no kilopascal: a scaled unit of si::pressure.
using kilopascal_unit = bu::make_scaled_unit<si::pressure, bu::scale<10, bu::static_rational<3>>>::type;
using megapascal_unit = bu::make_scaled_unit<si::pressure, bu::scale<10, bu::static_rational<6>>>::type;

inline constexpr auto pascal = si::pascal;
inline constexpr auto second = si::second;
inline constexpr auto kelvin = si::kelvin;
inline constexpr auto volt = si::volt;
inline constexpr auto ampere = si::ampere;

inline Pressure kPa(double v) { return v * 1000.0 * si::pascal; }
inline Pressure MPa(double v) { return v * 1.0e6 * si::pascal; }
inline Pressure Pa(double v) { return v * si::pascal; }
inline Duration seconds(double v) { return v * si::second; }
inline Duration milliseconds(double v) { return v * 1e-3 * si::second; }
inline Temperature celsius(double v) { return (v + 273.15) * si::kelvin; }
inline Voltage millivolts(double v) { return v * 1e-3 * si::volt; }
inline Current microamperes(double v) { return v * 1e-6 * si::ampere; }
inline VolumeFlow litresPerHour(double v) { return v * (1e-3 / 3600.0) * si::cubic_meter / si::second; }
inline VolumeFlow cubicMetresPerHour(double v) { return v * (1.0 / 3600.0) * si::cubic_meter / si::second; }
inline Volume litres(double v) { return v * 1e-3 * si::cubic_meter; }
inline Fraction fraction(double v) { return Fraction::from_value(v); }
inline Fraction percent(double v) { return Fraction::from_value(v / 100.0); }

inline double inKPa(Pressure p) { return p.value() / 1000.0; }
inline double inSeconds(Duration d) { return d.value(); }
inline double inCelsius(Temperature t) { return t.value() - 273.15; }
inline double inLitresPerHour(VolumeFlow f) { return f.value() * 3600.0 * 1000.0; }
inline double inPercent(Fraction f) { return f.value() * 100.0; }

// The physical dimension of a channel. `state` is a two-valued reading (flame present, valve
// open);
// `dimensionless` also carries counts and status codes.
enum class Dimension {
    state,
    dimensionless,
    pressure,
    temperature,
    volumeFlow,
    voltage,
    current,
    duration,
    volume,
};

std::string_view dimensionName(Dimension d);

// Any channel's value, typed by its dimension.
using Quantity = std::variant<bool, Fraction, Pressure, Temperature, VolumeFlow, Voltage, Current,
                              Duration, Volume>;

Dimension dimensionOf(const Quantity& q);
// The value in SI (kelvin for temperature, 0/1 for state): for storage and arithmetic only.
double siValue(const Quantity& q);
Quantity fromSi(Dimension d, double si);

// An engineering unit as written in config files: si = value * factor + offset.
struct UnitSpec {
    std::string symbol;  // as written: "kPa", "degC", "L/h", "mV", "%"
    Dimension dimension = Dimension::dimensionless;
    double factor = 1.0;
    double offset = 0.0;

    Quantity toQuantity(double engineeringValue) const;
    double fromQuantity(const Quantity& q) const;  // back to the engineering unit
    double toSi(double engineeringValue) const { return engineeringValue * factor + offset; }
    double fromSi(double si) const { return (si - offset) / factor; }
};

// Looks up a unit symbol; returns false for an unknown one. knownUnitSymbols() lists them, for
// error messages that say what was expected.
bool parseUnit(std::string_view symbol, UnitSpec& out);
std::string knownUnitSymbols();
// The unit a report or chart shows a dimension in by default (kPa for pressure, ...).
const UnitSpec& displayUnit(Dimension d);

}  // namespace gasbench::units
