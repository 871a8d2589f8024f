// The engine's rules around the Bench, as steps see it.
#include "gasbench/procedures/step_context.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <sstream>

namespace gasbench::procedures {

StepContext::StepContext(Bench& bench, const Profile& profile, RunRecord& record)
    : bench_(bench), profile_(profile), record_(record) {}

void StepContext::checkStop() const {
    if (bench_.stopToken().stop_requested()) {
        throw RunInterrupted(RunState::aborted, bench_.stopReason());
    }
}

WaitResult StepContext::waitFor(std::string_view role, ReadingCondition condition,
                                units::Duration timeout, std::optional<Nanos> since) {
    const double seconds = units::inSeconds(timeout);
    if (!std::isfinite(seconds) || seconds <= 0.0) {
        // No wait without a deadline: a procedure that asks for one is wrong, not the sample.
        throw RunInterrupted(RunState::failedToRun,
                             "a wait on '" + std::string(role) + "' has no finite deadline");
    }
    checkStop();
    const Nanos start = now();
    // Follows the readings the condition is offered (every Ok one, in stamp order) to measure
    // the gaps between them.
    struct Gaps {
        Nanos last = 0;
        Nanos previous = 0;
        Nanos longest = 0;
        int seen = 0;
    };
    auto gaps = std::make_shared<Gaps>();
    const Nanos from = since.value_or(start);
    gaps->last = from;
    ReadingCondition followed = [gaps, condition = std::move(condition)](const Reading& r) {
        if (gaps->last != 0) gaps->longest = std::max(gaps->longest, r.stamp - gaps->last);
        gaps->previous = gaps->last;
        ++gaps->seen;
        gaps->last = std::max(gaps->last, r.stamp);
        return condition(r);
    };
    WaitSpec spec{std::string(role), std::move(followed), start + toNanos(timeout), from};
    WaitResult r = bench_.waitFor(spec);
    if (r.outcome == WaitOutcome::met) {
        // since = 0 ("whatever the latest is") brackets nothing: the reading stands alone.
        r.bracketStart = gaps->previous != 0 || !r.reading ? gaps->previous : r.reading->stamp;
        r.longestGap = gaps->longest;
    } else {
        r.bracketStart = gaps->last != 0 ? gaps->last : start;
        r.longestGap =
            std::max(gaps->longest, std::min(now(), spec.deadline) - r.bracketStart);
    }
    r.readingsSeen = gaps->seen;
    switch (r.outcome) {
        case WaitOutcome::stopped:
            throw RunInterrupted(RunState::aborted, bench_.stopReason());
        case WaitOutcome::deviceLost:
            throw RunInterrupted(RunState::aborted,
                                 "the device of '" + std::string(role) + "' was lost");
        case WaitOutcome::met:
        case WaitOutcome::deadline: break;
    }
    return r;
}

std::string StepContext::readingGap(std::string_view role, const WaitResult& r,
                                    units::Duration allowed) {
    const Nanos limit = toNanos(allowed);
    auto seconds = [](Nanos d) {
        std::ostringstream o;
        o.setf(std::ios::fixed);
        o.precision(2);
        o << static_cast<double>(d) * 1e-9 << " s";
        return o.str();
    };
    if (r.met() && r.reading) {
        const Nanos bracket = r.reading->stamp - r.bracketStart;
        if (bracket <= limit) return {};
        return "no readings of '" + std::string(role) + "' for " + seconds(bracket) +
               " before the event (more than the " + seconds(limit) +
               " allowed); its time cannot be resolved";
    }
    // A short wait without a reading (a 0.2 s release window on a loaded host) is a gap like
    // any other: it tells nothing only when it is longer than the readings may be apart.
    if (r.longestGap <= limit) return {};
    if (r.readingsSeen == 0) {
        return "no reading of '" + std::string(role) + "' in the " + seconds(r.longestGap) +
               " waited; whether the event happened cannot be told";
    }
    return "no readings of '" + std::string(role) + "' for " + seconds(r.longestGap) +
           " while waiting (more than the " + seconds(limit) +
           " allowed); whether the event happened cannot be told";
}

void StepContext::pause(units::Duration duration) {
    checkStop();
    if (bench_.pauseUntil(now() + toNanos(duration)) == WaitOutcome::stopped) {
        throw RunInterrupted(RunState::aborted, bench_.stopReason());
    }
}

void StepContext::pause(units::Duration duration, std::string_view what) {
    checkStop();
    const TimedWait wait{std::string(what), duration, now()};
    record_.events.push_back(Event{wait.begun, "timed", timedWaitText(wait)});
    bench_.observer().timedWait(wait);
    pause(duration);
}

Nanos StepContext::set(std::string_view role, const units::Quantity& value) {
    try {
        return bench_.setOutput(role, value);
    } catch (const BenchError& e) {
        throw RunInterrupted(e.kind() == BenchError::Kind::deviceLost ? RunState::aborted
                                                                      : RunState::failedToRun,
                             std::string("cannot set '") + std::string(role) + "': " + e.what());
    }
}

PromptAnswer StepContext::ask(const Prompt& prompt) {
    checkStop();
    event("prompt", prompt.id);
    bench_.observer().prompt(prompt);
    PromptAnswer a = bench_.ask(prompt);
    switch (a.outcome) {
        case PromptOutcome::stopped:
            throw RunInterrupted(RunState::aborted, bench_.stopReason());
        case PromptOutcome::unanswered:
            throw RunInterrupted(RunState::failedToRun, "prompt '" + prompt.id +
                                                            "' has no answer: " + a.message);
        case PromptOutcome::skipped:
            if (!prompt.skippable) {
                throw RunInterrupted(RunState::failedToRun,
                                     "prompt '" + prompt.id + "' cannot be skipped");
            }
            event("prompt", prompt.id + " skipped");
            break;
        case PromptOutcome::answered: break;
    }
    return a;
}

const ProfileParameter* StepContext::findParameter(const std::string& id, bool required) const {
    const ProfileParameter* p = profile_.findParameter(id);
    if (!p && required) {
        throw RunInterrupted(RunState::failedToRun, "profile '" + profile_.id +
                                                        "' has no parameter '" + id + "'");
    }
    return p;
}

void StepContext::wrongDimension(const ProfileParameter& p) const {
    throw RunInterrupted(RunState::failedToRun, "profile '" + profile_.id + "' parameter '" +
                                                    p.id + "' has the wrong unit '" + p.unit +
                                                    "'");
}

int StepContext::count(const std::string& id, int fallback) const {
    const ProfileParameter* p = findParameter(id, false);
    if (!p) return fallback;
    const double v = units::siValue(p->values.front());
    if (units::dimensionOf(p->values.front()) != units::Dimension::dimensionless || v < 1 ||
        v != std::floor(v)) {
        throw RunInterrupted(RunState::failedToRun, "profile '" + profile_.id + "' parameter '" +
                                                        id + "' is not a whole count");
    }
    return static_cast<int>(v);
}

namespace {

// U = 2 * sqrt((U_stated / 2)^2 + u_r^2), in SI; either may be missing.
std::optional<units::Quantity> expandedWith(const std::optional<units::Quantity>& stated,
                                            const std::optional<units::Quantity>& repeatability) {
    if (!repeatability) return stated;
    if (stated && units::dimensionOf(*stated) != units::dimensionOf(*repeatability)) return stated;
    const double u = stated ? units::siValue(*stated) / 2.0 : 0.0;
    const double r = units::siValue(*repeatability);
    return units::fromSi(units::dimensionOf(*repeatability), 2.0 * std::sqrt(u * u + r * r));
}

}  // namespace

Measurement StepContext::measure(const std::string& item, std::optional<units::Quantity> value,
                                 std::optional<int> trial, const std::string& note,
                                 std::optional<units::Quantity> repeatability) {
    Measurement m;
    m.item = item;
    m.trial = trial;
    m.value = std::move(value);
    m.stamp = now();
    m.note = note;
    if (const ProfileItem* pi = profile_.findItem(item)) {
        m.unit = pi->unit;
        m.limits = pi->limits;
        m.clause = pi->clause;
        m.uncertainty = m.value ? expandedWith(pi->uncertainty, repeatability) : pi->uncertainty;
        m.rounding = pi->rounding;
        m.rule = DecisionRule{profile_.decisionRule, pi->guardBand};
        m.nonconformity = pi->nonconformity;
        if (pi->highFrom) {
            const auto r = bench_.latest(pi->highFrom->role);
            if (r && r->ok() && units::dimensionOf(r->value) == pi->dimension) {
                m.limits.high = Limit{r->value, pi->highFrom->inclusive};
            } else if (m.note.empty()) {
                m.note = "no reading of " + pi->highFrom->role + " for the limit";
            }
        }
        if (!m.limits.any() && m.note.empty()) m.note = "no limit in the profile";
    } else {
        if (m.value) m.unit = std::string(units::displayUnit(units::dimensionOf(*m.value)).symbol);
        if (m.note.empty()) m.note = "item not in profile " + profile_.id;
    }
    if (!m.value && m.note.empty()) m.note = "no value could be measured";
    const Judgement j = judged(m);
    m.verdict = j.verdict;
    if (!j.note.empty()) m.note = m.note.empty() ? j.note : m.note + "; " + j.note;
    bench_.observer().measurement(m);
    record_.measurements.push_back(m);
    return m;
}

void StepContext::checklist(const Prompt& prompt) {
    const PromptAnswer a = ask(prompt);
    for (const auto& entry : prompt.checklist) {
        const CheckAnswer* answer = nullptr;
        for (const auto& c : a.checks) {
            if (c.id == entry.id) answer = &c;
        }
        if (a.outcome == PromptOutcome::skipped || !answer) {
            measure(entry.id, std::nullopt, std::nullopt, "not inspected");
        } else if (answer->result == CheckResult::notApplicable) {
            event("checklist", entry.id + " not applicable" +
                                   (answer->note.empty() ? "" : ": " + answer->note));
        } else {
            measure(entry.id, units::Quantity{answer->result == CheckResult::conforms},
                    std::nullopt, answer->note);
        }
    }
}

void StepContext::event(const std::string& kind, const std::string& text) {
    Event e{now(), kind, text};
    bench_.observer().event(e);
    record_.events.push_back(std::move(e));
}

void StepContext::stepBegun(const std::string& step) {
    const Nanos at = now();
    // The record keeps it as the event it always was; the observers get it typed.
    record_.events.push_back(Event{at, "step", step});
    bench_.observer().stepBegun(step, at);
}

std::vector<Measurement> StepContext::measurementsOf(const std::string& item) const {
    std::vector<Measurement> out;
    for (const auto& m : record_.measurements) {
        if (m.item == item) out.push_back(m);
    }
    return out;
}

}  // namespace gasbench::procedures
