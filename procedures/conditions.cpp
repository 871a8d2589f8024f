// Reading conditions for Bench::waitFor.
#include "gasbench/procedures/conditions.hpp"

#include <cmath>
#include <memory>

namespace gasbench::procedures {
namespace {

bool comparable(const Reading& r, const units::Quantity& threshold) {
    return units::dimensionOf(r.value) == units::dimensionOf(threshold);
}

}  // namespace

ReadingCondition isTrue() {
    return [](const Reading& r) { return units::siValue(r.value) >= 0.5; };
}

ReadingCondition isFalse() {
    return [](const Reading& r) { return units::siValue(r.value) < 0.5; };
}

ReadingCondition above(const units::Quantity& threshold) {
    return [threshold](const Reading& r) {
        return comparable(r, threshold) && units::siValue(r.value) > units::siValue(threshold);
    };
}

ReadingCondition below(const units::Quantity& threshold) {
    return [threshold](const Reading& r) {
        return comparable(r, threshold) && units::siValue(r.value) < units::siValue(threshold);
    };
}

ReadingCondition atLeast(const units::Quantity& threshold) {
    return [threshold](const Reading& r) {
        return comparable(r, threshold) && units::siValue(r.value) >= units::siValue(threshold);
    };
}

ReadingCondition anyReading() {
    return [](const Reading&) { return true; };
}

ReadingCondition settledWithin(units::Fraction band, units::Duration time,
                               std::function<void(const Reading&)> seen) {
    struct Window {
        bool open = false;
        double reference = 0.0;
        Nanos start = 0;
    };
    auto window = std::make_shared<Window>();
    const double b = band.value();
    const Nanos span = toNanos(time);
    return [window, b, span, seen = std::move(seen)](const Reading& r) {
        if (seen) seen(r);
        const double v = units::siValue(r.value);
        if (!window->open || std::abs(v - window->reference) > b * std::abs(window->reference)) {
            *window = Window{true, v, r.stamp};
            return false;
        }
        return r.stamp - window->start >= span;
    };
}

}  // namespace gasbench::procedures
