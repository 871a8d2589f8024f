// Our link and codec against an independent peer: Debian's pymodbus 3.0 serving the vendor map
// (every word order, u32/i32/i16/u16, scale and offset) with values it encoded itself.
#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <thread>

#include "free_port.hpp"
#include "gasbench/hal/codec.hpp"
#include "gasbench/hal/device.hpp"
#include "pty_pair.hpp"
#include "subprocess.hpp"

namespace gasbench::hal {
namespace {

using namespace std::chrono_literals;

const std::string kMap = std::string(GASBENCH_FIXTURES_DIR) + "/maps/vendor-f32-orders.json";
const std::string kScript = std::string(GASBENCH_HAL_TESTS_DIR) + "/pymodbus_vendor_server.py";

// Starts the peer and returns what it says it serves.
QJsonObject startPeer(std::unique_ptr<testing::Subprocess>& peer, std::vector<std::string> args) {
    args.insert(args.begin(), {"/usr/bin/python3", kScript, kMap});
    peer = std::make_unique<testing::Subprocess>(args, true);
    std::optional<std::string> line = peer->readLine(20s);
    if (!line) return {};
    return QJsonDocument::fromJson(QByteArray::fromStdString(*line)).object();
}

// Configures the device (its identity probe) once the peer listens.
void waitConfigured(Device& dev, ModbusLink& link) {
    for (int i = 0; i < 200; ++i) {
        if (!dev.configure(link)) return;
        std::this_thread::sleep_for(50ms);
    }
    FAIL() << "pymodbus peer never answered: " << dev.lastError()->text;
}

void checkEveryChannel(ModbusLink& link, int unit, const QJsonObject& served) {
    DeviceMap map = loadDeviceMap(kMap);
    Device dev(unit, map);
    waitConfigured(dev, link);
    if (dev.state() != DeviceState::configured) return;
    dev.activate();
    const QJsonObject values = served["values"].toObject();
    for (const ChannelSpec& c : map.channels) {
        SCOPED_TRACE(c.name);
        auto r = dev.read(link, c);
        ASSERT_TRUE(r.ok()) << r.error->text;
        QJsonValue expected = values[QString::fromStdString(c.name)];
        if (c.type == ValueType::boolean) {
            EXPECT_EQ(std::get<bool>(*r.value), expected.toBool());
        } else {
            double want = expected.toDouble();
            double got = c.unit.fromQuantity(*r.value);
            double tolerance =
                c.type == ValueType::f32 ? std::fabs(want) * 1e-6 : std::fabs(c.scale) * 1e-6;
            EXPECT_NEAR(got, want, tolerance);
        }
    }

    // Writes: the registers our encoder sends are the ones pymodbus's encoder makes.
    ASSERT_FALSE(dev.arm().has_value());
    const QJsonObject probes = served["writeProbes"].toObject();
    ASSERT_FALSE(probes.isEmpty());
    for (auto it = probes.begin(); it != probes.end(); ++it) {
        const ChannelSpec& c = *map.find(it.key().toStdString());
        SCOPED_TRACE(c.name);
        QJsonObject probe = it.value().toObject();
        ASSERT_TRUE(dev.write(link, c, c.unit.toQuantity(probe["value"].toDouble())).ok());
        auto raw = link.readRegisters(unit, c.function, c.address, c.width());
        ASSERT_TRUE(raw.ok());
        std::vector<std::uint16_t> want;
        for (const QJsonValue& w : probe["registers"].toArray())
            want.push_back(static_cast<std::uint16_t>(w.toInt()));
        EXPECT_EQ(*raw.value, want);
    }
    ASSERT_TRUE(dev.write(link, "relay", false).ok());
    auto relay = dev.read(link, "relay");
    ASSERT_TRUE(relay.ok());
    EXPECT_FALSE(std::get<bool>(*relay.value));

    // An unmapped register on pymodbus: illegal data address.
    auto far = link.readRegisters(unit, RegisterFunction::inputRegister, 1000, 2);
    ASSERT_FALSE(far.ok());
    EXPECT_EQ(far.error->kind, LinkErrorKind::exception);
    EXPECT_EQ(far.error->exceptionCode, static_cast<int>(ModbusException::illegalDataAddress));
}

TEST(PymodbusInterop, TcpDecodesEveryTypeAndOrder) {
    ScaledSteadyClock clock;
    std::uint16_t port = testing::freeTcpPort();
    std::unique_ptr<testing::Subprocess> peer;
    QJsonObject served = startPeer(peer, {"--port", std::to_string(port)});
    ASSERT_FALSE(served.isEmpty()) << "the pymodbus peer did not start";
    BusConfig cfg;
    cfg.port = port;
    cfg.responseTimeout = 1000ms;
    cfg.reconnectInterval = 20ms;
    ModbusLink link(cfg, clock);
    checkEveryChannel(link, 1, served);
}

TEST(PymodbusInterop, RtuOverAPtyPair) {
    ScaledSteadyClock clock;
    testing::PtyPair pty;
    std::unique_ptr<testing::Subprocess> peer;
    QJsonObject served = startPeer(peer, {"--rtu", pty.deviceEnd(), "--unit", "5"});
    ASSERT_FALSE(served.isEmpty()) << "the pymodbus peer did not start";
    BusConfig cfg;
    cfg.transport = Transport::rtu;
    cfg.device = pty.busEnd();
    cfg.baud = 115200;
    cfg.responseTimeout = 1000ms;
    cfg.reconnectInterval = 20ms;
    ModbusLink link(cfg, clock);
    checkEveryChannel(link, 5, served);
}

}  // namespace
}  // namespace gasbench::hal
