// Reads of 10 holding registers per request against one loopback libmodbus server:
//   bare     a plain modbus_read_registers loop (the ceiling),
//   link     ModbusLink::readRegisters in a loop,
//   worker   BusWorker polling five f32 channels (10 registers, one coalesced request) as fast
//            as it can, publishing every reading.
// Prints each rate and worker/bare; rounds alternate so that host noise hits all alike.
#include <modbus.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include "f32_map.hpp"
#include "gasbench/hal/bus_worker.hpp"
#include "gasbench/hal/modbus_link.hpp"
#include "modbus_test_server.hpp"

using namespace gasbench;
using namespace gasbench::hal;
using Steady = std::chrono::steady_clock;

namespace {

constexpr auto kRound = std::chrono::milliseconds(1000);
constexpr int kRounds = 5;

double bareRate(std::uint16_t port) {
    modbus_t* ctx = modbus_new_tcp("127.0.0.1", port);
    if (ctx == nullptr || modbus_connect(ctx) != 0) return 0.0;
    std::uint16_t regs[10];
    long n = 0;
    auto end = Steady::now() + kRound;
    auto t0 = Steady::now();
    while (Steady::now() < end) {
        if (modbus_read_registers(ctx, 0, 10, regs) == 10) ++n;
    }
    double s = std::chrono::duration<double>(Steady::now() - t0).count();
    modbus_close(ctx);
    modbus_free(ctx);
    return static_cast<double>(n) / s;
}

double linkRate(std::uint16_t port, const Clock& clock) {
    BusConfig cfg;
    cfg.port = port;
    ModbusLink link(cfg, clock);
    long n = 0;
    auto end = Steady::now() + kRound;
    auto t0 = Steady::now();
    while (Steady::now() < end) {
        if (link.readRegisters(1, RegisterFunction::holdingRegister, 0, 10).ok()) ++n;
    }
    return static_cast<double>(n) / std::chrono::duration<double>(Steady::now() - t0).count();
}

double workerRate(std::uint16_t port, const Clock& clock, const DeviceMap& map) {
    BusConfig cfg;
    cfg.name = "bench";
    cfg.port = port;
    std::vector<PolledChannel> channels;
    for (ChannelId i = 0; i < 5; ++i) channels.push_back({i, 1, &map.channels[i], 1e6, 0});
    std::atomic<long> readings{0};
    BusWorker worker(cfg, {{1, &map}}, channels, clock, [&](const Reading& r) {
        if (r.ok()) readings.fetch_add(1, std::memory_order_relaxed);
    });
    worker.start();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));  // connected and probed
    std::uint64_t r0 = worker.status().requests;
    auto t0 = Steady::now();
    std::this_thread::sleep_for(kRound);
    std::uint64_t r1 = worker.status().requests;
    double s = std::chrono::duration<double>(Steady::now() - t0).count();
    worker.stop();
    return static_cast<double>(r1 - r0) / s;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

}  // namespace

int main() {
    DeviceMap map = testing::contiguousF32Map("holdingRegister", 5);
    testing::ModbusTestServer server(0);
    ScaledSteadyClock clock;
    std::vector<double> bare, link, worker, ratio;
    for (int i = 0; i < kRounds; ++i) {
        bare.push_back(bareRate(server.port()));
        link.push_back(linkRate(server.port(), clock));
        worker.push_back(workerRate(server.port(), clock, map));
        ratio.push_back(worker.back() / bare.back());
    }
    std::printf(
        "modbus_link: reads of 10 registers over loopback TCP, median of %d rounds of %lld ms\n",
        kRounds, static_cast<long long>(kRound.count()));
    std::printf("  bare libmodbus loop   %8.0f requests/s\n", median(bare));
    std::printf("  ModbusLink loop       %8.0f requests/s\n", median(link));
    std::printf("  BusWorker (5 ch)      %8.0f requests/s (%.0f readings/s)\n", median(worker),
                median(worker) * 5);
    std::printf("  worker / bare         %8.2f (median of per-round ratios; target >= 0.9)\n",
                median(ratio));
    return 0;
}
