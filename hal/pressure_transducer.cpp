#include "gasbench/hal/pressure_transducer.hpp"

namespace gasbench::hal {

PressureTransducer::PressureTransducer(Device& device, ModbusLink& link)
    : device_(device), link_(link) {
    requireChannel(device.map(), "pressure", units::Dimension::pressure);
    requireChannel(device.map(), "temperature", units::Dimension::temperature);
    requireChannel(device.map(), "status", units::Dimension::dimensionless);
}

}  // namespace gasbench::hal
