#include "gasbench/hal/flow_meter.hpp"

namespace gasbench::hal {

FlowMeter::FlowMeter(Device& device, ModbusLink& link) : device_(device), link_(link) {
    requireChannel(device.map(), "flow", units::Dimension::volumeFlow);
    requireChannel(device.map(), "total", units::Dimension::volume);
}

}  // namespace gasbench::hal
