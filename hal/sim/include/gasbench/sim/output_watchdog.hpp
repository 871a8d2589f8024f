#pragma once
// The outputs device's watchdog, as a PLC keeps it: any write to the watchdog register arms
// and refreshes it; when no write comes for longer than the timeout (bench time) it lapses, the
// device puts its coils in their safe state (all off) and holds them there, and reports
// watchdog_lapsed = 1, until the controller writes the watchdog register again.

#include <optional>

#include "gasbench/core/clock.hpp"

namespace gasbench::sim {

class OutputWatchdog {
  public:
    explicit OutputWatchdog(units::Duration timeout) : timeout_(toNanos(timeout)) {}

    void refresh(Nanos now) {
        armed_ = true;
        lapsed_ = false;
        lastRefresh_ = now;
    }
    // When it will lapse if nothing is written, while armed and not yet lapsed.
    std::optional<Nanos> lapseAt() const {
        if (!armed_ || lapsed_) return std::nullopt;
        return lastRefresh_ + timeout_;
    }
    void lapse() { lapsed_ = true; }
    bool lapsed() const { return lapsed_; }
    bool armed() const { return armed_; }

  private:
    Nanos timeout_;
    Nanos lastRefresh_ = 0;
    bool armed_ = false;
    bool lapsed_ = false;
};

}  // namespace gasbench::sim
