#pragma once
// A channel's achieved reading rate over a sliding window of bench time.

#include <deque>

#include "gasbench/core/clock.hpp"

namespace gasbench::hal {

class RateMeter {
  public:
    explicit RateMeter(Nanos window = 2'000'000'000) : window_(window) {}

    void add(Nanos stamp) {
        stamps_.push_back(stamp);
        trim(stamp);
    }
    // Readings per second over the window that ends at `now` (0 with fewer than two).
    double rateHz(Nanos now) {
        trim(now);
        if (stamps_.size() < 2) return 0.0;
        Nanos span = stamps_.back() - stamps_.front();
        return span > 0 ? static_cast<double>(stamps_.size() - 1) * 1e9 / static_cast<double>(span)
                        : 0.0;
    }

  private:
    void trim(Nanos now) {
        while (!stamps_.empty() && stamps_.front() < now - window_) stamps_.pop_front();
    }
    Nanos window_;
    std::deque<Nanos> stamps_;
};

}  // namespace gasbench::hal
