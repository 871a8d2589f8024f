// The bus worker against real links: rates, coalescing, writes ahead of reads, arming and the
// watchdog, link loss and recovery, and one request at a time on an RTU line.
#include "gasbench/hal/bus_worker.hpp"

#include <gtest/gtest.h>

#include <QByteArray>
#include <algorithm>
#include <map>
#include <mutex>
#include <thread>

#include "gasbench/hal/codec.hpp"
#include "modbus_test_server.hpp"
#include "pty_pair.hpp"

namespace gasbench::hal {
namespace {

using testing::ModbusTestServer;
using namespace std::chrono_literals;

// A map of `n` f32 input registers ch0.. at addresses 2*i + base, plus a coil and a watchdog.
DeviceMap testMap(int n, int base = 0, int watchdogMs = 0, double rangeHigh = 1000.0) {
    std::string chans;
    for (int i = 0; i < n; ++i) {
        chans += R"({"name":"ch)" + std::to_string(i) +
                 R"(","function":"inputRegister","address":)" + std::to_string(base + 2 * i) +
                 R"(,"type":"f32","unit":"kPa","access":"read","rangeHigh":)" +
                 std::to_string(rangeHigh) + "},";
    }
    chans +=
        R"({"name":"valve","function":"coil","address":0,"type":"bool","unit":"bool","access":"readWrite"})";
    std::string wd = watchdogMs > 0 ? R"("watchdog":{"address":100,"timeoutMs":)" +
                                          std::to_string(watchdogMs) + "},"
                                    : "";
    std::string json = R"({"id":"test","version":1,"kind":"test","vendor":"v","model":"m",)" + wd +
                       R"("channels":[)" + chans + "]}";
    return parseDeviceMap(QByteArray::fromStdString(json), "test-map");
}

BusConfig tcpBus(std::uint16_t port) {
    BusConfig c;
    c.name = "bus-test";
    c.port = port;
    c.responseTimeout = 200ms;
    c.retries = 0;
    c.reconnectInterval = 50ms;
    return c;
}

// Collects every reading, thread-safely.
class Collector {
  public:
    ReadingSink sink() {
        return [this](const Reading& r) {
            std::lock_guard lock(mutex_);
            readings_.push_back(r);
        };
    }
    std::vector<Reading> readings() const {
        std::lock_guard lock(mutex_);
        return readings_;
    }
    int count(ChannelId id, Nanos from, Nanos to, bool okOnly = true) const {
        std::lock_guard lock(mutex_);
        return static_cast<int>(
            std::count_if(readings_.begin(), readings_.end(), [&](const Reading& r) {
                return r.channel == id && r.stamp >= from && r.stamp < to && (!okOnly || r.ok());
            }));
    }

  private:
    mutable std::mutex mutex_;
    std::vector<Reading> readings_;
};

class RequestRecorder {
  public:
    std::function<void(const RequestLogEntry&)> log() {
        return [this](const RequestLogEntry& e) {
            std::lock_guard lock(mutex_);
            entries_.push_back(e);
        };
    }
    std::vector<RequestLogEntry> entries() const {
        std::lock_guard lock(mutex_);
        return entries_;
    }

  private:
    mutable std::mutex mutex_;
    std::vector<RequestLogEntry> entries_;
};

// Waits on the bench clock (tests never assert wall time; this only lets the worker run).
void runFor(const Clock& clock, Nanos bench) {
    Nanos until = clock.now() + bench;
    while (clock.now() < until) std::this_thread::sleep_for(5ms);
}

TEST(BusWorker, SixteenChannelsOnFourDevicesKeepTheirRates) {
    ScaledSteadyClock clock;
    ModbusTestServer server(0);
    // Channels spaced 8 registers apart, so that each is its own request: 16 channels, 16 streams.
    DeviceMap map = testMap(4, 0);
    for (ChannelSpec& c : map.channels) {
        if (c.function == RegisterFunction::inputRegister)
            c.address = static_cast<std::uint16_t>(c.address * 4);
    }
    std::vector<DeviceOnBus> devices;
    std::vector<PolledChannel> channels;
    const double rates[4] = {12.5, 20.0, 25.0, 50.0};
    ChannelId id = 0;
    for (int unit = 1; unit <= 4; ++unit) {
        devices.push_back({unit, &map});
        for (int i = 0; i < 4; ++i) {
            channels.push_back(
                {id++, unit, map.find("ch" + std::to_string(i)), rates[(unit + i) % 4], i});
        }
    }
    Collector collected;
    BusWorker worker(tcpBus(server.port()), devices, channels, clock, collected.sink());
    worker.start();
    runFor(clock, 500'000'000);  // settle
    const Nanos from = clock.now();
    const Nanos window = 2'000'000'000;
    runFor(clock, window + 100'000'000);
    BusStatus status = worker.status();
    worker.stop();
    for (const PolledChannel& c : channels) {
        double expected = c.rateHz * 2.0;
        int got = collected.count(c.id, from, from + window);
        EXPECT_NEAR(got, expected, expected * 0.05)
            << "channel " << c.id << " at " << c.rateHz << " Hz";
        EXPECT_NEAR(status.channels[c.id].achievedHz, c.rateHz, c.rateHz * 0.05)
            << "channel " << c.id;
    }
    for (const DeviceStatus& d : status.devices) EXPECT_EQ(d.state, DeviceState::active);
    EXPECT_EQ(status.errors, 0u);
}

