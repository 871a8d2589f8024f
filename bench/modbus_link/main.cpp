// Reads of 10 holding registers per request against one loopback libmodbus server:
//   bare     a plain modbus_read_registers loop (the ceiling),
//   link     ModbusLink::readRegisters in a loop,
//   worker   BusWorker polling five f32 channels (10 registers, one coalesced request) as fast
//            as it can, publishing every reading.
// Every loop polls from a thread of its own started for the round (the worker's thread is one),
// while the main thread waits, and is timed only after the same warm-up. bare and worker run
// back to back in each round, in alternating order, so that host noise and drift hit both
// alike; the ratio printed is the median of the per-round ratios, with their spread. Context
// switches per request (the whole process: client, server and the waiting main thread) show
// whether a loop pays for wake-ups beyond the request's own.
#include <modbus.h>
#include <sys/resource.h>

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

constexpr auto kWarmUp = std::chrono::milliseconds(100);
constexpr auto kRound = std::chrono::milliseconds(500);
constexpr int kRounds = 9;

struct Figure {
    double rate = 0.0;              // successful requests/s
    double switchesPerRequest = 0.0;
};

long contextSwitches() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_nvcsw + u.ru_nivcsw;
}

// Runs `f` on a thread of its own, as the worker's loop runs, while this thread waits.
template <typename F>
Figure onFreshThread(F f) {
    Figure out;
    std::thread([&] { out = f(); }).join();
    return out;
}

// Times a loop of `poll` (true when the request succeeded) after the warm-up.
template <typename Poll>
Figure timeLoop(Poll poll) {
    for (auto warm = Steady::now() + kWarmUp; Steady::now() < warm;) poll();
    long n = 0;
    long c0 = contextSwitches();
    auto t0 = Steady::now();
    for (auto end = t0 + kRound; Steady::now() < end;) {
        if (poll()) ++n;
    }
    double s = std::chrono::duration<double>(Steady::now() - t0).count();
    long c1 = contextSwitches();
    return {static_cast<double>(n) / s, n > 0 ? static_cast<double>(c1 - c0) / n : 0.0};
}

Figure bareRate(std::uint16_t port) {
    return onFreshThread([port] {
        modbus_t* ctx = modbus_new_tcp("127.0.0.1", port);
        if (ctx == nullptr) return Figure{};
        if (modbus_connect(ctx) != 0) {
            modbus_free(ctx);
            return Figure{};
        }
        std::uint16_t regs[10];
        Figure f = timeLoop([&] { return modbus_read_registers(ctx, 0, 10, regs) == 10; });
        modbus_close(ctx);
        modbus_free(ctx);
        return f;
    });
}

Figure linkRate(std::uint16_t port, const Clock& clock) {
    return onFreshThread([port, &clock] {
        BusConfig cfg;
        cfg.port = port;
        ModbusLink link(cfg, clock);
        return timeLoop(
            [&] { return link.readRegisters(1, RegisterFunction::holdingRegister, 0, 10).ok(); });
    });
}

Figure workerRate(std::uint16_t port, const Clock& clock, const DeviceMap& map) {
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
    std::this_thread::sleep_for(kWarmUp);  // connected and probed
    BusStatus s0 = worker.status();
    long c0 = contextSwitches();
    auto t0 = Steady::now();
    std::this_thread::sleep_for(kRound);
    BusStatus s1 = worker.status();
    double s = std::chrono::duration<double>(Steady::now() - t0).count();
    long c1 = contextSwitches();
    worker.stop();
    if (s1.errors != s0.errors)
        std::printf("  (worker: %llu failed requests)\n",
                    static_cast<unsigned long long>(s1.errors - s0.errors));
    // Successful requests, as the bare loop counts them.
    double n = static_cast<double>((s1.requests - s1.errors) - (s0.requests - s0.errors));
    return {n / s, n > 0 ? static_cast<double>(c1 - c0) / n : 0.0};
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
    std::vector<double> bare, link, worker, ratio, bareSw, workerSw;
    for (int i = 0; i < kRounds; ++i) {
        Figure b, w;
        if (i % 2 == 0) {
            b = bareRate(server.port());
            w = workerRate(server.port(), clock, map);
        } else {
            w = workerRate(server.port(), clock, map);
            b = bareRate(server.port());
        }
        link.push_back(linkRate(server.port(), clock).rate);
        bare.push_back(b.rate);
        worker.push_back(w.rate);
        bareSw.push_back(b.switchesPerRequest);
        workerSw.push_back(w.switchesPerRequest);
        ratio.push_back(b.rate > 0 ? w.rate / b.rate : 0.0);
    }
    std::printf(
        "modbus_link: reads of 10 registers over loopback TCP, median of %d rounds of %lld ms "
        "(after %lld ms of warm-up)\n",
        kRounds, static_cast<long long>(kRound.count()), static_cast<long long>(kWarmUp.count()));
    std::printf("  bare libmodbus loop   %8.0f requests/s  %5.2f context switches/request\n",
                median(bare), median(bareSw));
    std::printf("  ModbusLink loop       %8.0f requests/s\n", median(link));
    std::printf("  BusWorker (5 ch)      %8.0f requests/s  %5.2f context switches/request (%.0f "
                "readings/s)\n",
                median(worker), median(workerSw), median(worker) * 5);
    std::printf(
        "  worker / bare         %8.2f (median of per-round ratios, %.2f to %.2f; target >= 0.9)\n",
        median(ratio), *std::min_element(ratio.begin(), ratio.end()),
        *std::max_element(ratio.begin(), ratio.end()));
    return 0;
}
