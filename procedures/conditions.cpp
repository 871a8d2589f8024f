// Reading conditions for Bench::waitFor.
#include "gasbench/procedures/conditions.hpp"


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

}  // namespace gasbench::procedures
