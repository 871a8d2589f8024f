#pragma once
// One monotonic clock for the whole program, in nanoseconds. Real runs use the steady clock;
// the simulator and the controller can both run at a time scale (20x turns a 60 s closing-time
// test into 3 s of wall time), and then every duration is read on the scaled clock, in bench
// seconds.

#include <chrono>
#include <cstdint>

#include "gasbench/core/units.hpp"

namespace gasbench {

using Nanos = std::int64_t;

class Clock {
public:
    virtual ~Clock() = default;
    // Bench time, nanoseconds since an arbitrary fixed origin.
    virtual Nanos now() const = 0;
    // Wall-clock duration that corresponds to a bench duration.
    virtual std::chrono::nanoseconds toWall(Nanos benchDuration) const = 0;
    // Wall-clock time point at which the bench clock reads `benchTime`.
    std::chrono::steady_clock::time_point wallDeadline(Nanos benchTime) const;
    double timeScale() const { return scale_; }

protected:
    explicit Clock(double scale) : scale_(scale) {}
    double scale_;
};

// Bench time = (steady time since construction) * scale. scale 1 is the real steady clock.
class ScaledSteadyClock final : public Clock {
public:
    explicit ScaledSteadyClock(double scale = 1.0);
    Nanos now() const override;
    std::chrono::nanoseconds toWall(Nanos benchDuration) const override;

private:
    std::chrono::steady_clock::time_point origin_;
};

inline units::Duration toDuration(Nanos n) { return units::seconds(static_cast<double>(n) * 1e-9); }
inline Nanos toNanos(units::Duration d) { return static_cast<Nanos>(d.value() * 1e9); }

}  // namespace gasbench
