#pragma once
// A deterministic in-memory Bench for engine and procedure tests: a scripted plant advanced in
// fixed ticks of bench time (no threads, no wall clock). Every tick reads every input of the
// plant into a stamped reading; waits run the plant forward until their condition holds or
// their deadline passes. It logs what the procedure did, so tests can assert order
// ("teardown before safe state").

#include <map>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "gasbench/procedures/bench.hpp"
#include "gasbench/procedures/run_record.hpp"

namespace gasbench::testing {

class ManualClock final : public Clock {
public:
    ManualClock() : Clock(1.0) {}
    Nanos now() const override { return now_; }
    std::chrono::nanoseconds toWall(Nanos d) const override { return std::chrono::nanoseconds(d); }
    void advance(Nanos d) { now_ += d; }

private:
    Nanos now_ = 1'000'000'000;  // not zero, so a stamp of 0 means "never"
};

// The sample and the bench's instruments, as a model.
class Plant {
public:
    virtual ~Plant() = default;
    virtual std::vector<std::string> inputs() const = 0;
    virtual std::vector<std::string> outputs() const = 0;
    virtual void write(const std::string& role, const units::Quantity& value) = 0;
    virtual units::Quantity read(const std::string& role) const = 0;
    virtual void advance(double seconds) = 0;
};

class MemoryBench final : public procedures::Bench {
public:
    explicit MemoryBench(Plant& plant, Nanos tick = 10'000'000);

    // Scripting.
    void stopAt(Nanos benchTime) { stopAt_ = benchTime; }
    void stopAtPrompt(std::string promptId) { stopAtPrompt_ = std::move(promptId); }
    void loseDeviceAt(std::string role, Nanos benchTime) { lost_[std::move(role)] = benchTime; }
    // A gap in a role's readings, as a busy instrument leaves (it answers nothing, the device is
    // not lost): from the `occurrence`-th write of `output` = `value` at or after bench time
    // `after`, `role` has no new reading for `duration`.
    void silenceOnWrite(std::string role, std::string output, bool value, Nanos duration,
                        int occurrence = 1, Nanos after = 0) {
        silences_.push_back({std::move(role), std::move(output), value, duration, occurrence, after, std::nullopt});
    }
    void setResponder(procedures::PromptResponder* r) { responder_ = r; }
    ManualClock& manualClock() { return clock_; }

    // What happened.
    const std::vector<std::string>& log() const { return log_; }
    std::size_t indexOf(const std::string& entry, std::size_t from = 0) const;  // npos if absent
    int safeStates() const { return safeStates_; }
    const std::vector<gasbench::Measurement>& measurements() const { return measurements_; }
    // Everything the run's observer got, as the recorder would keep it: steps as "step" events,
    // timed waits as "timed" ones.
    const std::vector<procedures::Event>& events() const { return events_; }
    const std::vector<procedures::RunRecord>& ended() const { return ended_; }
    // Another observer after the bench's own (as the window's console is after the recorder).
    void watch(procedures::RunObserver* o) { observers_.add(o); }
    int fasterPolling() const { return raised_; }  // currently raised roles
    units::Quantity output(const std::string& role) const { return plant_.read(role); }

    // Bench
    const Clock& clock() const override { return clock_; }
    std::stop_token stopToken() const override { return stop_.get_token(); }
    bool wired(std::string_view role) const override;
    std::optional<Reading> latest(std::string_view role) const override;
    procedures::WaitResult waitFor(const procedures::WaitSpec& spec) override;
    procedures::WaitOutcome pauseUntil(Nanos until) override;
    Nanos setOutput(std::string_view role, const units::Quantity& value) override;
    void raisePollRate(std::string_view role, units::Duration period) override;
    void restorePollPeriod(std::string_view role) override;
    procedures::PromptAnswer ask(const procedures::Prompt& prompt) override;
    procedures::RunObserver& observer() override { return observers_; }
    bool enterSafeState() noexcept override;

private:
    void tick();
    bool lostNow(const std::string& role) const;

    Plant& plant_;
    Nanos tick_;
    ManualClock clock_;
    std::stop_source stop_;
    std::optional<Nanos> stopAt_;
    std::string stopAtPrompt_;
    std::map<std::string, Nanos> lost_;
    struct Silence {
        std::string role, output;
        bool value;
        Nanos duration;
        int occurrence;
        Nanos after;
        std::optional<Nanos> from;  // when it began
    };
    std::vector<Silence> silences_;
    bool silencedNow(const std::string& role) const;
    std::map<std::string, Reading, std::less<>> latest_;
    procedures::PromptResponder* responder_ = nullptr;
    std::vector<std::string> log_;
    int safeStates_ = 0;
    int raised_ = 0;
    std::vector<gasbench::Measurement> measurements_;
    std::vector<procedures::Event> events_;
    std::vector<procedures::RunRecord> ended_;
    // Keeps what the run does in the vectors above.
    class Keeper final : public procedures::RunObserver {
    public:
        explicit Keeper(MemoryBench& bench) : bench_(bench) {}
        void stepBegun(const std::string& step, Nanos at) override;
        void timedWait(const procedures::TimedWait& wait) override;
        void measurement(const gasbench::Measurement& m) override;
        void event(const procedures::Event& e) override;
        void ended(const procedures::RunRecord& record) override;

    private:
        MemoryBench& bench_;
    };
    Keeper keeper_{*this};
    procedures::RunObservers observers_{{&keeper_}};
};

}  // namespace gasbench::testing
