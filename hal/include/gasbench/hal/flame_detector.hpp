#pragma once
// A flame detector (fixtures/maps/flame-detector.json): flame present, thermocouple EMF,
// ionisation current.

#include "gasbench/hal/driver_support.hpp"

namespace gasbench::hal {

class FlameDetector {
  public:
    FlameDetector(Device& device, ModbusLink& link);
    LinkResult<bool> flamePresent() { return readAs<bool>(device_, link_, "flame_present"); }
    LinkResult<units::Voltage> thermocouple() {
        return readAs<units::Voltage>(device_, link_, "thermocouple");
    }
    LinkResult<units::Current> ionisation() {
        return readAs<units::Current>(device_, link_, "ionisation");
    }

  private:
    Device& device_;
    ModbusLink& link_;
};

}  // namespace gasbench::hal
