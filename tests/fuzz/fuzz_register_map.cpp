// Fuzz target: a device register map (hal::parseDeviceMap), as read from fixtures/maps/.
#include "fuzz_support.hpp"
#include "gasbench/hal/register_map.hpp"

extern "C" int GASBENCH_FUZZ_ENTRY(const std::uint8_t* data, std::size_t size) {
    gasbench::fuzz::refusedOnlyWithConfigError(
        [&] { gasbench::hal::parseDeviceMap(gasbench::fuzz::bytesOf(data, size), "fuzz-map.json"); });
    return 0;
}
