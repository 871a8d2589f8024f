// Fuzz target: a station config (station::loadStationConfig). It reads a file whose map paths
// are relative to its folder, so each input is written to a scratch stations/ folder beside a
// maps/ folder holding the shipped maps.
#include <filesystem>

#include "fuzz_support.hpp"
#include "gasbench/station/station_config.hpp"

namespace {

const gasbench::fuzz::ScratchDir& scratch() {
    static const gasbench::fuzz::ScratchDir dir = [] {
        gasbench::fuzz::ScratchDir d;
        std::filesystem::create_directory_symlink(std::string(GASBENCH_FIXTURES_DIR) + "/maps", d.dir() / "maps");
        return d;
    }();
    return dir;
}

}  // namespace

extern "C" int GASBENCH_FUZZ_ENTRY(const std::uint8_t* data, std::size_t size) {
    std::string file = scratch().write("stations/fuzz-station.json", data, size);
    gasbench::fuzz::refusedOnlyWithConfigError([&] { gasbench::station::loadStationConfig(file); });
    return 0;
}
