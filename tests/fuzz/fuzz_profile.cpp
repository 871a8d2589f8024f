// Fuzz target: a standard profile (procedures::loadProfile), as read from fixtures/standards/.
#include "fuzz_support.hpp"
#include "gasbench/procedures/profile.hpp"

extern "C" int GASBENCH_FUZZ_ENTRY(const std::uint8_t* data, std::size_t size) {
    static const gasbench::fuzz::ScratchDir scratch;
    std::string file = scratch.write("fuzz-profile.json", data, size);
    gasbench::fuzz::refusedOnlyWithConfigError([&] { gasbench::procedures::loadProfile(file); });
    return 0;
}
