#pragma once
// Zero checks of gauge-pressure transducers, before and after a pressure procedure, with the
// line vented: a transducer whose zero moved during the run (drift) or was off at the start
// cannot give a verdict, so the procedure judges its pressure items only after the closing
// check, and without a value when either check fails.

#include <optional>
#include <string>
#include <string_view>

#include "gasbench/core/units.hpp"
#include "gasbench/procedures/settle_window.hpp"

namespace gasbench::procedures {

class StepContext;

struct ZeroReading {
    std::string role;                     // "outlet_pressure"
    std::string when;                     // "start", "end"
    std::optional<units::Quantity> zero;  // the settled reading; none: it did not settle
    units::Quantity tolerance;            // ± allowed for the zero (a difference)
};

// Reads `role`'s zero (the mean of a settle window with absolute tolerances from `tolerance`)
// once the line is vented, keeps it in the event log as "zero-check", and returns it. The
// caller vents the line first.
ZeroReading readZero(StepContext& ctx, std::string_view role, units::Quantity tolerance,
                     units::Duration settleTime, units::Duration timeout, std::string_view when);

// Why results measured between the two zero readings cannot be judged, naming the transducer
// and the figures; empty when both zeros are inside the tolerance and the shift too.
std::string zeroProblem(const ZeroReading& start, const ZeroReading& end);

}  // namespace gasbench::procedures
