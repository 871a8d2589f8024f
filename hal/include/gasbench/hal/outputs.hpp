#pragma once
// The bench's output module (fixtures/maps/outputs.json): gas solenoids, igniter, set-points and
// the watchdog. Every setter needs the device armed.

#include "gasbench/hal/driver_support.hpp"

namespace gasbench::hal {

class Outputs {
  public:
    Outputs(Device& device, ModbusLink& link);
    LinkResult<Done> setSupplyValve(bool open) {
        return device_.write(link_, "supply_valve", open);
    }
    LinkResult<Done> setIgniter(bool on) { return device_.write(link_, "igniter", on); }
    LinkResult<Done> setVentValve(bool open) { return device_.write(link_, "vent_valve", open); }
    LinkResult<Done> setIsolationValve(bool open) {
        return device_.write(link_, "isolation_valve", open);
    }
    LinkResult<Done> setFlowSetpoint(units::VolumeFlow f) {
        return device_.write(link_, "flow_setpoint", f);
    }
    LinkResult<Done> setPressureSetpoint(units::Pressure p) {
        return device_.write(link_, "pressure_setpoint", p);
    }
    LinkResult<Done> refreshWatchdog() { return device_.refreshWatchdog(link_); }
    // True when the watchdog lapsed and the module put its outputs in the safe state.
    LinkResult<bool> watchdogLapsed();

  private:
    Device& device_;
    ModbusLink& link_;
};

}  // namespace gasbench::hal
