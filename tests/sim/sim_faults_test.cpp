// Each fault kind, injected through the C++ API and through the control unit (247), seen from a
// Modbus client over loopback TCP.
#include <cerrno>
#include <cmath>

#include "gasbench/sim/control_unit.hpp"
#include "sim_server_fixture.hpp"

namespace gasbench::sim {
namespace {

using test::eventually;
using test::readFloat;
using test::writeFloat;

class SimFaults : public test::SimServerTest {
  protected:
    void SetUp() override { serve("regulator-pass", 20.0); }

    // Regulator running at 300 kPa inlet, 1000 L/h.
    void runRegulator() {
        auto outputs = client(5);
        ASSERT_TRUE(writeFloat(outputs.get(), 2, 300.0f));
        ASSERT_TRUE(writeFloat(outputs.get(), 0, 1000.0f));
        ASSERT_EQ(modbus_write_bit(outputs.get(), 0, 1), 1);
        benchSleep(3.0);
    }
    Fault fault(FaultKind kind, int unit) {
        Fault f;
        f.kind = kind;
        f.unitId = unit;
        return f;
    }
    bool identityReads(modbus_t* ctx) {
        std::uint16_t w = 0;
        return modbus_read_input_registers(ctx, 0, 1, &w) == 1;
    }
};

TEST_F(SimFaults, ExceptionForAUnitAndARange) {
    Fault f = fault(FaultKind::exception, 1);
    f.exceptionCode = 2;
    f.firstAddress = 2;
    f.lastAddress = 3;
    int id = bench_->injectFault(f);
    auto inlet = client(1), outlet = client(2);
    EXPECT_FALSE(readFloat(inlet.get(), 2));
    EXPECT_EQ(errno, EMBXILADD);
    EXPECT_TRUE(identityReads(inlet.get()));  // outside the range
    EXPECT_TRUE(readFloat(outlet.get(), 2));  // another unit
    bench_->clearFault(id);
    EXPECT_TRUE(readFloat(inlet.get(), 2));
}

TEST_F(SimFaults, LateAnswersTimeOut) {
    Fault f = fault(FaultKind::delay, 3);
    f.delay = units::milliseconds(400);
    bench_->injectFault(f);
    auto flame = client(3, std::chrono::milliseconds(100)),
         flow = client(4, std::chrono::milliseconds(100));
    EXPECT_FALSE(identityReads(flame.get()));
    EXPECT_EQ(errno, ETIMEDOUT);
    EXPECT_TRUE(identityReads(flow.get()));
    bench_->clearInjectedFaults();
    auto fresh = client(3, std::chrono::milliseconds(1000));
    EXPECT_TRUE(identityReads(fresh.get()));
}

TEST_F(SimFaults, DroppedConnectionsAndReconnection) {
    int id = bench_->injectFault(fault(FaultKind::dropConnections, 2));
    auto outlet = client(2);
    EXPECT_FALSE(identityReads(outlet.get()));
    bench_->clearFault(id);
    auto again = client(2);
    ASSERT_TRUE(again);
    EXPECT_TRUE(identityReads(again.get()));

    auto flow = client(4);
    ASSERT_TRUE(identityReads(flow.get()));
    server_->dropAllConnections();
    EXPECT_TRUE(eventually([&] { return !identityReads(flow.get()); }));
}

TEST_F(SimFaults, RefusedConnections) {
    int id = bench_->injectFault(fault(FaultKind::refuseConnections, 0));
    EXPECT_TRUE(eventually([&] { return !client(1); }));
    EXPECT_EQ(errno, ECONNREFUSED);
    bench_->clearFault(id);
    EXPECT_TRUE(eventually([&] { return client(1) != nullptr; }));
}

TEST_F(SimFaults, RestartDropsEveryoneThenComesBack) {
    auto inlet = client(1);
    ASSERT_TRUE(identityReads(inlet.get()));
    server_->restart(std::chrono::milliseconds(300));
    EXPECT_TRUE(eventually([&] { return !identityReads(inlet.get()); }));
    EXPECT_TRUE(eventually([&] {
        auto c = client(1);
        return c && identityReads(c.get());
    }));
}

TEST_F(SimFaults, FrozenChannelKeepsItsValue) {
    runRegulator();
    auto inlet = client(1), outputs = client(5);
    float before = *readFloat(inlet.get(), 2);
    bench_->injectFault([&] {
        Fault f = fault(FaultKind::freeze, 1);
        f.channel = "pressure";
        return f;
    }());
    float frozen = *readFloat(inlet.get(), 2);
    EXPECT_NEAR(frozen, before, 0.1);
    ASSERT_TRUE(writeFloat(outputs.get(), 2, 1000.0f));
    benchSleep(3.0);
    EXPECT_EQ(*readFloat(inlet.get(), 2), frozen);
    EXPECT_NEAR(units::inKPa(std::get<units::Pressure>(*bench_->signal("inlet_pressure"))), 1000.0,
                1.0);
    bench_->clearInjectedFaults();
    EXPECT_TRUE(eventually([&] { return std::fabs(*readFloat(inlet.get(), 2) - 1000.0f) < 1.0f; }));
}

TEST_F(SimFaults, NoiseAndDriftOnAChannel) {
    runRegulator();
    auto outlet = client(2), flow = client(4);
    Fault noise = fault(FaultKind::noise, 2);
    noise.channel = "pressure";
    noise.amount = 0.5;  // kPa
    bench_->injectFault(noise);
    double sum = 0.0, sumSq = 0.0;
    for (int i = 0; i < 40; ++i) {
        benchSleep(0.05);
        double v = *readFloat(outlet.get(), 2);
        sum += v;
        sumSq += v * v;
    }
    double sd = std::sqrt(sumSq / 40 - (sum / 40) * (sum / 40));
    EXPECT_GT(sd, 0.2);
    EXPECT_LT(sd, 1.0);
    EXPECT_NEAR(sum / 40, 2.6, 0.4);

    Fault drift = fault(FaultKind::drift, 4);
    drift.channel = "flow";
    drift.amount = 10.0;  // L/h per bench second
    bench_->injectFault(drift);
    Nanos t0 = clock_->now();
    double f0 = *readFloat(flow.get(), 2);
    benchSleep(4.0);
    Nanos t1 = clock_->now();
    double f1 = *readFloat(flow.get(), 2);
    EXPECT_NEAR(f1 - f0, 10.0 * units::inSeconds(toDuration(t1 - t0)), 1.0);
}

TEST_F(SimFaults, ScenarioFaultsFollowTheirBenchTimeWindow) {
    server_->stop();
    Scenario s = test::scenario("regulator-pass");
    Fault f = fault(FaultKind::exception, 6);
    f.exceptionCode = 4;
    f.from = toNanos(units::seconds(2.0));
    f.until = toNanos(units::seconds(4.0));
    s.faults.push_back(f);
    bench_ = std::make_unique<SimBench>(loadBenchLayout(test::fixture("sim/bench-layout.json")), s,
                                        *clock_);
    SimServerConfig config;
    config.tcp = hal::BusConfig{};
    config.tcp->port = 0;
    server_ = std::make_unique<SimServer>(*bench_, config);
    server_->start();
    auto gc = client(6);
    EXPECT_TRUE(identityReads(gc.get()));
    EXPECT_TRUE(eventually([&] { return !identityReads(gc.get()) && errno == EMBXSFAIL; }));
    EXPECT_TRUE(eventually([&] { return identityReads(gc.get()); }));
}

// --- the control unit: the same faults from another process's point of view ---

TEST_F(SimFaults, ControlUnitDelayAndException) {
    auto control = client(kControlUnitId), flame = client(3, std::chrono::milliseconds(100));
    ASSERT_TRUE(identityReads(flame.get()));
    ASSERT_EQ(modbus_write_register(control.get(), control::kLinkFaultUnit, 3), 1);
    ASSERT_EQ(modbus_write_register(control.get(), control::kDelayMs, 400), 1);
    EXPECT_FALSE(identityReads(flame.get()));
    EXPECT_EQ(errno, ETIMEDOUT);
    ASSERT_EQ(modbus_write_register(control.get(), control::kDelayMs, 0), 1);
    auto fresh = client(3);
    EXPECT_TRUE(identityReads(fresh.get()));

    std::uint16_t exception[3] = {6, 0, 10};  // slave device busy, addresses 0..10
    ASSERT_EQ(modbus_write_registers(control.get(), control::kExceptionCode, 3, exception), 3);
    EXPECT_FALSE(identityReads(fresh.get()));
    EXPECT_EQ(errno, EMBXSBUSY);
    std::uint16_t readBack[3] = {};
    ASSERT_EQ(modbus_read_registers(control.get(), control::kExceptionCode, 3, readBack), 3);
    EXPECT_EQ(readBack[0], 6);
    ASSERT_EQ(modbus_write_register(control.get(), control::kExceptionCode, 0), 1);
    EXPECT_TRUE(identityReads(fresh.get()));
}

TEST_F(SimFaults, ControlUnitFreezesAChannelByIndex) {
    runRegulator();
    auto control = client(kControlUnitId), inlet = client(1), outputs = client(5);
    float before = *readFloat(inlet.get(), 2);
    // unit 1, channel 0 ("pressure" in pressure-transducer.json), freeze
    std::uint16_t regs[3] = {1, 0, 1};
    ASSERT_EQ(modbus_write_registers(control.get(), control::kChannelUnit, 3, regs), 3);
    float frozen = *readFloat(inlet.get(), 2);
    EXPECT_NEAR(frozen, before, 0.1);
    ASSERT_TRUE(writeFloat(outputs.get(), 2, 800.0f));
    benchSleep(3.0);
    EXPECT_EQ(*readFloat(inlet.get(), 2), frozen);
    ASSERT_EQ(modbus_write_register(control.get(), control::kFreeze, 0), 1);
    EXPECT_TRUE(eventually([&] { return std::fabs(*readFloat(inlet.get(), 2) - 800.0f) < 1.0f; }));
}

TEST_F(SimFaults, ControlUnitRefusesAndRestarts) {
    auto control = client(kControlUnitId);
    ASSERT_EQ(modbus_write_register(control.get(), control::kRefuseConnections, 1), 1);
    EXPECT_TRUE(eventually([&] { return !client(2); }));
    ASSERT_EQ(modbus_write_register(control.get(), control::kRefuseConnections, 0), 1);
    EXPECT_TRUE(eventually([&] { return client(2) != nullptr; }));

    ASSERT_EQ(modbus_write_register(control.get(), control::kRestartMs, 300), 1);
    EXPECT_TRUE(eventually([&] { return !identityReads(control.get()); }));
    EXPECT_TRUE(eventually([&] {
        auto c = client(kControlUnitId);
        std::uint16_t restart = 1;
        return c && modbus_read_registers(c.get(), control::kRestartMs, 1, &restart) == 1 &&
               restart == 0;
    }));
}

}  // namespace
}  // namespace gasbench::sim
