#pragma once
// The physical model of the sample under test (a cooker, a regulator, a hose, an LPG sample).
// The bench advances it on the bench clock with the outputs the controller wrote, and copies
// what it publishes into the instruments' registers.

#include <string_view>

#include "gasbench/core/units.hpp"
#include "gasbench/sim/bench_outputs.hpp"
#include "gasbench/sim/signals.hpp"

namespace gasbench::sim {

class SampleModel {
  public:
    virtual ~SampleModel() = default;
    virtual std::string_view kind() const = 0;
    // Moves the sample on by `dt` of bench time, the outputs held as given.
    virtual void advance(units::Duration dt, const BenchOutputs& outputs) = 0;
    // Writes the sample's signals. A model may also write an output signal (the chromatograph
    // clears its start coil when it takes the start).
    virtual void publish(Signals& board) const = 0;

    // The technician's hands, for the models that have them.
    virtual void setKnobHeld(bool /*held*/) {}
    virtual void blowOut() {}
};

}  // namespace gasbench::sim
