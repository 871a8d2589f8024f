#pragma once
// Conditions procedures wait on. Each is called on every reading of its role in stamp order;
// the stateful ones (settled) rely on that.

#include "gasbench/procedures/bench.hpp"

namespace gasbench::procedures {

ReadingCondition isTrue();
ReadingCondition isFalse();
// Strictly above / below a threshold of the reading's own dimension (a threshold of another
// dimension never matches).
ReadingCondition above(const units::Quantity& threshold);
ReadingCondition below(const units::Quantity& threshold);
ReadingCondition atLeast(const units::Quantity& threshold);
// Any Ok reading: "give me a fresh one".
ReadingCondition anyReading();
// Settled: every reading for `time` stays within ±band (a fraction, 0.01 = 1 %) of the reading
// that opened the window; a reading outside opens a new window. `seen` (optional) is told every
// reading, e.g. to keep the peak.
ReadingCondition settledWithin(units::Fraction band, units::Duration time,
                               std::function<void(const Reading&)> seen = {});

}  // namespace gasbench::procedures
