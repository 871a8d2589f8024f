#include "gasbench/hal/flame_detector.hpp"

namespace gasbench::hal {

FlameDetector::FlameDetector(Device& device, ModbusLink& link) : device_(device), link_(link) {
    requireChannel(device.map(), "flame_present", units::Dimension::state);
    requireChannel(device.map(), "thermocouple", units::Dimension::voltage);
    requireChannel(device.map(), "ionisation", units::Dimension::current);
}

}  // namespace gasbench::hal
