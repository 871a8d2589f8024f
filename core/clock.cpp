#include "gasbench/core/clock.hpp"

#include <stdexcept>

namespace gasbench {

std::chrono::steady_clock::time_point Clock::wallDeadline(Nanos benchTime) const {
    return std::chrono::steady_clock::now() + toWall(benchTime - now());
}

ScaledSteadyClock::ScaledSteadyClock(double scale)
    : Clock(scale), origin_(std::chrono::steady_clock::now()) {
    if (!(scale > 0.0)) throw std::invalid_argument("time scale must be positive");
}

Nanos ScaledSteadyClock::now() const {
    auto wall = std::chrono::steady_clock::now() - origin_;
    return static_cast<Nanos>(static_cast<double>(wall.count()) * scale_);
}

std::chrono::nanoseconds ScaledSteadyClock::toWall(Nanos benchDuration) const {
    return std::chrono::nanoseconds(static_cast<std::int64_t>(static_cast<double>(benchDuration) / scale_));
}

}  // namespace gasbench
