#include "gasbench/station/safety_interlock.hpp"

#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdlib>

namespace gasbench::station {
namespace {

volatile std::sig_atomic_t gSignal = 0;

extern "C" void onTerminationSignal(int sig) {
    if (gSignal != 0) std::_Exit(128 + sig);  // asked twice: leave it to the watchdogs
    gSignal = sig;
}

}  // namespace

SafetyInterlock::SafetyInterlock(Station& station, std::stop_source runStop)
    : station_(station), runStop_(std::move(runStop)) {
    thread_ = std::jthread([this](std::stop_token self) { watch(self); });
}

SafetyInterlock::~SafetyInterlock() {
    thread_.request_stop();
    if (thread_.joinable()) thread_.join();
}

std::string SafetyInterlock::cause() const {
    std::lock_guard lock(mutex_);
    return cause_;
}

void SafetyInterlock::installSignalHandlers() {
    struct sigaction sa {};
    sa.sa_handler = onTerminationSignal;
    sigemptyset(&sa.sa_mask);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaction(sig, &sa, nullptr);
}

bool SafetyInterlock::terminationRequested() { return gSignal != 0; }
int SafetyInterlock::terminationSignal() { return gSignal; }

void SafetyInterlock::trip(const std::string& cause) {
    if (tripped_.exchange(true)) return;
    {
        std::lock_guard lock(mutex_);
        cause_ = cause;
    }
    // Stop the run first so no step writes an output after the safe state; then make safe
    // ourselves: the engine will too, but a procedure may be blocked in a prompt.
    runStop_.request_stop();
    station_.enterSafeState();
}

void SafetyInterlock::watch(std::stop_token self) {
    using namespace std::chrono_literals;
    while (!self.stop_requested()) {
        if (terminationRequested()) {
            trip("the program was asked to end (signal " + std::to_string(terminationSignal()) + ")");
        } else if (auto lost = station_.lostCriticalDevice()) {
            trip("critical device '" + *lost + "' lost: no answer for longer than its timeout");
        }
        std::this_thread::sleep_for(20ms);
    }
}

}  // namespace gasbench::station
