// Fuzz target: a simulated-bench scenario (sim::parseScenario), as read from fixtures/scenarios/.
#include "fuzz_support.hpp"
#include "gasbench/sim/scenario.hpp"

extern "C" int GASBENCH_FUZZ_ENTRY(const std::uint8_t* data, std::size_t size) {
    gasbench::fuzz::refusedOnlyWithConfigError([&] {
        auto scenario = gasbench::sim::parseScenario(gasbench::fuzz::bytesOf(data, size), "fuzz-scenario.json");
        auto model = gasbench::sim::makeModel(scenario.model);  // an accepted scenario must build
    });
    return 0;
}
