#pragma once
// Puts the bench in its safe state, and stops the run, when something outside the procedure
// goes wrong: a critical device silent for longer than its loss timeout, or the process asked
// to end (SIGINT, SIGTERM, SIGHUP). STOP from the operator and the end of a run reach the safe
// state through the engine; a process that dies outright (SIGKILL, a crash) leaves it to the
// devices' watchdogs, which the station refreshes only while outputs are armed.

#include <atomic>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>

#include "gasbench/station/station.hpp"

namespace gasbench::station {

class SafetyInterlock {
public:
    // Watches while it exists; `runStop` is requested on a trip.
    SafetyInterlock(Station& station, std::stop_source runStop);
    ~SafetyInterlock();
    SafetyInterlock(const SafetyInterlock&) = delete;
    SafetyInterlock& operator=(const SafetyInterlock&) = delete;

    // Why the interlock tripped; empty while it has not.
    std::string cause() const;
    bool tripped() const { return tripped_; }

    // SIGINT, SIGTERM and SIGHUP set a flag every interlock watches (a signal handler can do no
    // Modbus I/O); the second one ends the process at once (the device watchdogs remain).
    static void installSignalHandlers();
    static bool terminationRequested();
    static int terminationSignal();

private:
    void watch(std::stop_token self);
    void trip(const std::string& cause);

    Station& station_;
    std::stop_source runStop_;
    mutable std::mutex mutex_;
    std::string cause_;
    std::atomic<bool> tripped_{false};
    std::jthread thread_;
};

}  // namespace gasbench::station