TEST(BusWorker, NeighbouringChannelsShareOneRequest) {
    ScaledSteadyClock clock;
    ModbusTestServer server(0);
    std::array<std::uint16_t, 2> v{0x3FC0, 0};  // 1.5 kPa in ch2
    server.setInputRegisters(4, v);
    DeviceMap map = testMap(4);
    std::vector<PolledChannel> channels;
    for (ChannelId i = 0; i < 4; ++i)
        channels.push_back({i, 1, map.find("ch" + std::to_string(i)), 20.0, 0});
    Collector collected;
    RequestRecorder requests;
    BusWorker worker(tcpBus(server.port()), {{1, &map}}, channels, clock, collected.sink());
    worker.setRequestLog(requests.log());
    worker.start();
    runFor(clock, 500'000'000);
    worker.stop();
    auto readings = collected.readings();
    auto log = requests.entries();
    ASSERT_GE(readings.size(), 20u);
    EXPECT_LE(log.size() * 3, readings.size());  // about one request for four readings
    for (const RequestLogEntry& e : log) {
        EXPECT_EQ(e.address, 0);
        EXPECT_EQ(e.count, 8);
    }
    for (const Reading& r : readings) {
        if (r.channel == 2) {
            EXPECT_NEAR(units::inKPa(std::get<units::Pressure>(r.value)), 1.5, 1e-6);
        }
    }
}

TEST(BusWorker, WritesJumpTheQueueAndNeedArming) {
    ScaledSteadyClock clock;
    ModbusTestServer server(0);
    // Each answer takes 2 ms, and 8 channels at 200 Hz ask for more than the bus can give: a
    // backlog of reads is always waiting.
    server.setDelayRule(
        [](const ModbusTestServer::Request&) { return std::chrono::microseconds(2000); });
    DeviceMap map = testMap(8);
    for (ChannelSpec& c : map.channels) {
        if (c.function == RegisterFunction::inputRegister)
            c.address = static_cast<std::uint16_t>(c.address * 8);
    }
    std::vector<PolledChannel> channels;
    for (ChannelId i = 0; i < 8; ++i)
        channels.push_back({i, 1, map.find("ch" + std::to_string(i)), 200.0, 0});
    channels.push_back({100, 1, map.find("valve"), 0.0, 0});
    Collector collected;
    RequestRecorder requests;
    BusWorker worker(tcpBus(server.port()), {{1, &map}}, channels, clock, collected.sink());
    worker.setRequestLog(requests.log());
    worker.start();
    runFor(clock, 200'000'000);

    WriteOutcome refused = worker.write(100, true).get();
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error->kind, LinkErrorKind::refused);
    EXPECT_FALSE(server.coil(0));

    worker.arm(1);
    const Nanos called = clock.now();
    WriteOutcome done = worker.write(100, true).get();
    ASSERT_TRUE(done.ok()) << done.error->text;
    EXPECT_TRUE(server.coil(0));
    EXPECT_EQ(worker.write(100, units::kPa(1.0)).get().error->kind,
              LinkErrorKind::refused);                                             // wrong kind
    EXPECT_EQ(worker.write(999, true).get().error->kind, LinkErrorKind::refused);  // not on the bus
    worker.stop();

    auto log = requests.entries();
    auto w = std::find_if(log.begin(), log.end(), [](const RequestLogEntry& e) { return e.write; });
    ASSERT_NE(w, log.end());
    EXPECT_EQ(w->function, RegisterFunction::coil);
    // At most the read already under way when write() was called came before it.
    long readsBetween = std::count_if(
        log.begin(), w, [&](const RequestLogEntry& e) { return e.started >= called; });
    EXPECT_LE(readsBetween, 1);
    // ...while the backlog was real: more reads were due than the bus could serve.
    EXPECT_GT(worker.status().channels[0].rateHz, worker.status().channels[0].achievedHz);
}

