#pragma once
// A pressure transducer (fixtures/maps/pressure-transducer.json): pressure, its own
// temperature, a status word.

#include "gasbench/hal/driver_support.hpp"

namespace gasbench::hal {

class PressureTransducer {
  public:
    PressureTransducer(Device& device, ModbusLink& link);
    LinkResult<units::Pressure> pressure() {
        return readAs<units::Pressure>(device_, link_, "pressure");
    }
    LinkResult<units::Temperature> temperature() {
        return readAs<units::Temperature>(device_, link_, "temperature");
    }
    LinkResult<int> status() { return readCount(device_, link_, "status"); }

  private:
    Device& device_;
    ModbusLink& link_;
};

}  // namespace gasbench::hal
