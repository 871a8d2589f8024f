#pragma once
// What a step sees while it runs: the bench with the engine's rules applied (every wait has a
// deadline; STOP, a lost device or a missing answer end the step by RunInterrupted), the
// profile's parameters by id, and measurements judged against the profile's items.

#include <any>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "gasbench/procedures/bench.hpp"
#include "gasbench/procedures/profile.hpp"
#include "gasbench/procedures/run_record.hpp"

namespace gasbench::procedures {

// Ends a run early; the engine records `state` and the message as the cause, then runs the
// teardown and the safe state.
class RunInterrupted : public std::runtime_error {
public:
    RunInterrupted(RunState state, const std::string& cause)
        : std::runtime_error(cause), state_(state) {}
    RunState state() const { return state_; }

private:
    RunState state_;
};

class StepContext {
public:
    StepContext(Bench& bench, const Profile& profile, RunRecord& record);

    Bench& bench() { return bench_; }
    const Profile& profile() const { return profile_; }
    Nanos now() const { return bench_.clock().now(); }
    bool wired(std::string_view role) const { return bench_.wired(role); }
    // Throws RunInterrupted(aborted) once STOP was requested.
    void checkStop() const;

    // Waits on a role for at most `timeout` (finite and positive, or the run fails) counting
    // readings stamped at or after `since` (default: now). Returns met or deadline; STOP and a
    // lost device throw.
    WaitResult waitFor(std::string_view role, ReadingCondition condition, units::Duration timeout,
                       std::optional<Nanos> since = std::nullopt);
    // Why a wait's readings of `role` cannot time its event (met: more than `allowed` between
    // the reading that met and the one before) or prove it did not happen (otherwise: a stretch
    // longer than `allowed` without a reading, or none at all); empty when they can. A value
    // resting on such a wait is recorded without a value (inconclusive) with this note.
    static std::string readingGap(std::string_view role, const WaitResult& r,
                                  units::Duration allowed);
    // Lets bench time pass; STOP throws.
    void pause(units::Duration duration);
    // A pause the technician waits through (a warm-up, a hold): the observers get it as a
    // TimedWait first (the console counts down the time remaining; the log keeps "<what>
    // <seconds> s").
    void pause(units::Duration duration, std::string_view what);
    Nanos set(std::string_view role, const units::Quantity& value);
    std::optional<Reading> latest(std::string_view role) const { return bench_.latest(role); }
    // Returns an answered or skipped answer; STOP or no answer throws.
    PromptAnswer ask(const Prompt& prompt);

    // Profile parameters. Without a fallback a missing parameter fails the run, naming it.
    template <class Q>
    Q parameter(const std::string& id) const;
    template <class Q>
    Q parameter(const std::string& id, Q fallback) const;
    template <class Q>
    std::vector<Q> parameterList(const std::string& id) const;
    int count(const std::string& id, int fallback) const;

    // Judges a value against the profile item's limits and records it (durably, through the
    // bench). An item the profile lacks is recorded without limits: inconclusive.
    // `repeatability` is the standard uncertainty the measurement itself showed (the scatter of
    // a settle window over the root of its count); with the item's stated U (k = 2) it gives
    // the result's U = 2 * sqrt((U_stated / 2)^2 + repeatability^2).
    Measurement measure(const std::string& item, std::optional<units::Quantity> value,
                        std::optional<int> trial = std::nullopt, const std::string& note = {},
                        std::optional<units::Quantity> repeatability = std::nullopt);
    // Asks a checklist prompt and records one measurement per entry answered (not-applicable
    // entries become events). A skipped checklist leaves its items unmeasured: inconclusive.
    void checklist(const Prompt& prompt);
    void event(const std::string& kind, const std::string& text);
    // The engine, as each step begins.
    void stepBegun(const std::string& step);
    std::vector<Measurement> measurementsOf(const std::string& item) const;

    // A procedure's own state across the steps of this run (values held back until a later
    // step can judge them), made on first use.
    template <class T>
    T& runState();

private:
    const ProfileParameter* findParameter(const std::string& id, bool required) const;
    [[noreturn]] void wrongDimension(const ProfileParameter& p) const;

    Bench& bench_;
    const Profile& profile_;
    RunRecord& record_;
    std::any state_;
};

template <class T>
T& StepContext::runState() {
    if (!state_.has_value()) state_ = T{};
    return std::any_cast<T&>(state_);
}

template <class Q>
Q StepContext::parameter(const std::string& id) const {
    const ProfileParameter* p = findParameter(id, true);
    if (const Q* q = std::get_if<Q>(&p->values.front())) return *q;
    wrongDimension(*p);
}

template <class Q>
Q StepContext::parameter(const std::string& id, Q fallback) const {
    const ProfileParameter* p = findParameter(id, false);
    if (!p) return fallback;
    if (const Q* q = std::get_if<Q>(&p->values.front())) return *q;
    wrongDimension(*p);
}

template <class Q>
std::vector<Q> StepContext::parameterList(const std::string& id) const {
    const ProfileParameter* p = findParameter(id, true);
    std::vector<Q> out;
    for (const auto& v : p->values) {
        const Q* q = std::get_if<Q>(&v);
        if (!q) wrongDimension(*p);
        out.push_back(*q);
    }
    return out;
}

}  // namespace gasbench::procedures
