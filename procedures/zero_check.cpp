// Zero readings with the line vented, and what a moved zero means for a run's results.
#include "gasbench/procedures/zero_check.hpp"

#include <cmath>
#include <sstream>

#include "gasbench/procedures/step_context.hpp"

namespace gasbench::procedures {
namespace {

std::string inDisplayUnit(const units::Quantity& q) {
    const units::UnitSpec& unit = units::displayUnit(units::dimensionOf(q));
    std::ostringstream o;
    o << unit.fromSi(units::siValue(q)) << ' ' << unit.symbol;
    return o.str();
}

// A difference in the display unit: scaled, never offset.
std::string differenceText(double si, units::Dimension d) {
    const units::UnitSpec& unit = units::displayUnit(d);
    std::ostringstream o;
    o << si / unit.factor << ' ' << unit.symbol;
    return o.str();
}

}  // namespace

ZeroReading readZero(StepContext& ctx, std::string_view role, units::Quantity tolerance,
                     units::Duration settleTime, units::Duration timeout, std::string_view when) {
    ZeroReading z{std::string(role), std::string(when), std::nullopt, tolerance};
    SettleSpec spec;
    spec.time = settleTime;
    spec.relativeChange = 0.0;
    spec.relativeScatter = 0.0;
    // A vented transducer is still when its halves agree to half the tolerance, its noise
    // inside the tolerance.
    spec.absoluteChange = std::abs(units::siValue(tolerance)) / 2.0;
    spec.absoluteScatter = std::abs(units::siValue(tolerance));
    SettleWindow window(spec);
    if (ctx.waitFor(role, window.condition(), timeout).met()) z.zero = window.settled()->mean;
    const units::Dimension d = units::dimensionOf(tolerance);
    ctx.event("zero-check", std::string(when) + " " + std::string(role) + ": " +
                                (z.zero ? inDisplayUnit(*z.zero) : std::string("did not settle")) +
                                " (tolerance ±" + differenceText(units::siValue(tolerance), d) +
                                ")");
    return z;
}

std::string zeroProblem(const ZeroReading& start, const ZeroReading& end) {
    const double tol = std::abs(units::siValue(start.tolerance));
    const units::Dimension d = units::dimensionOf(start.tolerance);
    const std::string tolText = " (tolerance ±" + differenceText(tol, d) + ")";
    for (const ZeroReading* z : {&start, &end}) {
        if (!z->zero) {
            return "the zero of '" + z->role + "' did not settle with the line vented at the " +
                   z->when + " of the run: no verdict measured on it";
        }
        if (units::dimensionOf(*z->zero) != d) {
            return "the zero of '" + z->role + "' is not a " + std::string(units::dimensionName(d));
        }
    }
    // Gauge pressures: zero is zero in SI.
    const double a = units::siValue(*start.zero);
    const double b = units::siValue(*end.zero);
    if (std::abs(a) > tol) {
        return "'" + start.role + "' read " + differenceText(a, d) +
               " with the line vented before the run" + tolText +
               ": the transducer is off zero, no verdict measured on it";
    }
    if (std::abs(b - a) > tol || std::abs(b) > tol) {
        return "the zero of '" + start.role + "' moved by " + differenceText(b - a, d) +
               " during the run" + tolText +
               ": a drifting transducer, no verdict measured on it";
    }
    return {};
}

}  // namespace gasbench::procedures
