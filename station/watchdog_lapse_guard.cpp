#include "gasbench/station/watchdog_lapse_guard.hpp"

#include <algorithm>
#include <chrono>

namespace gasbench::station {

WatchdogLapseGuard::WatchdogLapseGuard(Station& station, std::stop_source runStop)
    : station_(station), runStop_(std::move(runStop)), since_(station.clock().now()) {
    for (const auto& ch : station_.config().channels) {
        const StationDevice* device = station_.config().findDevice(ch.device);
        if (device && device->map->watchdog && ch.spec->name == "watchdog_lapsed" && ch.spec->readable()) {
            channels_.push_back({ch.id, ch.device});
        }
    }
    if (!channels_.empty()) thread_ = std::jthread([this](std::stop_token self) { watch(self); });
}

WatchdogLapseGuard::~WatchdogLapseGuard() {
    thread_.request_stop();
    if (thread_.joinable()) thread_.join();
}

std::string WatchdogLapseGuard::cause() const {
    std::lock_guard lock(mutex_);
    return cause_;
}

void WatchdogLapseGuard::watch(std::stop_token self) {
    using namespace std::chrono_literals;
    while (!self.stop_requested() && !tripped_) {
        for (auto& w : channels_) {
            // Every reading since the last look, not only the latest: a lapse read just before
            // the safe state refreshes the device again shows once and is then cleared.
            // A lapse left over from before the run (the device lapses whenever no controller
            // refreshes it) is not this run's: a lapse counts once the device has been seen
            // running its watchdog since the guard started.
            bool lapsed = false;
            for (const Reading& r : station_.hub().snapshot(w.channel, std::max(since_, w.lookedUntil))) {
                w.lookedUntil = r.stamp + 1;
                if (!r.ok()) continue;
                if (units::siValue(r.value) == 0.0) {
                    w.seenRunning = true;
                } else if (w.seenRunning) {
                    lapsed = true;
                }
            }
            if (!lapsed) continue;
            {
                std::lock_guard lock(mutex_);
                cause_ = "the watchdog of '" + w.device +
                         "' lapsed: the device shut its outputs on its own after the controller lost it";
            }
            tripped_ = true;
            runStop_.request_stop();
            station_.enterSafeState();
            break;
        }
        std::this_thread::sleep_for(20ms);
    }
}

}  // namespace gasbench::station
