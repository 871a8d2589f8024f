#pragma once
// What the controller drives, as the models see it: the output coils and set-points it wrote
// (the outputs device), and the chromatograph's start coil.

#include "gasbench/core/units.hpp"
#include "gasbench/sim/signals.hpp"

namespace gasbench::sim {

struct BenchOutputs {
    bool supplyValve = false;     // gas supply solenoid open
    bool igniter = false;         // igniter sparking
    bool ventValve = false;       // sample vented to atmosphere
    bool isolationValve = false;  // sample connected to the pressure source (true = open)
    bool knobHold = false;        // the knob actuator presses the appliance's gas knob
    units::VolumeFlow flowSetpoint = units::litresPerHour(0.0);
    units::Pressure pressureSetpoint = units::kPa(0.0);
    bool startAnalysis = false;  // chromatograph start coil

    static BenchOutputs fromSignals(const Signals& s) {
        BenchOutputs o;
        o.supplyValve = s.state("supply_valve");
        o.igniter = s.state("igniter");
        o.ventValve = s.state("vent_valve");
        o.isolationValve = s.state("isolation_valve");
        o.knobHold = s.state("knob_hold");
        o.flowSetpoint = s.get<units::VolumeFlow>("flow_setpoint", o.flowSetpoint);
        o.pressureSetpoint = s.get<units::Pressure>("pressure_setpoint", o.pressureSetpoint);
        o.startAnalysis = s.state("start_analysis");
        return o;
    }
};

}  // namespace gasbench::sim
