// ModbusLink through real links: a libmodbus server on loopback TCP and on a socat pty pair,
// with every error kind produced by the peer, not by a mock.
#include "gasbench/hal/modbus_link.hpp"

#include <gtest/gtest.h>

#include <array>
#include <thread>

#include "free_port.hpp"
#include "modbus_test_server.hpp"
#include "pty_pair.hpp"

namespace gasbench::hal {
namespace {

using testing::ModbusTestServer;
using namespace std::chrono_literals;

BusConfig tcpBus(std::uint16_t port) {
    BusConfig c;
    c.name = "test";
    c.transport = Transport::tcp;
    c.host = "127.0.0.1";
    c.port = port;
    c.responseTimeout = 150ms;
    c.retries = 1;
    c.retryBackoff = 5ms;
    c.reconnectInterval = 100ms;
    return c;
}

// An exception answer to a TCP request: the MBAP header echoed with length 3, then fn|0x80, code.
ModbusTestServer::RawReply tcpException(int code) {
    return [code](const ModbusTestServer::Request& r) -> std::optional<std::vector<std::uint8_t>> {
        return std::vector<std::uint8_t>{r.adu[0],
                                         r.adu[1],
                                         0,
                                         0,
                                         0,
                                         3,
                                         r.adu[6],
                                         static_cast<std::uint8_t>(r.function() | 0x80),
                                         static_cast<std::uint8_t>(code)};
    };
}

TEST(ModbusLink, ReadsAndWritesEveryTableOverTcp) {
    ScaledSteadyClock clock;
    ModbusTestServer server(0);
    std::array<std::uint16_t, 3> in{1, 2, 0xBEEF};
    server.setInputRegisters(10, in);
    server.setDiscreteInput(5, true);
    ModbusLink link(tcpBus(server.port()), clock);

    auto r = link.readRegisters(1, RegisterFunction::inputRegister, 10, 3);
    ASSERT_TRUE(r.ok()) << r.error->text;
    EXPECT_EQ(*r.value, (std::vector<std::uint16_t>{1, 2, 0xBEEF}));
    EXPECT_LE(r.started, r.finished);
    EXPECT_EQ(r.attempts, 1);

    std::array<std::uint16_t, 2> words{0x1234, 0x5678};
    ASSERT_TRUE(link.writeRegisters(1, 20, words).ok());
    std::array<std::uint16_t, 1> one{42};
    ASSERT_TRUE(link.writeRegisters(1, 30, one).ok());
    EXPECT_EQ(server.holdingRegister(20), 0x1234);
    EXPECT_EQ(server.holdingRegister(21), 0x5678);
    EXPECT_EQ(server.holdingRegister(30), 42);
    auto h = link.readRegisters(1, RegisterFunction::holdingRegister, 20, 2);
    ASSERT_TRUE(h.ok());
    EXPECT_EQ(*h.value, (std::vector<std::uint16_t>{0x1234, 0x5678}));

    ASSERT_TRUE(link.writeBit(1, 7, true).ok());
    EXPECT_TRUE(server.coil(7));
    auto coils = link.readBits(1, RegisterFunction::coil, 6, 2);
    ASSERT_TRUE(coils.ok());
    EXPECT_EQ(*coils.value, (std::vector<std::uint8_t>{0, 1}));
    auto di = link.readBits(1, RegisterFunction::discreteInput, 5, 1);
    ASSERT_TRUE(di.ok());
    EXPECT_EQ((*di.value)[0], 1);
}

TEST(ModbusLink, RefusesImpossibleRequestsAsConfig) {
    ScaledSteadyClock clock;
    ModbusLink link(tcpBus(testing::freeTcpPort()), clock);
    EXPECT_EQ(link.readRegisters(1, RegisterFunction::inputRegister, 0, 126).error->kind,
              LinkErrorKind::config);
    EXPECT_EQ(link.readRegisters(1, RegisterFunction::coil, 0, 1).error->kind,
              LinkErrorKind::config);
    EXPECT_EQ(link.readBits(1, RegisterFunction::holdingRegister, 0, 1).error->kind,
              LinkErrorKind::config);
}

TEST(ModbusLink, SilentServerIsATimeoutAfterRetries) {
    ScaledSteadyClock clock;
    ModbusTestServer server(0);
    server.setSilent(true);
    ModbusLink link(tcpBus(server.port()), clock);
    auto r = link.readRegisters(1, RegisterFunction::inputRegister, 0, 1);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, LinkErrorKind::timeout);
    EXPECT_EQ(r.attempts, 2);  // the first try and one retry
    EXPECT_EQ(server.requests(), 2);
    EXPECT_NE(r.error->text.find("150 ms"), std::string::npos) << r.error->text;
}

TEST(ModbusLink, LateAnswerDoesNotLeakIntoTheNextRequest) {
    ScaledSteadyClock clock;
    ModbusTestServer server(0);
    std::array<std::uint16_t, 1> v{111};
    server.setInputRegisters(0, v);
    server.setDelayRule(
        [](const ModbusTestServer::Request&) { return std::chrono::microseconds(250000); });
    BusConfig cfg = tcpBus(server.port());
    cfg.retries = 0;
    ModbusLink link(cfg, clock);
    auto late = link.readRegisters(1, RegisterFunction::inputRegister, 0, 1);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error->kind, LinkErrorKind::timeout);

