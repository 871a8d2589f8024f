#pragma once
// The LPG gas chromatograph (fixtures/maps/gas-chromatograph.json): start an analysis, poll its
// state, read the component table as volume and mass fractions. Starting is a write: the device
// must be armed.

#include <array>
#include <string>
#include <vector>

#include "gasbench/hal/driver_support.hpp"

namespace gasbench::hal {

enum class AnalysisState { idle = 0, running = 1, done = 2, fault = 3 };

struct ComponentFraction {
    std::string component;  // "propane", "dme", ...
    units::Fraction volume;
    units::Fraction mass;
};

struct ComponentTable {
    std::vector<ComponentFraction> components;  // in kLpgComponents order
    units::Fraction detectionLimit;             // the analyzer's DME detection limit
    int analysisCount = 0;
};

inline constexpr std::array<const char*, 7> kLpgComponents = {
    "propane", "propylene", "n_butane", "iso_butane", "butenes", "c5_plus", "dme"};

class GasChromatograph {
  public:
    GasChromatograph(Device& device, ModbusLink& link);
    LinkResult<Done> start() { return device_.write(link_, "start_analysis", true); }
    // A state word outside 0..3 is reported as a bad answer.
    LinkResult<AnalysisState> state();
    // The whole table, read in one request.
    LinkResult<ComponentTable> componentTable();

  private:
    Device& device_;
    ModbusLink& link_;
};

}  // namespace gasbench::hal
