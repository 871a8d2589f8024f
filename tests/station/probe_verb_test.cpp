// gasbench probe: each channel's value and unit, read through the station's real Modbus path
// from the simulated bench started in-process; a bad channel is a usage error.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <regex>
#include <string>
#include <sys/wait.h>

namespace {

struct Result {
    int exitCode = -1;
    std::string out;
};

Result runGasbench(const std::string& args) {
    std::string cmd = std::string(GASBENCH_BIN_DIR) + "/gasbench " + args + " 2>&1";
    Result r;
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return r;
    std::array<char, 512> buf{};
    while (std::fgets(buf.data(), buf.size(), p)) r.out += buf.data();
    int status = ::pclose(p);
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

const std::string kStation = std::string(GASBENCH_FIXTURES_DIR) + "/stations/sim-bench.json";
const std::string kScenario = std::string(GASBENCH_FIXTURES_DIR) + "/scenarios/regulator-pass.json";

}  // namespace

TEST(ProbeVerb, PrintsEachChannelWithItsUnitByNameOrRole) {
    Result r = runGasbench("probe --station " + kStation + " --simulate " + kScenario +
                           " inlet.pressure flame gas_flow outputs.supply_valve");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(inlet\.pressure = -?[0-9.e+-]+ kPa)"))) << r.out;
    EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(flame\.flame_present = (true|false))"))) << r.out;
    EXPECT_TRUE(std::regex_search(r.out, std::regex(R"(flow\.flow = -?[0-9.e+-]+ L/h)"))) << r.out;
    // The bench starts safe: the supply valve reads closed.
    EXPECT_NE(r.out.find("outputs.supply_valve = false"), std::string::npos) << r.out;
}

TEST(ProbeVerb, WatchPrintsTheChannelCountTimes) {
    Result r = runGasbench("probe --station " + kStation + " --simulate " + kScenario +
                           " --watch --rate 20 --count 3 outlet_pressure");
    ASSERT_EQ(r.exitCode, 0) << r.out;
    std::size_t lines = 0;
    for (std::size_t at = r.out.find("outlet.pressure = "); at != std::string::npos;
         at = r.out.find("outlet.pressure = ", at + 1)) {
        ++lines;
    }
    EXPECT_EQ(lines, 3u) << r.out;
}

TEST(ProbeVerb, AnUnknownChannelIsAUsageError) {
    Result r = runGasbench("probe --station " + kStation + " --simulate " + kScenario + " no.such");
    EXPECT_EQ(r.exitCode, 2) << r.out;
    EXPECT_NE(r.out.find("no channel or role 'no.such'"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("usage: gasbench probe"), std::string::npos) << r.out;
}

TEST(ProbeVerb, ADeviceThatDoesNotAnswerExitsNonZero) {
    // Nobody listens on the config's port without --simulate: every reading is an error.
    Result r = runGasbench("probe --station " + kStation + " inlet.pressure");
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.out.find("inlet.pressure = "), std::string::npos) << r.out;
}