    server.setDelayRule({});
    std::array<std::uint16_t, 1> w{222};
    server.setInputRegisters(0, w);
    std::this_thread::sleep_for(300ms);  // the late answer to the first request is now on its way
    auto next = link.readRegisters(1, RegisterFunction::inputRegister, 0, 1);
    ASSERT_TRUE(next.ok()) << next.error->text;
    EXPECT_EQ((*next.value)[0], 222);
}

TEST(ModbusLink, UnmappedRegisterIsIllegalDataAddress) {
    ScaledSteadyClock clock;
    ModbusTestServer server(
        0, {.coils = 8, .discreteInputs = 8, .holdingRegisters = 8, .inputRegisters = 8});
    ModbusLink link(tcpBus(server.port()), clock);
    auto r = link.readRegisters(1, RegisterFunction::inputRegister, 100, 2);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, LinkErrorKind::exception);
    EXPECT_EQ(r.error->exceptionCode, static_cast<int>(ModbusException::illegalDataAddress));
    EXPECT_EQ(r.attempts, 1);  // a definite answer is not retried
    EXPECT_NE(r.error->text.find("illegal data address"), std::string::npos) << r.error->text;
}

TEST(ModbusLink, EveryNamedExceptionCodeIsReported) {
    ScaledSteadyClock clock;
    ModbusTestServer server(0);
    BusConfig cfg = tcpBus(server.port());
    cfg.retries = 0;
    ModbusLink link(cfg, clock);
    const std::vector<std::pair<int, std::string>> codes = {
        {1, "illegal function"},
        {2, "illegal data address"},
        {3, "illegal data value"},
        {4, "server device failure"},
        {5, "acknowledge"},
        {6, "server busy"},
        {10, "gateway path unavailable"},
        {11, "gateway target failed to respond"}};
    for (const auto& [code, name] : codes) {
        server.setRawReply(tcpException(code));
        auto r = link.readRegisters(1, RegisterFunction::holdingRegister, 0, 1);
        ASSERT_FALSE(r.ok()) << code;
        EXPECT_EQ(r.error->kind, LinkErrorKind::exception) << code;
        EXPECT_EQ(r.error->exceptionCode, code);
        EXPECT_NE(r.error->text.find(name), std::string::npos) << r.error->text;
        EXPECT_EQ(exceptionName(code), name);
    }
}

TEST(ModbusLink, ShortAnswerIsBadLength) {
    ScaledSteadyClock clock;
    ModbusTestServer server(0);
    // Asked for 2 registers, answers with 1.
    server.setRawReply(
        [](const ModbusTestServer::Request& r) -> std::optional<std::vector<std::uint8_t>> {
            return std::vector<std::uint8_t>{r.adu[0], r.adu[1], 0, 0, 0, 5, r.adu[6], 4, 2, 0, 7};
        });
    BusConfig cfg = tcpBus(server.port());
    cfg.retries = 0;
    ModbusLink link(cfg, clock);
    auto r = link.readRegisters(1, RegisterFunction::inputRegister, 0, 2);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, LinkErrorKind::badLength) << r.error->text;
}

TEST(ModbusLink, NoServerIsLinkDownAndConnectsAreThrottled) {
    ScaledSteadyClock clock;
    BusConfig cfg = tcpBus(testing::freeTcpPort());
    cfg.reconnectInterval = 10s;
    ModbusLink link(cfg, clock);
    auto r = link.readRegisters(1, RegisterFunction::inputRegister, 0, 1);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, LinkErrorKind::linkDown);
    EXPECT_NE(r.error->text.find("cannot connect"), std::string::npos) << r.error->text;
    auto again = link.readRegisters(1, RegisterFunction::inputRegister, 0, 1);
    EXPECT_EQ(again.error->kind, LinkErrorKind::linkDown);
    EXPECT_NE(again.error->text.find("next connect attempt"), std::string::npos)
        << again.error->text;
}

