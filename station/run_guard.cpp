#include "gasbench/station/run_guard.hpp"

#include <fcntl.h>
#include <cerrno>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <vector>

namespace gasbench::station {
namespace {

volatile std::sig_atomic_t gSignal = 0;
int gWakePipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int sig) {
    if (gSignal != 0) std::_Exit(128 + sig);  // asked twice: leave it to the watchdogs
    gSignal = sig;
    if (gWakePipe[1] >= 0) {
        char c = 1;
        ssize_t n = ::write(gWakePipe[1], &c, 1);  // async-signal-safe; the relay wakes the guards
        (void)n;
    }
}

std::mutex gGuardsMutex;
std::vector<std::weak_ptr<RunGuard::Core>> gGuards;

std::string seconds(Nanos n) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f s", static_cast<double>(n) * 1e-9);
    return buf;
}

}  // namespace

struct RunGuard::Core {
    struct Watchdog {
        std::string device;
        Nanos timeout = 0;
        Nanos limit = 0;             // bench time without a good refresh before we end the run
        bool supervised = false;     // the worker is refreshing it (armed), not yet disarmed
        Nanos lastGood = 0;          // start of the last refresh that succeeded (or first try)
        bool seenRunning = false;    // watchdog_lapsed read 0 while supervised
        std::uint64_t failedRefreshes = 0;
        std::string lastFailure;
    };

    explicit Core(const Clock& c) : clock(c) {}

    const Clock& clock;
    std::vector<int> lapseOf;  // channel -> watchdog index, -1; fixed after construction
    mutable std::mutex mutex;
    std::condition_variable_any wake;
    bool woken = false;
    std::vector<Watchdog> watchdogs;
    bool tripped = false;
    bool acted = false;
    bool onWatchdog = false;
    std::string cause;

    // Under mutex. The first decision stands.
    void decide(std::string why, bool watchdog) {
        if (tripped) return;
        tripped = true;
        onWatchdog = watchdog;
        cause = std::move(why);
        woken = true;
        wake.notify_all();
    }

    void notify() {
        std::lock_guard lock(mutex);
        woken = true;
        wake.notify_all();
    }

    // Under mutex: a supervised watchdog not refreshed within its limit at `now`.
    std::optional<std::string> overdue(Nanos now) const {
        for (const auto& w : watchdogs) {
            if (!w.supervised || now - w.lastGood <= w.limit) continue;
            std::string why = "the watchdog of '" + w.device + "' may have lapsed: no refresh succeeded for " +
                              seconds(now - w.lastGood) + " (timeout " + seconds(w.timeout) + ", less a " +
                              std::to_string(static_cast<int>(kWatchdogMargin * 100)) + " % margin)";
            if (w.failedRefreshes > 0) {
                why += "; " + std::to_string(w.failedRefreshes) + " refresh(es) failed, the last: " + w.lastFailure;
            }
            return why;
        }
        return std::nullopt;
    }

    Watchdog* find(const std::string& device) {
        for (auto& w : watchdogs) {
            if (w.device == device) return &w;
        }
        return nullptr;
    }

    // The hub's subscriber, on a bus worker's thread: cheap, never blocks for long.
    void noteReading(const Reading& r) {
        if (r.channel >= lapseOf.size() || lapseOf[r.channel] < 0) return;
        std::lock_guard lock(mutex);
        Watchdog& w = watchdogs[static_cast<std::size_t>(lapseOf[r.channel])];
        if (!w.supervised) return;
        // A non-Ok reading carries the last value read: a lapse read once counts, whatever
        // came after (a stale 0 proves nothing; the refresh deadline covers an unreadable flag).
        const bool lapsed = units::siValue(r.value) != 0.0;
        if (!lapsed) {
            if (r.ok()) w.seenRunning = true;
            return;
        }
        // A lapse left from before this arming (nobody refreshed the device) is not this run's.
        if (!w.seenRunning) return;
        decide("the watchdog of '" + w.device +
                   "' lapsed: the device shut its outputs on its own after the controller lost it",
               true);
    }

    // The station's write reports, on a bus worker's thread.
    void noteWrite(const std::string& device, const hal::WriteReport& r) {
        using Kind = hal::WriteReport::Kind;
        if (r.kind == Kind::write) return;
        std::lock_guard lock(mutex);
        Watchdog* w = find(device);
        if (!w) return;
        switch (r.kind) {
            case Kind::watchdogRefresh:
                if (!w->supervised) {
                    w->supervised = true;
                    w->lastGood = r.started;  // the first try starts the count
                    w->seenRunning = false;
                }
                if (r.ok()) {
                    // The gap the device saw ended at the latest when this answer came.
                    if (r.finished - w->lastGood > w->limit) {
                        if (auto why = overdue(r.finished)) decide(*why, true);
                    }
                    w->lastGood = r.started;
                } else {
                    ++w->failedRefreshes;
                    w->lastFailure = r.error->text;
                }
                break;
            case Kind::watchdogStopped:
                if (w->supervised) {
                    decide("the watchdog of '" + device + "' may have lapsed: " +
                               (r.error ? r.error->text : std::string("refreshing stopped")),
                           true);
                }
                break;
            case Kind::disarmed:
                if (w->supervised) {
                    if (auto why = overdue(r.started)) decide(*why, true);
                }
                w->supervised = false;
                w->seenRunning = false;
                break;
            case Kind::write: break;
        }
        woken = true;
        wake.notify_all();
    }
};

