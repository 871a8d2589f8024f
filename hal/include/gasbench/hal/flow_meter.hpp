#pragma once
// A gas flow meter (fixtures/maps/flow-meter.json): flow rate and totalised volume.

#include "gasbench/hal/driver_support.hpp"

namespace gasbench::hal {

class FlowMeter {
  public:
    FlowMeter(Device& device, ModbusLink& link);
    LinkResult<units::VolumeFlow> flow() {
        return readAs<units::VolumeFlow>(device_, link_, "flow");
    }
    LinkResult<units::Volume> total() { return readAs<units::Volume>(device_, link_, "total"); }

  private:
    Device& device_;
    ModbusLink& link_;
};

}  // namespace gasbench::hal
