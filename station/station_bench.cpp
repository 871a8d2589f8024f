#include "gasbench/station/station_bench.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

namespace gasbench::station {

using namespace gasbench::procedures;

StationBench::StationBench(Station& station, PromptResponder& responder, RunObserver& observer,
                           std::stop_source stop)
    : station_(station), responder_(responder), observer_(observer), stop_(std::move(stop)) {}

std::string StationBench::stopReason() const {
    if (explainStop_) {
        if (std::string why = explainStop_(); !why.empty()) return why;
    }
    return Bench::stopReason();
}

std::optional<ChannelId> StationBench::findChannel(std::string_view role) const {
    const std::string prefix = std::string(procedures::role::analyzer) + ".";
    if (role.substr(0, prefix.size()) == prefix) {
        return station_.config().analyzerChannel(std::string(role.substr(prefix.size())));
    }
    return station_.config().role(std::string(role));
}

ChannelId StationBench::channelOf(std::string_view role) const {
    auto ch = findChannel(role);
    if (!ch) {
        throw BenchError(BenchError::Kind::notWired, std::string(role),
                         "role '" + std::string(role) + "' is not wired in station " + station_.config().id);
    }
    return *ch;
}

bool StationBench::wired(std::string_view role) const {
    if (station_.config().deviceRole(std::string(role))) return true;  // a device role: the analyzer
    return findChannel(role).has_value();
}

std::optional<Reading> StationBench::latest(std::string_view role) const {
    return station_.hub().latest(channelOf(role));
}

WaitResult StationBench::waitFor(const WaitSpec& spec) {
    ChannelId ch = channelOf(spec.role);
    const std::string& device = station_.config().channel(ch).device;
    ReadingHub::WaitRequest req;
    req.channel = ch;
    req.since = spec.since;
    req.deadline = spec.deadline;
    req.condition = spec.condition;
    req.deviceLost = [this, device] { return station_.deviceLost(device); };
    WaitResult result;
    switch (station_.hub().wait(req, station_.clock(), stop_.get_token(), result.reading)) {
        case HubWait::met: result.outcome = WaitOutcome::met; break;
        case HubWait::deadline: result.outcome = WaitOutcome::deadline; break;
        case HubWait::stopped: result.outcome = WaitOutcome::stopped; break;
        case HubWait::deviceLost: result.outcome = WaitOutcome::deviceLost; break;
    }
    return result;
}

WaitOutcome StationBench::pauseUntil(Nanos until) {
    std::unique_lock lock(pauseMutex_);
    auto stop = stop_.get_token();
    bool stopped = pauseCv_.wait_until(lock, stop, station_.clock().wallDeadline(until), [] { return false; });
    (void)stopped;
    return stop.stop_requested() ? WaitOutcome::stopped : WaitOutcome::deadline;
}

Nanos StationBench::setOutput(std::string_view role, const units::Quantity& value) {
    ChannelId ch = channelOf(role);
    // Arming is idempotent; a device that faulted and came back needs it again (hal never
    // re-arms on its own).
    station_.armOutputs();
    hal::WriteOutcome outcome = station_.write(ch, value).get();
    if (!outcome.ok()) {
        const bool lost = outcome.error->kind == hal::LinkErrorKind::linkDown ||
                          outcome.error->kind == hal::LinkErrorKind::timeout;
        throw BenchError(lost ? BenchError::Kind::deviceLost : BenchError::Kind::refused, std::string(role),
                         "writing " + station_.config().channel(ch).qualifiedName + " failed: " + outcome.error->text);
    }
    return outcome.finished;
}

void StationBench::raisePollRate(std::string_view role, units::Duration period) {
    ChannelId ch = channelOf(role);
    double hz = 1.0 / std::max(period.value(), 1e-3);
    station_.setRate(ch, std::max(hz, station_.configuredRate(ch)));
}

void StationBench::restorePollPeriod(std::string_view role) {
    ChannelId ch = channelOf(role);
    station_.setRate(ch, station_.configuredRate(ch));
}

PromptAnswer StationBench::ask(const Prompt& prompt) {
    return responder_.answer(prompt, stop_.get_token());
}

bool StationBench::enterSafeState() noexcept {
    SafeStateReport report = station_.enterSafeState();
    // Not confirmed: the outputs may be out of reach for a moment (a link outage, a restarting
    // gateway). Try again for a while before the alarm; each try is bounded by the bus timeouts.
    const auto until = std::chrono::steady_clock::now() + kSafeStateRetry;
    int tries = 1;
    while (!report.reached && std::chrono::steady_clock::now() < until) {
        std::this_thread::sleep_for(kSafeStateRetryPause);
        report = station_.enterSafeState();
        ++tries;
    }
    safeStateStamp_ = report.stamp;
    try {
        Event e;
        e.stamp = station_.clock().now();
        e.kind = report.reached ? "safe-state" : "safe-state-incomplete";
        e.text = report.reached ? "bench in its safe state" : "safe state not confirmed:";
        for (const auto& f : report.failures) e.text += " " + f + ";";
        if (tries > 1) e.text += " (" + std::to_string(tries) + " tries)";
        observer_.event(e);
    } catch (...) {
        // Recording the event must never keep the bench from its safe state.
    }
    return report.reached;
}

}  // namespace gasbench::station