TEST(BusWorker, ArmedDeviceWatchdogIsRefreshedAtAThirdOfItsTimeout) {
    ScaledSteadyClock clock;
    ModbusTestServer server(0);
    DeviceMap map = testMap(1, 0, 300);  // refresh every 100 ms
    RequestRecorder requests;
    Collector collected;
    BusWorker worker(tcpBus(server.port()), {{1, &map}}, {{0, 1, map.find("ch0"), 5.0, 0}}, clock,
                     collected.sink());
    worker.setRequestLog(requests.log());
    worker.start();
    worker.arm(1);
    runFor(clock, 1'000'000'000);
    worker.disarm(1);
    runFor(clock, 300'000'000);
    worker.stop();
    auto log = requests.entries();
    auto refreshes = std::count_if(log.begin(), log.end(), [](const RequestLogEntry& e) {
        return e.write && e.address == 100 && e.function == RegisterFunction::holdingRegister;
    });
    EXPECT_GE(refreshes, 9);   // 1 s / 100 ms, plus the one at arming
    EXPECT_LE(refreshes, 13);  // and none after disarming
    EXPECT_NE(server.holdingRegister(100), 0);
}

namespace {

long refreshesBetween(const std::vector<RequestLogEntry>& log, Nanos from, Nanos to) {
    return std::count_if(log.begin(), log.end(), [&](const RequestLogEntry& e) {
        return e.write && e.address == 100 && e.function == RegisterFunction::holdingRegister && e.ok &&
               e.started >= from && e.started < to;
    });
}

// An armed device with a watchdog of `watchdogMs` that stops answering for 0.7 s (three
// timeouts: faulted) and then answers again. Returns the refreshes that succeeded in the
// 1.5 s after it answered again, and its state then.
std::pair<long, DeviceState> briefOutage(int watchdogMs) {
    ScaledSteadyClock clock;
    ModbusTestServer server(0);
    DeviceMap map = testMap(1, 0, watchdogMs);
    RequestRecorder requests;
    Collector collected;
    BusWorker worker(tcpBus(server.port()), {{1, &map}}, {{0, 1, map.find("ch0"), 20.0, 0}}, clock,
                     collected.sink());
    worker.setRequestLog(requests.log());
    worker.start();
    worker.arm(1);
    runFor(clock, 500'000'000);
    server.setSilent(true);
    runFor(clock, 700'000'000);
    server.setSilent(false);
    const Nanos back = clock.now();
    runFor(clock, 1'500'000'000);
    DeviceState state = worker.status().devices.at(0).state;
    worker.stop();
    return {refreshesBetween(requests.entries(), back, back + 1'500'000'000), state};
}

}  // namespace

TEST(BusWorker, AnArmedDeviceThatFaultsBrieflyIsArmedAgainAndStillRefreshed) {
    // 3 s watchdog: the outage and the recovery fit well inside it, so nothing can have lapsed.
    auto [refreshes, state] = briefOutage(3000);
    EXPECT_EQ(state, DeviceState::armed);
    EXPECT_GE(refreshes, 1) << "the device answered again but its watchdog was not refreshed";
}

TEST(BusWorker, AnArmedDeviceThatMayHaveLapsedMeanwhileIsNotArmedAgain) {
    // 300 ms watchdog and no lapse flag in the map: after the 0.7 s outage it may have lapsed.
    auto [refreshes, state] = briefOutage(300);
    EXPECT_NE(state, DeviceState::armed);
    EXPECT_EQ(refreshes, 0) << "a refresh would clear a lapse nobody has read";
}

TEST(BusWorker, LinkLossPublishesLinkDownAndDevicesComeBack) {
    ScaledSteadyClock clock;
    auto server = std::make_unique<ModbusTestServer>(0);
    const std::uint16_t port = server->port();
    DeviceMap map = testMap(2);
    Collector collected;
    BusWorker worker(tcpBus(port), {{1, &map}, {2, &map}},
                     {{0, 1, map.find("ch0"), 20.0, 0}, {1, 2, map.find("ch1"), 20.0, 0}}, clock,
                     collected.sink());
    worker.start();
    runFor(clock, 200'000'000);
    server.reset();
    const Nanos lost = clock.now();
    runFor(clock, 400'000'000);
    BusStatus down = worker.status();
    for (const DeviceStatus& d : down.devices) {
        EXPECT_EQ(d.state, DeviceState::faulted);
        ASSERT_TRUE(d.lastError.has_value());
        EXPECT_EQ(d.lastError->kind, LinkErrorKind::linkDown);
    }
    EXPECT_FALSE(down.linkUp);
    auto readings = collected.readings();
    long linkDown = std::count_if(readings.begin(), readings.end(), [&](const Reading& r) {
        return r.stamp > lost && r.status == ReadingStatus::LinkDown;
    });
    EXPECT_GE(linkDown, 8);  // both channels keep reporting, with the error's status

    server = std::make_unique<ModbusTestServer>(port);
    runFor(clock, 400'000'000);
    const Nanos back = clock.now();
    runFor(clock, 300'000'000);
    BusStatus up = worker.status();
    worker.stop();
    for (const DeviceStatus& d : up.devices) EXPECT_EQ(d.state, DeviceState::active);
    EXPECT_TRUE(up.linkUp);
    EXPECT_GE(collected.count(0, back, back + 300'000'000), 4);
    EXPECT_GE(collected.count(1, back, back + 300'000'000), 4);
}

TEST(BusWorker, ErrorsAndRangesShowInTheReadingStatus) {
    ScaledSteadyClock clock;
    ModbusTestServer server(
        0, {.coils = 8, .discreteInputs = 8, .holdingRegisters = 8, .inputRegisters = 8});
    DeviceMap map = testMap(1, 0, 0, 10.0);
    ChannelSpec far = map.channels[0];
    far.name = "far";
    far.address = 50;  // not served: illegal data address
    std::vector<std::uint16_t> w =
        encodeChannel(map.channels[0], units::kPa(20.0));  // above ch0's rangeHigh 10
    server.setInputRegisters(0, w);
    Collector collected;
    BusWorker worker(tcpBus(server.port()), {{1, &map}},
                     {{0, 1, &map.channels[0], 20.0, 0}, {1, 1, &far, 20.0, 0}}, clock,
                     collected.sink());
    worker.start();
    runFor(clock, 300'000'000);
    worker.setRate(0, 0.0);
    runFor(clock, 50'000'000);
    const Nanos stopped = clock.now();
    runFor(clock, 200'000'000);
    BusStatus s = worker.status();
    worker.stop();
    auto readings = collected.readings();
    bool sawOutOfRange = false, sawException = false;
    for (const Reading& r : readings) {
        if (r.channel == 0) {
            EXPECT_EQ(r.status, ReadingStatus::OutOfRange);
            sawOutOfRange = true;
            EXPECT_NEAR(units::inKPa(std::get<units::Pressure>(r.value)), 20.0, 1e-5);
        } else {
            EXPECT_EQ(r.status, ReadingStatus::Exception);
            sawException = true;
        }
    }
    EXPECT_TRUE(sawOutOfRange);
    EXPECT_TRUE(sawException);
    EXPECT_EQ(collected.count(0, stopped, stopped + 1'000'000'000, false),
              0);                                        // rate 0: no more reads
    EXPECT_EQ(s.devices[0].state, DeviceState::active);  // an exception is an answer: not a fault
    EXPECT_EQ(s.devices[0].lastError->exceptionCode, 2);
}

TEST(BusWorker, OneRequestAtATimeOnAnRtuLine) {
    ScaledSteadyClock clock;
    testing::PtyPair pty;
    ModbusTestServer server(pty.deviceEnd(), 9600, 1);
    // The peer holds each answer about as long as a 115200-baud line would (~3 ms).
    server.setDelayRule(
        [](const ModbusTestServer::Request&) { return std::chrono::microseconds(3000); });
    DeviceMap map = testMap(4);
    for (ChannelSpec& c : map.channels) {
        if (c.function == RegisterFunction::inputRegister)
            c.address = static_cast<std::uint16_t>(c.address * 8);
    }
    std::vector<PolledChannel> channels;
    for (ChannelId i = 0; i < 4; ++i)
        channels.push_back({i, 1, map.find("ch" + std::to_string(i)), 25.0, 0});
    channels.push_back({9, 1, map.find("valve"), 10.0, 0});
    BusConfig cfg;
    cfg.name = "rs485";
    cfg.transport = Transport::rtu;
    cfg.device = pty.busEnd();
    cfg.baud = 9600;
    cfg.responseTimeout = 300ms;
    cfg.retries = 0;
    Collector collected;
    RequestRecorder requests;
    BusWorker worker(cfg, {{1, &map}}, channels, clock, collected.sink());
    worker.setRequestLog(requests.log());
    worker.start();
    worker.arm(1);
    std::vector<std::future<WriteOutcome>> writes;
    for (int i = 0; i < 10; ++i) {
        writes.push_back(worker.write(9, i % 2 == 0));
        std::this_thread::sleep_for(20ms);
    }
    for (auto& f : writes) EXPECT_TRUE(f.get().ok());
    runFor(clock, 200'000'000);
    worker.stop();
    auto log = requests.entries();
    ASSERT_GE(log.size(), 30u);
    std::sort(log.begin(), log.end(),
              [](const auto& a, const auto& b) { return a.started < b.started; });
    for (std::size_t i = 1; i < log.size(); ++i) {
        EXPECT_GE(log[i].started, log[i - 1].finished)
            << "requests " << i - 1 << " and " << i << " overlap";
        EXPECT_TRUE(log[i].ok);
    }
}

}  // namespace
}  // namespace gasbench::hal
