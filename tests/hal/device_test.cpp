// The device lifecycle and the thin drivers against a real libmodbus server on loopback.
#include "gasbench/hal/device.hpp"

#include <gtest/gtest.h>

#include "free_port.hpp"
#include "gasbench/hal/codec.hpp"
#include "gasbench/hal/flame_detector.hpp"
#include "gasbench/hal/flow_meter.hpp"
#include "gasbench/hal/gas_chromatograph.hpp"
#include "gasbench/hal/outputs.hpp"
#include "gasbench/hal/pressure_transducer.hpp"
#include "modbus_test_server.hpp"

namespace gasbench::hal {
namespace {

using testing::ModbusTestServer;
using namespace std::chrono_literals;

DeviceMap fixture(const char* name) {
    return loadDeviceMap(std::string(GASBENCH_FIXTURES_DIR) + "/maps/" + name + ".json");
}

BusConfig bus(std::uint16_t port) {
    BusConfig c;
    c.port = port;
    c.responseTimeout = 100ms;
    c.retries = 0;
    c.reconnectInterval = 20ms;
    return c;
}

// Puts a channel's encoded value into the server's table.
void serve(ModbusTestServer& s, const DeviceMap& m, const std::string& name,
           const units::Quantity& q) {
    const ChannelSpec& c = *m.find(name);
    if (c.function == RegisterFunction::discreteInput)
        return s.setDiscreteInput(c.address, std::get<bool>(q));
    if (c.function == RegisterFunction::coil) return s.setCoil(c.address, std::get<bool>(q));
    std::vector<std::uint16_t> w = encodeChannel(c, q);
    if (c.function == RegisterFunction::inputRegister)
        s.setInputRegisters(c.address, w);
    else
        s.setHoldingRegisters(c.address, w);
}

void serveIdentity(ModbusTestServer& s, const DeviceMap& m) {
    std::uint16_t id = m.identity->expected;
    s.setInputRegisters(m.identity->address, std::span<const std::uint16_t>(&id, 1));
}

TEST(Device, LifecycleAndArming) {
    ScaledSteadyClock clock;
    ModbusTestServer server(0);
    DeviceMap map = fixture("outputs");
    serveIdentity(server, map);
    ModbusLink link(bus(server.port()), clock);
    Device dev(1, map);
    EXPECT_EQ(dev.state(), DeviceState::unconfigured);
    ASSERT_FALSE(dev.configure(link).has_value());
    EXPECT_EQ(dev.state(), DeviceState::configured);
    EXPECT_EQ(dev.arm()->kind, LinkErrorKind::refused);  // not active yet
    dev.activate();
    EXPECT_EQ(dev.state(), DeviceState::active);

    auto refused = dev.write(link, "supply_valve", true);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error->kind, LinkErrorKind::refused);
    EXPECT_NE(refused.error->text.find("not armed"), std::string::npos);
    EXPECT_FALSE(server.coil(0));
    EXPECT_EQ(server.requests(), 1);  // only the identity probe reached the bus

    ASSERT_FALSE(dev.arm().has_value());
    Outputs out(dev, link);
    ASSERT_TRUE(out.setSupplyValve(true).ok());
    EXPECT_TRUE(server.coil(0));
    ASSERT_TRUE(out.setPressureSetpoint(units::kPa(2.8)).ok());
    const ChannelSpec& sp = *map.find("pressure_setpoint");
    std::array<std::uint16_t, 2> w{server.holdingRegister(sp.address),
                                   server.holdingRegister(sp.address + 1)};
    EXPECT_NEAR(units::inKPa(std::get<units::Pressure>(decodeChannel(sp, w))), 2.8, 1e-5);
    ASSERT_TRUE(out.refreshWatchdog().ok());
    std::uint16_t first = server.holdingRegister(map.watchdog->address);
    ASSERT_TRUE(out.refreshWatchdog().ok());
    EXPECT_NE(server.holdingRegister(map.watchdog->address), first);  // a changing value
    auto bad = out.setFlowSetpoint(units::litresPerHour(1e6));        // beyond the map's range
    EXPECT_EQ(bad.error->kind, LinkErrorKind::refused);
    EXPECT_FALSE(dev.write(link, "watchdog_lapsed", units::fraction(1)).ok());  // read-only
    serve(server, map, "watchdog_lapsed", units::fraction(1));
    EXPECT_TRUE(*out.watchdogLapsed().value);

