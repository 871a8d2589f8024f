#pragma once
// Conditions procedures wait on. Each is called on every reading of its role in stamp order;
// the stateful ones (SettleWindow) rely on that.

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
// Settling is judged on a moving window: settle_window.hpp.

}  // namespace gasbench::procedures
