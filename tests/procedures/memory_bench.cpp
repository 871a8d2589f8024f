#include "memory_bench.hpp"

#include <algorithm>

namespace gasbench::testing {

using procedures::WaitOutcome;
using procedures::WaitResult;

MemoryBench::MemoryBench(Plant& plant, Nanos tick) : plant_(plant), tick_(tick) { this->tick(); }

std::size_t MemoryBench::indexOf(const std::string& entry, std::size_t from) const {
    for (std::size_t i = from; i < log_.size(); ++i) {
        if (log_[i] == entry) return i;
    }
    return std::string::npos;
}

bool MemoryBench::wired(std::string_view role) const {
    const auto in = plant_.inputs();
    const auto out = plant_.outputs();
    return std::find(in.begin(), in.end(), role) != in.end() ||
           std::find(out.begin(), out.end(), role) != out.end();
}

std::optional<Reading> MemoryBench::latest(std::string_view role) const {
    const auto it = latest_.find(role);
    if (it == latest_.end()) return std::nullopt;
    return it->second;
}

bool MemoryBench::lostNow(const std::string& role) const {
    const auto it = lost_.find(role);
    return it != lost_.end() && clock_.now() >= it->second;
}

bool MemoryBench::silencedNow(const std::string& role) const {
    for (const auto& g : silences_) {
        if (g.role == role && g.from && clock_.now() < *g.from + g.duration) return true;
    }
    return false;
}

void MemoryBench::tick() {
    clock_.advance(tick_);
    plant_.advance(static_cast<double>(tick_) * 1e-9);
    for (const auto& role : plant_.inputs()) {
        if (lostNow(role) || silencedNow(role)) continue;
        Reading r;
        r.stamp = clock_.now();
        r.value = plant_.read(role);
        latest_[role] = r;
    }
    if (stopAt_ && clock_.now() >= *stopAt_ && !stop_.stop_requested()) {
        log_.push_back("STOP");
        stop_.request_stop();
    }
}

WaitResult MemoryBench::waitFor(const procedures::WaitSpec& spec) {
    WaitResult result;
    if (!wired(spec.role)) {
        throw procedures::BenchError(procedures::BenchError::Kind::notWired, spec.role,
                                     "not wired: " + spec.role);
    }
    Nanos lastSeen = -1;
    auto offer = [&]() {
        const auto r = latest(spec.role);
        if (!r || r->stamp < spec.since || r->stamp == lastSeen) return false;
        lastSeen = r->stamp;
        result.reading = r;
        return spec.condition(*r);
    };
    while (true) {
        if (offer()) {
            result.outcome = WaitOutcome::met;
            return result;
        }
        if (stop_.stop_requested()) {
            result.outcome = WaitOutcome::stopped;
            return result;
        }
        if (lostNow(spec.role)) {
            result.outcome = WaitOutcome::deviceLost;
            return result;
        }
        if (clock_.now() >= spec.deadline) {
            result.outcome = WaitOutcome::deadline;
            return result;
        }
        tick();
    }
}

WaitOutcome MemoryBench::pauseUntil(Nanos until) {
    while (clock_.now() < until) {
        if (stop_.stop_requested()) return WaitOutcome::stopped;
        tick();
    }
    return stop_.stop_requested() ? WaitOutcome::stopped : WaitOutcome::deadline;
}

Nanos MemoryBench::setOutput(std::string_view role, const units::Quantity& value) {
    const auto out = plant_.outputs();
    if (std::find(out.begin(), out.end(), role) == out.end()) {
        throw procedures::BenchError(procedures::BenchError::Kind::notWired, std::string(role),
                                     "not an output: " + std::string(role));
    }
    log_.push_back("set " + std::string(role) + "=" + std::to_string(units::siValue(value)));
    plant_.write(std::string(role), value);
    for (auto& g : silences_) {
        if (g.from || g.output != role || clock_.now() < g.after) continue;
        if (units::dimensionOf(value) != units::Dimension::state || std::get<bool>(value) != g.value) continue;
        if (--g.occurrence == 0) {
            g.from = clock_.now();
            log_.push_back("silence " + g.role);
        }
    }
    return clock_.now();
}

void MemoryBench::raisePollRate(std::string_view role, units::Duration) {
    ++raised_;
    log_.push_back("poll+ " + std::string(role));
}

void MemoryBench::restorePollPeriod(std::string_view role) {
    --raised_;
    log_.push_back("poll- " + std::string(role));
}

procedures::PromptAnswer MemoryBench::ask(const procedures::Prompt& prompt) {
    log_.push_back("ask " + prompt.id);
    if (prompt.id == stopAtPrompt_) {
        log_.push_back("STOP");
        stop_.request_stop();
    }
    if (!responder_) {
        procedures::PromptAnswer a;
        a.message = "no responder";
        return a;
    }
    return responder_->answer(prompt, stop_.get_token());
}

void MemoryBench::Keeper::stepBegun(const std::string& step, Nanos at) {
    bench_.events_.push_back({at, "step", step});
}

void MemoryBench::Keeper::timedWait(const procedures::TimedWait& wait) {
    bench_.events_.push_back({wait.begun, "timed", procedures::timedWaitText(wait)});
}

void MemoryBench::Keeper::measurement(const gasbench::Measurement& m) {
    bench_.log_.push_back("measure " + m.item);
    bench_.measurements_.push_back(m);
}

void MemoryBench::Keeper::event(const procedures::Event& e) { bench_.events_.push_back(e); }

void MemoryBench::Keeper::ended(const procedures::RunRecord& record) { bench_.ended_.push_back(record); }

bool MemoryBench::enterSafeState() noexcept {
    ++safeStates_;
    log_.push_back("safe-state");
    for (const auto& role : plant_.outputs()) {
        const units::Quantity now = plant_.read(role);
        plant_.write(role, units::fromSi(units::dimensionOf(now), 0.0));
    }
    return true;
}

}  // namespace gasbench::testing
