// `gasbench sim` as a separate process: it says where it listens, serves TCP and RTU, takes
// faults through the control unit, stops cleanly on SIGTERM, and refuses bad arguments with 2.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <csignal>
#include <cstdlib>

#include "gasbench/sim/control_unit.hpp"
#include "pty_pair.hpp"
#include "sim_server_fixture.hpp"
#include "subprocess.hpp"

namespace gasbench::sim {
namespace {

const std::string kGasbench = std::string(GASBENCH_BIN_DIR) + "/gasbench";

int exitCodeOf(const std::string& arguments) {
    int status = std::system((kGasbench + " " + arguments + " >/dev/null 2>&1").c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The value after `prefix` on the first line of `p`'s output that starts with it.
std::string lineAfter(testing::Subprocess& p, const std::string& prefix) {
    while (auto line = p.readLine(std::chrono::milliseconds(5000))) {
        if (line->rfind(prefix, 0) == 0) return line->substr(prefix.size());
    }
    return {};
}

TEST(SimVerb, ServesTcpAndRtuUntilSigterm) {
    testing::PtyPair pty;
    testing::Subprocess sim(
        {kGasbench, "sim", "--scenario", "cooker-ffd-pass", "--listen", "127.0.0.1:0", "--rtu",
         pty.deviceEnd(), "--baud", "115200", "--time-scale", "20"},
        true);
    std::string address = lineAfter(sim, "listening on tcp 127.0.0.1:");
    ASSERT_FALSE(address.empty());
    auto port = static_cast<std::uint16_t>(std::stoi(address));

    auto flame = test::tcpClient(port, 3);
    ASSERT_TRUE(flame);
    std::uint16_t identity = 0;
    ASSERT_EQ(modbus_read_input_registers(flame.get(), 0, 1, &identity), 1);
    EXPECT_EQ(identity, 17988);

    test::ModbusClient rtu(modbus_new_rtu(pty.busEnd().c_str(), 115200, 'N', 8, 1));
    modbus_set_slave(rtu.get(), 4);
    ASSERT_EQ(modbus_connect(rtu.get()), 0);
    ASSERT_EQ(modbus_read_input_registers(rtu.get(), 0, 1, &identity), 1);
    EXPECT_EQ(identity, 17997);

    // A fault from this process through the control unit: unit 3 answers "busy".
    auto control = test::tcpClient(port, kControlUnitId);
    std::uint16_t exception[3] = {6, 0, 100};
    ASSERT_EQ(modbus_write_registers(control.get(), control::kExceptionCode, 3, exception), 3);
    EXPECT_EQ(modbus_read_input_registers(flame.get(), 0, 1, &identity), -1);
    EXPECT_EQ(errno, EMBXSBUSY);

    ::kill(sim.pid(), SIGTERM);
    EXPECT_EQ(lineAfter(sim, "gasbench sim: stopped "), "(SIGTERM)");
}

TEST(SimVerb, BadArgumentsExitWithTwo) {
    EXPECT_EQ(exitCodeOf("sim"), 2);
    EXPECT_EQ(exitCodeOf("sim --scenario cooker-ffd-pass --time-scale fast"), 2);
    EXPECT_EQ(exitCodeOf("sim --scenario cooker-ffd-pass --listen nowhere"), 2);
    EXPECT_EQ(exitCodeOf("sim --scenario cooker-ffd-pass --baud 9600"), 2);
    EXPECT_EQ(exitCodeOf("sim --scenario cooker-ffd-pass --frobnicate"), 2);
    EXPECT_EQ(exitCodeOf("sim --scenario /nonexistent.json"), 1);  // a bad file, not bad usage
}

}  // namespace
}  // namespace gasbench::sim
