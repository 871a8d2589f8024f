// The device lifecycle and the thin drivers against a real libmodbus server on loopback.
#include "gasbench/hal/device.hpp"

#include <gtest/gtest.h>

#include "free_port.hpp"
#include "gasbench/hal/codec.hpp"
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
    ASSERT_TRUE(dev.write(link, "supply_valve", true).ok());
    EXPECT_TRUE(server.coil(0));
    ASSERT_TRUE(dev.write(link, "pressure_setpoint", units::kPa(2.8)).ok());
    const ChannelSpec& sp = *map.find("pressure_setpoint");
    std::array<std::uint16_t, 2> w{server.holdingRegister(sp.address),
                                   server.holdingRegister(sp.address + 1)};
    EXPECT_NEAR(units::inKPa(std::get<units::Pressure>(decodeChannel(sp, w))), 2.8, 1e-5);
    ASSERT_TRUE(dev.refreshWatchdog(link).ok());
    std::uint16_t first = server.holdingRegister(map.watchdog->address);
    ASSERT_TRUE(dev.refreshWatchdog(link).ok());
    EXPECT_NE(server.holdingRegister(map.watchdog->address), first);  // a changing value
    auto bad = dev.write(link, "flow_setpoint", units::litresPerHour(1e6));  // beyond the map's range
    EXPECT_EQ(bad.error->kind, LinkErrorKind::refused);
    EXPECT_FALSE(dev.write(link, "watchdog_lapsed", units::fraction(1)).ok());  // read-only
    serve(server, map, "watchdog_lapsed", units::fraction(1));
    EXPECT_NE(units::siValue(*dev.read(link, "watchdog_lapsed").value), 0.0);

    dev.disarm();
    EXPECT_FALSE(dev.write(link, "supply_valve", false).ok());
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
    const ChannelSpec& pressure = *map.find("pressure");
    EXPECT_NEAR(units::inKPa(std::get<units::Pressure>(*dev.read(link, pressure).value)), 3.5, 1e-6);

    server.reset();
    EXPECT_FALSE(dev.read(link, pressure).ok());
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
    EXPECT_NEAR(units::inKPa(std::get<units::Pressure>(*dev.read(link, pressure).value)), 4.0, 1e-6);
}

}  // namespace
}  // namespace gasbench::hal