    dev.disarm();
    EXPECT_FALSE(out.setSupplyValve(false).ok());
    dev.stop();
    EXPECT_EQ(dev.state(), DeviceState::stopped);
}

TEST(Device, WrongIdentityFaults) {
    ScaledSteadyClock clock;
    ModbusTestServer server(0);
    DeviceMap map = fixture("flow-meter");
    ModbusLink link(bus(server.port()), clock);
    Device dev(1, map);
    auto e = dev.configure(link);
    ASSERT_TRUE(e.has_value());
    EXPECT_EQ(e->kind, LinkErrorKind::wrongDevice);
    EXPECT_NE(e->text.find("expected " + std::to_string(map.identity->expected)), std::string::npos)
        << e->text;
    EXPECT_EQ(dev.state(), DeviceState::faulted);
    serveIdentity(server, map);
    EXPECT_FALSE(dev.recover(link).has_value());
    EXPECT_EQ(dev.state(), DeviceState::configured);
}

TEST(Device, LinkLossFaultsAndRecoverBringsItBack) {
    ScaledSteadyClock clock;
    DeviceMap map = fixture("pressure-transducer");
    auto server = std::make_unique<ModbusTestServer>(0);
    std::uint16_t port = server->port();
    serveIdentity(*server, map);
    serve(*server, map, "pressure", units::kPa(3.5));
    ModbusLink link(bus(port), clock);
    Device dev(1, map);
    ASSERT_FALSE(dev.configure(link).has_value());
    dev.activate();
    PressureTransducer pt(dev, link);
    EXPECT_NEAR(units::inKPa(*pt.pressure().value), 3.5, 1e-6);

    server.reset();
    EXPECT_FALSE(pt.pressure().ok());
    EXPECT_EQ(dev.state(), DeviceState::faulted);
    EXPECT_EQ(dev.lastError()->kind, LinkErrorKind::linkDown);

    server = std::make_unique<ModbusTestServer>(port);
    serveIdentity(*server, map);
    serve(*server, map, "pressure", units::kPa(4.0));
    std::optional<LinkError> e = LinkError{};
    for (int i = 0; i < 50 && e; ++i) {
        e = dev.recover(link);
        if (e) std::this_thread::sleep_for(10ms);
    }
    ASSERT_FALSE(e.has_value());
    EXPECT_EQ(dev.state(), DeviceState::configured);
    dev.activate();
    EXPECT_NEAR(units::inKPa(*pt.pressure().value), 4.0, 1e-6);
}

TEST(Drivers, ReadTheirChannelsAsQuantities) {
    ScaledSteadyClock clock;
    ModbusTestServer server(0);
    ModbusLink link(bus(server.port()), clock);
    DeviceMap pm = fixture("pressure-transducer");
    DeviceMap fm = fixture("flame-detector");
    DeviceMap wm = fixture("flow-meter");
    // One server serves all three maps, whose addresses overlap: serve and read one at a time.
    Device pd(1, pm), fd(1, fm), wd(1, wm);
    PressureTransducer pt(pd, link);
    FlameDetector flame(fd, link);
    FlowMeter flow(wd, link);
    serve(server, pm, "temperature", units::celsius(21.5));
    serve(server, pm, "status", units::fraction(2));
    EXPECT_NEAR(units::inCelsius(*pt.temperature().value), 21.5, 1e-5);
    EXPECT_EQ(*pt.status().value, 2);
    serve(server, fm, "flame_present", true);
    serve(server, fm, "thermocouple", units::millivolts(12.5));
    serve(server, fm, "ionisation", units::microamperes(3.25));
    EXPECT_TRUE(*flame.flamePresent().value);
    EXPECT_NEAR(flame.thermocouple().value->value(), 12.5e-3, 1e-9);
    EXPECT_NEAR(flame.ionisation().value->value(), 3.25e-6, 1e-12);
    serve(server, wm, "flow", units::litresPerHour(180.0));
    serve(server, wm, "total", units::litres(12.0));
    EXPECT_NEAR(units::inLitresPerHour(*flow.flow().value), 180.0, 1e-4);
    EXPECT_NEAR(flow.total().value->value(), 12.0e-3, 1e-9);
}

TEST(Drivers, GasChromatographRunsAnAnalysis) {
    ScaledSteadyClock clock;
    ModbusTestServer server(0);
    DeviceMap gm = fixture("gas-chromatograph");
    serveIdentity(server, gm);
    ModbusLink link(bus(server.port()), clock);
    Device dev(2, gm);
    ASSERT_FALSE(dev.configure(link).has_value());
    dev.activate();
    GasChromatograph gc(dev, link);
    EXPECT_EQ(gc.start().error->kind, LinkErrorKind::refused);  // starting is a write
    ASSERT_FALSE(dev.arm().has_value());
    ASSERT_TRUE(gc.start().ok());
    EXPECT_TRUE(server.coil(gm.find("start_analysis")->address));
    serve(server, gm, "state", units::fraction(1));
    EXPECT_EQ(*gc.state().value, AnalysisState::running);
    serve(server, gm, "state", units::fraction(7));
    EXPECT_EQ(gc.state().error->kind, LinkErrorKind::badLength);
    serve(server, gm, "state", units::fraction(2));
    EXPECT_EQ(*gc.state().value, AnalysisState::done);
    double vol = 10.0;
    for (const char* c : kLpgComponents) {
        serve(server, gm, std::string(c) + "_vol", units::percent(vol));
        serve(server, gm, std::string(c) + "_mass", units::percent(vol + 0.5));
        vol += 1.0;
    }
    serve(server, gm, "detection_limit", units::percent(0.01));
    serve(server, gm, "analysis_count", units::fraction(4));
    auto table = gc.componentTable();
    ASSERT_TRUE(table.ok()) << table.error->text;
    ASSERT_EQ(table.value->components.size(), kLpgComponents.size());
    EXPECT_EQ(table.value->components.back().component, "dme");
    EXPECT_NEAR(units::inPercent(table.value->components.back().volume), 16.0, 1e-5);
    EXPECT_NEAR(units::inPercent(table.value->components.back().mass), 16.5, 1e-5);
    EXPECT_NEAR(units::inPercent(table.value->detectionLimit), 0.01, 1e-7);
    EXPECT_EQ(table.value->analysisCount, 4);
    EXPECT_EQ(table.attempts, 1);  // one request for the whole table

    auto mixed = dev.readMany(link, {"state", "start_analysis"});
    ASSERT_FALSE(mixed.ok());
    EXPECT_EQ(mixed.error->kind, LinkErrorKind::config);
}

TEST(Drivers, RefuseAMapWithoutTheirChannels) {
    ScaledSteadyClock clock;
    ModbusLink link(bus(testing::freeTcpPort()), clock);
    DeviceMap fm = fixture("flow-meter");
    Device dev(1, fm);
    EXPECT_THROW(PressureTransducer(dev, link), ConfigError);
}

}  // namespace
}  // namespace gasbench::hal
