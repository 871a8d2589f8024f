#pragma once
// The wires of the simulated bench: every value a model produces (inlet_pressure, flame_present,
// propane_vol, ...) and every output the controller writes (supply_valve, flow_setpoint, ...),
// by name. The bench layout says which signal feeds which channel of which device.

#include <map>
#include <string>
#include <variant>

#include "gasbench/core/units.hpp"

namespace gasbench::sim {

// Signal names the models publish (the layout refers to them).
inline constexpr const char* kInletPressure = "inlet_pressure";
inline constexpr const char* kOutletPressure = "outlet_pressure";
inline constexpr const char* kTemperature = "temperature";
inline constexpr const char* kFlamePresent = "flame_present";
inline constexpr const char* kThermocouple = "thermocouple";
inline constexpr const char* kIonisation = "ionisation";
inline constexpr const char* kFlow = "flow";
inline constexpr const char* kTotal = "total";

class Signals {
  public:
    void set(const std::string& name, units::Quantity value) { values_[name] = value; }
    const units::Quantity* find(const std::string& name) const {
        auto it = values_.find(name);
        return it == values_.end() ? nullptr : &it->second;
    }
    // The signal as Q, or `fallback` when it is absent or of another dimension.
    template <class Q>
    Q get(const std::string& name, Q fallback) const {
        const units::Quantity* v = find(name);
        if (v == nullptr || !std::holds_alternative<Q>(*v)) return fallback;
        return std::get<Q>(*v);
    }
    bool state(const std::string& name) const { return get<bool>(name, false); }
    const std::map<std::string, units::Quantity>& all() const { return values_; }

  private:
    std::map<std::string, units::Quantity> values_;
};

}  // namespace gasbench::sim
