// The bench on a hand-wound clock: the watchdog lapses exactly at its timeout of bench time,
// scenario events and fault windows happen at their bench times, whatever the wall clock does.
#include "gasbench/sim/sim_bench.hpp"

#include <gtest/gtest.h>

#include "sim_test_support.hpp"

namespace gasbench::sim {
namespace {

constexpr int kOutputs = 5;

class BenchOnManualClock : public ::testing::Test {
  protected:
    void make(Scenario s) {
        bench_ = std::make_unique<SimBench>(loadBenchLayout(test::fixture("sim/bench-layout.json")),
                                            std::move(s), clock_);
    }
    // What a client's write does: libmodbus's reply changes the mapping, the bench takes it in.
    void write(int unit, int function, std::uint16_t address,
               const std::function<void(modbus_mapping_t*)>& change) {
        ModbusRequest r;
        r.unitId = unit;
        r.function = function;
        r.write = {address, 1};
        bench_->handle(r, clock_.now(), [&](modbus_mapping_t* m) {
            ASSERT_NE(m, nullptr);
            change(m);
        });
    }
    void setCoil(std::uint16_t address, bool on) {
        write(kOutputs, 5, address,
              [&](modbus_mapping_t* m) { m->tab_bits[address] = on ? 1 : 0; });
    }
    void refreshWatchdog() {
        write(kOutputs, 6, 10, [](modbus_mapping_t* m) { ++m->tab_registers[10]; });
    }
    void after(double seconds) {
        clock_.advance(units::seconds(seconds));
        bench_->tick(clock_.now());
    }
    bool signalState(const char* name) { return std::get<bool>(*bench_->signal(name)); }

    test::ManualClock clock_;
    std::unique_ptr<SimBench> bench_;
};

TEST_F(BenchOnManualClock, TheWatchdogLapsesAtItsTimeoutOfBenchTime) {
    make(test::scenario("cooker-ffd-pass"));
    setCoil(0, true);  // unarmed: no watchdog yet
    after(60.0);
    EXPECT_TRUE(signalState("supply_valve"));
    refreshWatchdog();
    after(1.99);
    EXPECT_FALSE(bench_->watchdogLapsed());
    EXPECT_TRUE(signalState("supply_valve"));
    after(0.02);
    EXPECT_TRUE(bench_->watchdogLapsed());
    EXPECT_FALSE(signalState("supply_valve"));
    EXPECT_DOUBLE_EQ(units::siValue(*bench_->signal("watchdog_lapsed")), 1.0);
}

TEST_F(BenchOnManualClock, ABlowOutEventAtItsBenchTimeStartsTheClosingTime) {
    Scenario s = test::scenario("cooker-ffd-pass");
    s.events.push_back({toNanos(units::seconds(100.0)), TechnicianAction::blowOut});
    make(s);
    setCoil(0, true);  // supply
    setCoil(4, true);  // knob
    setCoil(1, true);  // igniter
    after(10.0);
    setCoil(4, false);
    setCoil(1, false);
    after(89.0);
    EXPECT_TRUE(signalState(kFlamePresent));
    after(1.0);  // t = 100 s: blown out
    EXPECT_FALSE(signalState(kFlamePresent));
    after(41.9);
    EXPECT_GT(units::inLitresPerHour(std::get<units::VolumeFlow>(*bench_->signal(kFlow))), 100.0);
    after(0.2);  // 42 s after the blow-out the device has closed
    EXPECT_EQ(units::inLitresPerHour(std::get<units::VolumeFlow>(*bench_->signal(kFlow))), 0.0);
}

TEST_F(BenchOnManualClock, FaultWindowsFollowTheBenchClock) {
    Scenario s = test::scenario("hose-tight");
    Fault f;
    f.kind = FaultKind::delay;
    f.unitId = 2;
    f.delay = units::milliseconds(500);
    f.from = toNanos(units::seconds(10.0));
    f.until = toNanos(units::seconds(20.0));
    s.faults.push_back(f);
    make(s);
    EXPECT_TRUE(bench_->linkFaults(2, clock_.now()).empty());
    after(10.0);
    ASSERT_EQ(bench_->linkFaults(2, clock_.now()).size(), 1u);
    EXPECT_TRUE(bench_->linkFaults(3, clock_.now()).empty());
    EXPECT_TRUE(bench_->linkFaults(kControlUnitId, clock_.now()).empty());
    after(10.0);
    EXPECT_TRUE(bench_->linkFaults(2, clock_.now()).empty());
}

}  // namespace
}  // namespace gasbench::sim
