// The simulator over RTU on a socat pseudo-terminal pair, read by libmodbus's RTU client:
// every unit on one line, silence for absent units and bad frames, a corrupted CRC, and answers
// held to the wire time of the configured baud rate.
#include <gtest/gtest.h>
#include <modbus/modbus.h>

#include <cerrno>

#include "gasbench/sim/rtu_timing.hpp"
#include "gasbench/sim/sim_server.hpp"
#include "pty_pair.hpp"
#include "sim_server_fixture.hpp"

namespace gasbench::sim {
namespace {

using test::ModbusClient;
using test::readFloat;

class SimRtu : public ::testing::Test {
  protected:
    void serve(int baud, bool holdToWireTime = true) {
        bench_ = std::make_unique<SimBench>(loadBenchLayout(test::fixture("sim/bench-layout.json")),
                                            test::scenario("lpg-dme"), clock_);
        SimServerConfig config;
        line_.transport = hal::Transport::rtu;
        line_.device = pty_.deviceEnd();
        line_.baud = baud;
        config.rtu = line_;
        config.holdToWireTime = holdToWireTime;
        server_ = std::make_unique<SimServer>(*bench_, config);
        server_->start();
    }
    void TearDown() override {
        if (server_) server_->stop();
    }
    ModbusClient client(int unit,
                        std::chrono::milliseconds timeout = std::chrono::milliseconds(500)) {
        ModbusClient ctx(modbus_new_rtu(pty_.busEnd().c_str(), line_.baud, 'N', 8, 1));
        modbus_set_slave(ctx.get(), unit);
        modbus_set_response_timeout(ctx.get(), 0,
                                    static_cast<std::uint32_t>(timeout.count() * 1000));
        if (modbus_connect(ctx.get()) != 0) return nullptr;
        return ctx;
    }

    testing::PtyPair pty_;
    hal::BusConfig line_;
    ScaledSteadyClock clock_{100.0};
    std::unique_ptr<SimBench> bench_;
    std::unique_ptr<SimServer> server_;
};

TEST_F(SimRtu, EveryUnitAnswersOnOneLine) {
    serve(115200);
    auto c = client(1);
    ASSERT_TRUE(c);
    for (const auto& dev : bench_->layout().devices) {
        modbus_set_slave(c.get(), dev.unitId);
        std::uint16_t identity = 0;
        ASSERT_EQ(modbus_read_input_registers(c.get(), dev.map.identity->address, 1, &identity), 1)
            << dev.name;
        EXPECT_EQ(identity, dev.map.identity->expected);
    }
    // The chromatograph: start an analysis, see it running.
    modbus_set_slave(c.get(), 6);
    ASSERT_EQ(modbus_write_bit(c.get(), 0, 1), 1);
    std::uint16_t state = 0;
    ASSERT_EQ(modbus_read_input_registers(c.get(), 1, 1, &state), 1);
    EXPECT_EQ(state, 1);
    EXPECT_TRUE(test::eventually(
        [&] { return modbus_read_input_registers(c.get(), 1, 1, &state) == 1 && state == 2; },
        std::chrono::milliseconds(15000)));          // 120 s of analysis at 100x
    EXPECT_NEAR(*readFloat(c.get(), 26), 8.0, 0.2);  // dme_vol, %
}

TEST_F(SimRtu, AnAbsentUnitIsSilent) {
    serve(115200);
    auto c = client(9, std::chrono::milliseconds(100));
    std::uint16_t w = 0;
    EXPECT_EQ(modbus_read_input_registers(c.get(), 0, 1, &w), -1);
    EXPECT_EQ(errno, ETIMEDOUT);
    modbus_set_slave(c.get(), 4);
    modbus_flush(c.get());
    EXPECT_EQ(modbus_read_input_registers(c.get(), 0, 1, &w), 1);
}

TEST_F(SimRtu, CorruptedCrcAndExceptions) {
    serve(115200);
    Fault crc;
    crc.kind = FaultKind::corruptCrc;
    crc.unitId = 1;
    int id = bench_->injectFault(crc);
    auto c = client(1);
    std::uint16_t w = 0;
    EXPECT_EQ(modbus_read_input_registers(c.get(), 0, 1, &w), -1);
    EXPECT_EQ(errno, EMBBADCRC);
    bench_->clearFault(id);
    modbus_flush(c.get());
    EXPECT_EQ(modbus_read_input_registers(c.get(), 0, 1, &w), 1);

    Fault ex;
    ex.kind = FaultKind::exception;
    ex.unitId = 1;
    ex.exceptionCode = 4;
    bench_->injectFault(ex);
    EXPECT_EQ(modbus_read_input_registers(c.get(), 0, 1, &w), -1);
    EXPECT_EQ(errno, EMBXSFAIL);
}

TEST_F(SimRtu, AnswersKeepTheWireTimeOfTheLine) {
    // 9600 8N1: a 10-register read (8 + 25 bytes) takes ~41.7 ms on a real line; the pty would
    // pass it in ~0.1 ms. The server holds each answer, so 10 reads cannot take less.
    serve(9600);
    auto c = client(6);
    std::uint16_t words[10];
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < 10; ++i) ASSERT_EQ(modbus_read_input_registers(c.get(), 2, 10, words), 10);
    auto elapsed = std::chrono::steady_clock::now() - start;
    auto floor = std::chrono::nanoseconds(toNanos(10.0 * transactionTime(line_, 8, 25)));
    EXPECT_GE(elapsed, floor);
    std::cout << "[ measured ] 10-register RTU reads at 9600 baud: "
              << 10.0 / std::chrono::duration<double>(elapsed).count() << "/s (wire ceiling "
              << 1.0 / transactionTime(line_, 8, 25).value() << "/s)\n";
}

}  // namespace
}  // namespace gasbench::sim
