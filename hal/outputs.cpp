#include "gasbench/hal/outputs.hpp"

namespace gasbench::hal {

Outputs::Outputs(Device& device, ModbusLink& link) : device_(device), link_(link) {
    for (const char* valve : {"supply_valve", "igniter", "vent_valve", "isolation_valve"}) {
        requireChannel(device.map(), valve, units::Dimension::state);
    }
    requireChannel(device.map(), "flow_setpoint", units::Dimension::volumeFlow);
    requireChannel(device.map(), "pressure_setpoint", units::Dimension::pressure);
    requireChannel(device.map(), "watchdog_lapsed", units::Dimension::dimensionless);
}

LinkResult<bool> Outputs::watchdogLapsed() {
    LinkResult<int> r = readCount(device_, link_, "watchdog_lapsed");
    LinkResult<bool> out{std::nullopt, r.error, r.started, r.finished, r.attempts};
    if (r.value) out.value = *r.value != 0;
    return out;
}

}  // namespace gasbench::hal
