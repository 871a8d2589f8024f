#pragma once
// The one guard of a run: stops it, and puts the bench in its safe state, when something outside
// the procedure goes wrong —
// - an outputs device's watchdog may have lapsed: no refresh of it succeeded within its timeout
//   less kWatchdogMargin (a refused or lost refresh is retried by the bus worker, and only a
//   refresh that succeeded counts), the bus worker stopped refreshing it because a lapse may
//   hide, or its `watchdog_lapsed` channel reads non-zero (in any reading, Ok or not). A lapse
//   means the device shut its outputs on its own, and the run would go on measuring a bench
//   that no longer does what it was told (a conforming regulator judged FAIL on 0 kPa);
// - a critical device silent for longer than its loss timeout;
// - the process asked to end (SIGINT, SIGTERM, SIGHUP).
// It sees every reading (a hub subscriber) and every write and refresh outcome (the station's
// write reports); both only note what they saw and wake the guard's thread, which never polls:
// it sleeps until the next deadline (a refresh due, a device's loss timeout) or a wake-up.
// vouch() is asked before a measurement is recorded: a measurement is kept only when every
// supervised watchdog was provably refreshed up to that moment.

#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>

#include "gasbench/station/station.hpp"

namespace gasbench::station {

class RunGuard {
public:
    // The margin taken off a watchdog's timeout: the guard ends the run when no refresh
    // succeeded for (1 - kWatchdogMargin) x timeout, before the device could lapse.
    static constexpr double kWatchdogMargin = 0.1;

    // Construct before station.start() (it subscribes to the hub and the write reports); it
    // watches while it exists and requests `runStop` on a trip.
    RunGuard(Station& station, std::stop_source runStop);
    ~RunGuard();
    RunGuard(const RunGuard&) = delete;
    RunGuard& operator=(const RunGuard&) = delete;

    bool tripped() const;
    // Why it tripped; empty while it has not.
    std::string cause() const;
    // It tripped on an outputs watchdog (readings after the possible lapse are not the bench's).
    bool trippedOnWatchdog() const;
    // Nothing when every supervised watchdog was refreshed within its limit up to now; else why
    // not (and the guard trips, if it had not).
    std::optional<std::string> vouch();
    // Devices with a watchdog it supervises.
    std::size_t watchdogs() const;

    // SIGINT, SIGTERM and SIGHUP set a flag and wake every guard (a signal handler can do no
    // Modbus I/O); the second one ends the process at once (the device watchdogs remain).
    static void installSignalHandlers();
    static bool terminationRequested();
    static int terminationSignal();

    struct Core;

private:
    void watch(std::stop_token self);

    Station& station_;
    std::stop_source runStop_;
    std::shared_ptr<Core> core_;  // shared with the hub and write subscribers, which outlive us
    std::jthread thread_;
};

}  // namespace gasbench::station
