#pragma once
// Stops a run whose outputs device reports that its watchdog lapsed. A lapse means the device
// put its outputs in their safe state on its own (the controller could not reach it for longer
// than the watchdog's timeout: a link outage, a server restart); when the link comes back the
// device holds its valves shut while the procedure believes them open, and would go on
// measuring a bench that no longer does what it commanded (a conforming regulator judged to
// fail on 0 kPa). The guard reads each watchdog device's `watchdog_lapsed` channel, as polled
// into the hub, and on a lapse seen after it started stops the run and writes the safe state.

#include <atomic>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

#include "gasbench/station/station.hpp"

namespace gasbench::station {

class WatchdogLapseGuard {
public:
    // Watches while it exists; `runStop` is requested on a lapse.
    WatchdogLapseGuard(Station& station, std::stop_source runStop);
    ~WatchdogLapseGuard();
    WatchdogLapseGuard(const WatchdogLapseGuard&) = delete;
    WatchdogLapseGuard& operator=(const WatchdogLapseGuard&) = delete;

    bool tripped() const { return tripped_; }
    // Why it tripped; empty while it has not.
    std::string cause() const;
    // How many devices it watches (those with a watchdog and a `watchdog_lapsed` channel).
    std::size_t watched() const { return channels_.size(); }

private:
    void watch(std::stop_token self);

    struct Watched {
        ChannelId channel = 0;
        std::string device;
        bool seenRunning = false;  // read 0 since the guard started
        Nanos lookedUntil = 0;     // readings stamped before this were looked at
    };
    Station& station_;
    std::stop_source runStop_;
    std::vector<Watched> channels_;
    Nanos since_ = 0;
    mutable std::mutex mutex_;
    std::string cause_;
    std::atomic<bool> tripped_{false};
    std::jthread thread_;
};

}  // namespace gasbench::station
