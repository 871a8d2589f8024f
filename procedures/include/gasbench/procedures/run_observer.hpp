#pragma once
// What a run does, typed and as it does it, for whoever watches: the recorder (it keeps every
// call in the event log, for the audit), the window's run controller (queued Qt signals to the
// console) and the command line's progress line. Called on the run's thread, in order; nobody
// learns a run's progress by reading the database back.

#include <string>
#include <vector>

#include "gasbench/core/clock.hpp"
#include "gasbench/core/measurement.hpp"
#include "gasbench/core/units.hpp"
#include "gasbench/procedures/event.hpp"

namespace gasbench::procedures {

struct Prompt;
struct RunRecord;

// A pause the technician waits through (a warm-up, a hold): `what` is its id in the catalogue
// (procedures/names.hpp), `length` bench time.
struct TimedWait {
    std::string what;
    units::Duration length;
    Nanos begun = 0;
};

class RunObserver {
public:
    virtual ~RunObserver() = default;
    virtual void stepBegun(const std::string& step, Nanos at) {
        (void)step;
        (void)at;
    }
    virtual void timedWait(const TimedWait& wait) { (void)wait; }
    // A measurement the run counts. An observer may refuse one by throwing (the recorder: a
    // RecordError; the run guard: a BenchError after a possible watchdog lapse); then the run
    // does not count it and the observers after it never see it.
    virtual void measurement(const Measurement& m) { (void)m; }
    // The operator is being asked (before the answer).
    virtual void prompt(const Prompt& p) { (void)p; }
    // Everything else the run keeps: prompt outcomes, notes, tables, an abort, the safe state.
    virtual void event(const Event& e) { (void)e; }
    // The run's result, once its teardown and safe state are done.
    virtual void ended(const RunRecord& record) { (void)record; }
};

// Hands every call to each observer in turn; a refusal (a throw) stops there and goes on to
// the caller.
class RunObservers final : public RunObserver {
public:
    RunObservers() = default;
    explicit RunObservers(std::vector<RunObserver*> observers) : observers_(std::move(observers)) {}
    void add(RunObserver* o) { observers_.push_back(o); }

    void stepBegun(const std::string& step, Nanos at) override {
        for (auto* o : observers_) o->stepBegun(step, at);
    }
    void timedWait(const TimedWait& wait) override {
        for (auto* o : observers_) o->timedWait(wait);
    }
    void measurement(const Measurement& m) override {
        for (auto* o : observers_) o->measurement(m);
    }
    void prompt(const Prompt& p) override {
        for (auto* o : observers_) o->prompt(p);
    }
    void event(const Event& e) override {
        for (auto* o : observers_) o->event(e);
    }
    void ended(const RunRecord& record) override {
        for (auto* o : observers_) o->ended(record);
    }

private:
    std::vector<RunObserver*> observers_;
};

// The text the event log keeps for a timed wait: "<what> <seconds> s".
std::string timedWaitText(const TimedWait& wait);

}  // namespace gasbench::procedures
