#pragma once
// Which device sits at which Modbus unit id on the simulated bench, with which register map,
// and which signal feeds each of its channels (fixtures/sim/bench-layout.json):
//   {"devices": [{"unit_id": 1, "name": "inlet", "map": "../maps/pressure-transducer.json",
//                 "signals": {"pressure": "inlet_pressure"}}, ...]}
// A channel not named under "signals" carries the signal of its own name ("flame_present").
// Writable channels (coils, holding registers) are the controller's outputs: what it writes
// becomes the signal of that name. Map paths are relative to the layout file.

#include <map>
#include <string>
#include <vector>

#include "gasbench/hal/register_map.hpp"

namespace gasbench::sim {

struct BenchDevice {
    int unitId = 1;
    std::string name;  // "inlet", "outlet", "flame", ...
    hal::DeviceMap map;
    std::map<std::string, std::string> signalOf;  // channel -> signal, for every channel

    std::string signalFor(const std::string& channel) const;
};

struct BenchLayout {
    std::string file;
    std::vector<BenchDevice> devices;

    const BenchDevice* byUnit(int unitId) const;
    const BenchDevice* byKind(const std::string& kind) const;
};

// The unit id of the simulator's control unit (holding registers, see control_unit.hpp); a
// layout may not use it.
inline constexpr int kControlUnitId = 247;

BenchLayout loadBenchLayout(const std::string& path);

}  // namespace gasbench::sim
