#pragma once
// Helpers for the simulator's tests: fixture paths, a model stepped on bench time, and a
// hand-wound clock.

#include <functional>
#include <string>

#include "gasbench/core/clock.hpp"
#include "gasbench/sim/sample_model.hpp"
#include "gasbench/sim/scenario.hpp"

namespace gasbench::sim::test {

inline std::string fixture(const std::string& relative) {
    return std::string(GASBENCH_FIXTURES_DIR) + "/" + relative;
}
inline Scenario scenario(const std::string& name) {
    return loadScenario(fixture("scenarios/" + name + ".json"));
}

inline double truthValue(const Scenario& s, const std::string& item) {
    const TruthMeasurement* m = s.truth.find(item);
    return m == nullptr ? -1.0 : m->unit.fromQuantity(m->value);
}
inline double truthTolerance(const Scenario& s, const std::string& item) {
    const TruthMeasurement* m = s.truth.find(item);
    return m == nullptr ? 0.0 : units::siValue(m->tolerance) / m->unit.factor;
}

// A clock the test winds by hand: bench time moves only when told.
class ManualClock final : public Clock {
  public:
    ManualClock() : Clock(1.0) {}
    Nanos now() const override { return now_; }
    std::chrono::nanoseconds toWall(Nanos d) const override { return std::chrono::nanoseconds(d); }
    void advance(units::Duration d) { now_ += toNanos(d); }

  private:
    Nanos now_ = 0;
};

// Steps a model in 10 ms of bench time until `seconds` have passed or `until` holds; returns
// the bench time spent.
inline double run(SampleModel& model, const BenchOutputs& outputs, double seconds,
                  const std::function<bool()>& until = {}) {
    constexpr double kStep = 0.01;
    double t = 0.0;
    while (t < seconds - 1e-9) {
        model.advance(units::seconds(kStep), outputs);
        t += kStep;
        if (until && until()) break;
    }
    return t;
}

inline Signals published(const SampleModel& model) {
    Signals s;
    model.publish(s);
    return s;
}

}  // namespace gasbench::sim::test
