// BusWorker transactions/s on an RTU line whose peer holds each answer to the wire time of a
// real line (a socat pty pair has no baud timing of its own): request and answer characters at
// 10 bits each (8N1), plus a 3.5-character silence after each frame, at least 1.75 ms above
// 19200 baud. Reading 10 registers (8 + 25 bytes) that caps 9600 baud at ~24/s and 115200 at
// ~157/s. Prints achieved vs ceiling.
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include "f32_map.hpp"
#include "gasbench/hal/bus_worker.hpp"
#include "modbus_test_server.hpp"
#include "pty_pair.hpp"

using namespace gasbench;
using namespace gasbench::hal;
using Steady = std::chrono::steady_clock;

namespace {

double charSeconds(int baud) {
    return 10.0 / baud;
}
double silenceSeconds(int baud) {
    return baud > 19200 ? 1.75e-3 : 3.5 * charSeconds(baud);
}

// The wire time of one read of `count` registers: request, silence, answer, silence.
double transactionSeconds(int baud, int count) {
    int bytes = 8 + 5 + 2 * count;
    return bytes * charSeconds(baud) + 2 * silenceSeconds(baud);
}

struct Figure {
    int baud;
    double ceiling;
    double achieved;
};

Figure run(int baud, const DeviceMap& map, std::chrono::milliseconds window) {
    testing::PtyPair pty;
    testing::ModbusTestServer server(pty.deviceEnd(), baud, 1);
    // Held from the moment the request is read; the answer then arrives at once.
    server.setDelayRule([baud](const testing::ModbusTestServer::Request& r) {
        int count = (r.adu[4] << 8) | r.adu[5];
        return std::chrono::microseconds(static_cast<long>(transactionSeconds(baud, count) * 1e6));
    });
    BusConfig cfg;
    cfg.name = "rtu-bench";
    cfg.transport = Transport::rtu;
    cfg.device = pty.busEnd();
    cfg.baud = baud;
    cfg.responseTimeout = std::chrono::milliseconds(500);
    ScaledSteadyClock clock;
    std::vector<PolledChannel> channels;
    for (ChannelId i = 0; i < 5; ++i) channels.push_back({i, 1, &map.channels[i], 1e6, 0});
    BusWorker worker(cfg, {{1, &map}}, channels, clock, [](const Reading&) {});
    worker.start();
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    std::uint64_t r0 = worker.status().requests;
    auto t0 = Steady::now();
    std::this_thread::sleep_for(window);
    BusStatus s = worker.status();
    double secs = std::chrono::duration<double>(Steady::now() - t0).count();
    worker.stop();
    if (s.errors != 0) std::printf("  (%llu errors)\n", static_cast<unsigned long long>(s.errors));
    return {baud, 1.0 / transactionSeconds(baud, 10), static_cast<double>(s.requests - r0) / secs};
}

}  // namespace

int main() {
    DeviceMap map = testing::contiguousF32Map("inputRegister", 5);
    std::printf(
        "rtu_line: BusWorker reading 10 registers (5 coalesced f32 channels) on a pty pair whose "
        "peer\n"
        "          holds each answer to the wire time of an 8N1 line\n");
    for (auto [baud, window] : {std::pair{9600, 5000}, std::pair{115200, 3000}}) {
        Figure f = run(baud, map, std::chrono::milliseconds(window));
        std::printf(
            "  %6d baud: %7.1f transactions/s, ceiling %7.1f/s, ratio %.3f (target >= 0.9)\n",
            f.baud, f.achieved, f.ceiling, f.achieved / f.ceiling);
    }
    return 0;
}
