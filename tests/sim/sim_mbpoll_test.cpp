// An independent Modbus master, mbpoll (Debian), reads the simulator over TCP and over RTU on a
// socat pty pair: our server is not only understood by our own libmodbus calls.
#include <gtest/gtest.h>

#include <regex>

#include "pty_pair.hpp"
#include "sim_server_fixture.hpp"
#include "subprocess.hpp"

namespace gasbench::sim {
namespace {

// Runs mbpoll once and returns every "[ref]: value" it printed.
std::map<int, std::string> mbpoll(std::vector<std::string> args) {
    args.insert(args.begin(), "/usr/bin/mbpoll");
    testing::Subprocess p(args, true);
    std::map<int, std::string> values;
    static const std::regex line(R"(^\[(\d+)\]:\s+(\S+))");
    while (auto l = p.readLine(std::chrono::milliseconds(5000))) {
        std::smatch m;
        if (std::regex_search(*l, m, line)) values[std::stoi(m[1])] = m[2];
    }
    return values;
}

class SimMbpoll : public test::SimServerTest {};

TEST_F(SimMbpoll, ReadsFloatsAndBitsOverTcp) {
    serve("regulator-pass", 20.0);
    auto outputs = client(5);
    ASSERT_TRUE(test::writeFloat(outputs.get(), 2, 300.0f));
    ASSERT_EQ(modbus_write_bit(outputs.get(), 0, 1), 1);
    benchSleep(5.0);
    std::string port = std::to_string(server_->tcpPort());
    // Input registers 3-4 (1-based) of unit 1: the inlet pressure, big-endian words.
    auto inlet = mbpoll({"-m", "tcp", "-p", port, "-a", "1", "-t", "3:float", "-B", "-r", "3", "-c",
                         "1", "-1", "127.0.0.1"});
    ASSERT_EQ(inlet.count(3), 1u);
    EXPECT_NEAR(std::stod(inlet[3]), 300.0, 0.5);
    // Coils of unit 5, 0-based: supply open, igniter off.
    auto coils = mbpoll({"-m", "tcp", "-p", port, "-a", "5", "-t", "0", "-0", "-r", "0", "-c", "2",
                         "-1", "127.0.0.1"});
    ASSERT_EQ(coils.size(), 2u);
    EXPECT_EQ(coils[0], "1");
    EXPECT_EQ(coils[1], "0");
    // The identity register of unit 6, as a plain 16-bit input register.
    auto id = mbpoll({"-m", "tcp", "-p", port, "-a", "6", "-t", "3", "-0", "-r", "0", "-c", "1",
                      "-1", "127.0.0.1"});
    EXPECT_EQ(id[0], "18243");
}

TEST(SimMbpollRtu, ReadsOverASerialLine) {
    testing::PtyPair pty;
    ScaledSteadyClock clock(20.0);
    SimBench bench(loadBenchLayout(test::fixture("sim/bench-layout.json")),
                   test::scenario("cooker-ffd-pass"), clock);
    SimServerConfig config;
    config.rtu = hal::BusConfig{};
    config.rtu->transport = hal::Transport::rtu;
    config.rtu->device = pty.deviceEnd();
    config.rtu->baud = 19200;
    SimServer server(bench, config);
    server.start();
    // mbpoll defaults to even parity: RTU needs "-P none" for our 8N1 line.
    auto id = mbpoll({"-m", "rtu", "-b", "19200", "-P", "none", "-a", "3", "-t", "3", "-0", "-r",
                      "0", "-c", "1", "-1", pty.busEnd()});
    EXPECT_EQ(id[0], "17988");  // the flame detector's identity
    auto thermocouple = mbpoll({"-m", "rtu", "-b", "19200", "-P", "none", "-a", "3", "-t",
                                "3:float", "-B", "-r", "3", "-c", "1", "-1", pty.busEnd()});
    ASSERT_EQ(thermocouple.count(3), 1u);
    EXPECT_EQ(std::stod(thermocouple[3]), 0.0);  // cold burner
    server.stop();
}

}  // namespace
}  // namespace gasbench::sim
