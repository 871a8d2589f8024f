#pragma once
// Settling judged on a moving window of one role's readings, so that ordinary transducer noise
// neither keeps a value from ever settling nor becomes the value (a single reading did both).
//
// The window holds the last `time` of readings. It has settled when it spans `time`, each half
// holds at least `minimumPerHalf` readings, the mean of its later half differs from the mean
// of its earlier half by no more than the change tolerance, and the scatter (sample standard
// deviation) of the later half is within the scatter limit. The settled value is the later
// half's mean, with its scatter and count of independent readings: the repeatability that
// enters the uncertainty.
// Tolerances are max(relative × |mean|, absolute), so a window near zero (a vented line) has
// one too.

#include <functional>
#include <memory>
#include <optional>

#include "gasbench/procedures/bench.hpp"

namespace gasbench::procedures {

struct SettleSpec {
    units::Duration time = units::seconds(5);
    double relativeChange = 0.01;   // of |mean|
    double absoluteChange = 0.0;    // SI
    double relativeScatter = 0.02;  // of |mean|
    double absoluteScatter = 0.0;   // SI
    int minimumPerHalf = 3;
};

struct Settled {
    units::Quantity mean;     // of the later half
    units::Quantity scatter;  // sample standard deviation of the later half (a difference)
    // Independent readings in the later half: those that differ from the one before (an
    // instrument polled faster than it updates repeats itself).
    int count = 0;
    // The standard uncertainty of the mean from repeatability: scatter / sqrt(count).
    units::Quantity standardError() const;
};

class SettleWindow {
public:
    explicit SettleWindow(SettleSpec spec, std::function<void(const Reading&)> seen = {});
    // The condition to wait on; it shares the window with this object. `seen` is told every
    // reading it is offered (to keep a peak).
    ReadingCondition condition() const;
    // Set once the condition was met.
    std::optional<Settled> settled() const;

private:
    struct State;
    std::shared_ptr<State> state_;
};

}  // namespace gasbench::procedures