RunGuard::RunGuard(Station& station, std::stop_source runStop)
    : station_(station), runStop_(std::move(runStop)), core_(std::make_shared<Core>(station.clock())) {
    const StationConfig& cfg = station_.config();
    core_->lapseOf.assign(cfg.channels.size(), -1);
    const double scale = std::min(1.0, station_.clock().timeScale());
    for (const auto& d : cfg.devices) {
        if (!d.map->watchdog) continue;
        Core::Watchdog w;
        w.device = d.name;
        w.timeout = static_cast<Nanos>(d.map->watchdog->timeoutMs) * 1'000'000;
        // The device counts its timeout in bench time (the simulator) or wall time (an
        // instrument); below scale 1 wall time runs faster than bench time.
        w.limit = static_cast<Nanos>(static_cast<double>(w.timeout) * (1.0 - kWatchdogMargin) * scale);
        core_->watchdogs.push_back(w);
        for (const auto& ch : cfg.channels) {
            if (ch.device == d.name && ch.spec->name == "watchdog_lapsed" && ch.spec->readable()) {
                core_->lapseOf[ch.id] = static_cast<int>(core_->watchdogs.size() - 1);
            }
        }
    }
    std::shared_ptr<Core> core = core_;
    station_.hub().subscribe([core](const Reading& r) { core->noteReading(r); });
    station_.subscribeWrites([core](const std::string& device, const hal::WriteReport& r) { core->noteWrite(device, r); });
    {
        std::lock_guard lock(gGuardsMutex);
        std::erase_if(gGuards, [](const auto& g) { return g.expired(); });
        gGuards.push_back(core_);
    }
    thread_ = std::jthread([this](std::stop_token self) { watch(self); });
}

RunGuard::~RunGuard() {
    thread_.request_stop();
    if (thread_.joinable()) thread_.join();
}

bool RunGuard::tripped() const {
    std::lock_guard lock(core_->mutex);
    return core_->tripped;
}

std::string RunGuard::cause() const {
    std::lock_guard lock(core_->mutex);
    return core_->cause;
}

bool RunGuard::trippedOnWatchdog() const {
    std::lock_guard lock(core_->mutex);
    return core_->tripped && core_->onWatchdog;
}

std::size_t RunGuard::watchdogs() const { return core_->watchdogs.size(); }

std::optional<std::string> RunGuard::vouch() {
    std::lock_guard lock(core_->mutex);
    if (!core_->tripped) {
        if (auto why = core_->overdue(core_->clock.now())) core_->decide(*why, true);
    }
    if (core_->tripped) return core_->cause;
    return std::nullopt;
}

void RunGuard::installSignalHandlers() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (::pipe2(gWakePipe, O_CLOEXEC) == 0) {
            std::thread([fd = gWakePipe[0]] {
                char c = 0;
                for (;;) {
                    ssize_t n = ::read(fd, &c, 1);
                    if (n < 0 && errno == EINTR) continue;
                    if (n <= 0) break;
                    std::vector<std::shared_ptr<Core>> guards;
                    {
                        std::lock_guard lock(gGuardsMutex);
                        for (auto& g : gGuards) {
                            if (auto p = g.lock()) guards.push_back(std::move(p));
                        }
                    }
                    for (auto& g : guards) g->notify();
                }
            }).detach();
        }
    });
    struct sigaction sa {};
    sa.sa_handler = onTerminationSignal;
    sigemptyset(&sa.sa_mask);
    for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaction(sig, &sa, nullptr);
}

bool RunGuard::terminationRequested() { return gSignal != 0; }
int RunGuard::terminationSignal() { return gSignal; }

void RunGuard::watch(std::stop_token self) {
    using namespace std::chrono_literals;
    std::unique_lock lock(core_->mutex);
    while (!self.stop_requested()) {
        core_->woken = false;
        if (!core_->tripped) {
            if (terminationRequested()) {
                core_->decide("the program was asked to end (signal " + std::to_string(terminationSignal()) + ")", false);
            } else if (auto why = core_->overdue(core_->clock.now())) {
                core_->decide(*why, true);
            } else {
                lock.unlock();
                auto lost = station_.lostCriticalDevice();
                lock.lock();
                if (lost && !core_->tripped) {
                    core_->decide("critical device '" + *lost + "' lost: no answer for longer than its timeout", false);
                }
            }
        }
        if (core_->tripped && !core_->acted) {
            core_->acted = true;
            lock.unlock();
            // Stop the run first so no step writes an output after the safe state; then make
            // safe ourselves: the engine will too, but a procedure may be blocked in a prompt.
            runStop_.request_stop();
            station_.enterSafeState();
            lock.lock();
            continue;
        }
        // The next moment something can be due: a refresh deadline, a device's loss timeout.
        auto until = std::chrono::steady_clock::time_point::max();
        for (const auto& w : core_->watchdogs) {
            if (w.supervised) until = std::min(until, core_->clock.wallDeadline(w.lastGood + w.limit + 1));
        }
        lock.unlock();
        if (auto loss = station_.nextCriticalLoss()) until = std::min(until, *loss);
        lock.lock();
        if (core_->woken) continue;
        if (until == std::chrono::steady_clock::time_point::max()) {
            // Nothing is due: the station is not running yet (or any more), and nothing is
            // armed. Its start is no wake-up of ours, so look again soon.
            core_->wake.wait_for(lock, self, 100ms, [&] { return core_->woken; });
        } else {
            core_->wake.wait_until(lock, self, until, [&] { return core_->woken; });
        }
    }
}

}  // namespace gasbench::station
