// Replays every committed input of every fuzz target — the seed corpus and the regression
// inputs (crashes the fuzzers once found) — through the same function libFuzzer calls, in the
// ordinary build. A regression input that crashes again fails (or aborts) this test.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" {
int fuzz_register_map(const std::uint8_t*, std::size_t);
int fuzz_modbus_decode(const std::uint8_t*, std::size_t);
int fuzz_modbus_request(const std::uint8_t*, std::size_t);
int fuzz_scenario(const std::uint8_t*, std::size_t);
int fuzz_station_config(const std::uint8_t*, std::size_t);
int fuzz_profile(const std::uint8_t*, std::size_t);
int fuzz_answers_file(const std::uint8_t*, std::size_t);
int fuzz_batch_file(const std::uint8_t*, std::size_t);
}

namespace {

namespace fs = std::filesystem;

struct Target {
    std::string name;
    int (*entry)(const std::uint8_t*, std::size_t);
};
void PrintTo(const Target& t, std::ostream* os) { *os << t.name; }

const std::vector<Target> kTargets{
    {"register_map", fuzz_register_map},     {"modbus_decode", fuzz_modbus_decode},
    {"modbus_request", fuzz_modbus_request}, {"scenario", fuzz_scenario},
    {"station_config", fuzz_station_config}, {"profile", fuzz_profile},
    {"answers_file", fuzz_answers_file},     {"batch_file", fuzz_batch_file},
};

std::vector<fs::path> filesIn(const fs::path& dir) {
    std::vector<fs::path> out;
    if (!fs::is_directory(dir)) return out;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.is_regular_file()) out.push_back(e.path());
    }
    return out;
}

std::vector<std::uint8_t> contentsOf(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class FuzzReplay : public ::testing::TestWithParam<Target> {};

}  // namespace

TEST_P(FuzzReplay, EveryCommittedInputIsRefusedOrAcceptedWithoutCrashing) {
    const fs::path root(GASBENCH_FUZZ_DIR);
    auto inputs = filesIn(root / "corpus" / GetParam().name);
    ASSERT_FALSE(inputs.empty()) << "no seed corpus for " << GetParam().name;
    for (const auto& p : filesIn(root / "regressions" / GetParam().name)) inputs.push_back(p);
    for (const auto& p : inputs) {
        SCOPED_TRACE(p.string());
        auto bytes = contentsOf(p);
        EXPECT_NO_THROW(GetParam().entry(bytes.data(), bytes.size()));
    }
}

INSTANTIATE_TEST_SUITE_P(Parsers, FuzzReplay, ::testing::ValuesIn(kTargets),
                         [](const ::testing::TestParamInfo<Target>& i) { return i.param.name; });