TEST(ModbusLink, ServerGoesAwayAndComesBackWithoutRestartingTheLink) {
    ScaledSteadyClock clock;
    auto server = std::make_unique<ModbusTestServer>(0);
    const std::uint16_t port = server->port();
    std::array<std::uint16_t, 1> v{7};
    server->setInputRegisters(0, v);
    ModbusLink link(tcpBus(port), clock);
    ASSERT_TRUE(link.readRegisters(1, RegisterFunction::inputRegister, 0, 1).ok());

    server.reset();  // the server process is gone: its sockets are closed
    auto down = link.readRegisters(1, RegisterFunction::inputRegister, 0, 1);
    ASSERT_FALSE(down.ok());
    EXPECT_EQ(down.error->kind, LinkErrorKind::linkDown) << down.error->text;
    EXPECT_FALSE(link.connected());

    server = std::make_unique<ModbusTestServer>(port);
    std::array<std::uint16_t, 1> w{8};
    server->setInputRegisters(0, w);
    std::optional<std::vector<std::uint16_t>> value;
    for (int i = 0; i < 50 && !value; ++i) {  // reconnects once reconnectInterval has passed
        auto r = link.readRegisters(1, RegisterFunction::inputRegister, 0, 1);
        if (r.ok())
            value = r.value;
        else
            std::this_thread::sleep_for(20ms);
    }
    ASSERT_TRUE(value.has_value());
    EXPECT_EQ((*value)[0], 8);
    EXPECT_TRUE(link.connected());
}

BusConfig rtuBus(const std::string& device) {
    BusConfig c;
    c.name = "rtu";
    c.transport = Transport::rtu;
    c.device = device;
    c.baud = 115200;
    c.responseTimeout = 150ms;
    c.retries = 1;
    c.retryBackoff = 5ms;
    return c;
}

TEST(ModbusLink, RtuOverAPtyPair) {
    ScaledSteadyClock clock;
    testing::PtyPair pty;
    ModbusTestServer server(pty.deviceEnd(), 115200, 3);
    std::array<std::uint16_t, 2> v{0x3FC0, 0x0000};
    server.setInputRegisters(4, v);
    ModbusLink link(rtuBus(pty.busEnd()), clock);
    auto r = link.readRegisters(3, RegisterFunction::inputRegister, 4, 2);
    ASSERT_TRUE(r.ok()) << r.error->text;
    EXPECT_EQ(*r.value, (std::vector<std::uint16_t>{0x3FC0, 0x0000}));
    ASSERT_TRUE(link.writeBit(3, 1, true).ok());
    EXPECT_TRUE(server.coil(1));

    // A device that stops answering is a timeout; when it answers again the line works again.
    server.setSilent(true);
    auto silent = link.readRegisters(3, RegisterFunction::inputRegister, 4, 2);
    ASSERT_FALSE(silent.ok());
    EXPECT_EQ(silent.error->kind, LinkErrorKind::timeout);
    server.setSilent(false);
    auto back = link.readRegisters(3, RegisterFunction::inputRegister, 4, 2);
    EXPECT_TRUE(back.ok()) << back.error->text;
}

TEST(ModbusLink, CorruptedRtuCrcIsACrcError) {
    ScaledSteadyClock clock;
    testing::PtyPair pty;
    ModbusTestServer server(pty.deviceEnd(), 115200, 3);
    std::atomic<int> corrupted{0};
    // A proper answer to "read 1 input register" whose CRC is wrong in its low byte.
    server.setRawReply(
        [&](const ModbusTestServer::Request& r) -> std::optional<std::vector<std::uint8_t>> {
            std::vector<std::uint8_t> a{r.adu[0], 4, 2, 0x12, 0x34};
            std::uint16_t crc = testing::modbusCrc(a);
            a.push_back(static_cast<std::uint8_t>((crc & 0xFF) ^ 0x5A));
            a.push_back(static_cast<std::uint8_t>(crc >> 8));
            ++corrupted;
            return a;
        });
    ModbusLink link(rtuBus(pty.busEnd()), clock);
    auto r = link.readRegisters(3, RegisterFunction::inputRegister, 0, 1);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error->kind, LinkErrorKind::crc) << r.error->text;
    EXPECT_EQ(r.attempts, 2);
    EXPECT_EQ(corrupted.load(), 2);

    server.setRawReply({});  // the line is clean again: the link recovers by itself
    auto ok = link.readRegisters(3, RegisterFunction::inputRegister, 0, 1);
    EXPECT_TRUE(ok.ok()) << ok.error->text;
}

}  // namespace
}  // namespace gasbench::hal
