#pragma once
// The simulated bench's Modbus server: answers for every unit id of the bench layout (and the
// control unit, 247) over TCP (several clients at once, select()) and over RTU on a serial
// device (a socat pseudo-terminal in tests). libmodbus builds every answer (modbus_reply /
// modbus_reply_exception from the unit's modbus_mapping_t); the server frames requests itself,
// because libmodbus's RTU receive drops requests for other unit ids than its own, and sends the
// answers itself, so that it can hold them back (wire time, delay faults) and corrupt them.
// On RTU each answer leaves no earlier than the wire time of the configured line
// (rtu_timing.hpp). One thread runs the server; stop() wakes it from any other thread.

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <thread>

#include "gasbench/hal/bus_config.hpp"
#include "gasbench/sim/sim_bench.hpp"

namespace gasbench::sim {

struct SimServerConfig {
    std::optional<hal::BusConfig> tcp;  // host and port; port 0 takes a free port
    std::optional<hal::BusConfig> rtu;  // device, baud, parity, data and stop bits
    bool holdToWireTime = true;         // RTU answers wait for the line's wire time
};

class SimServer {
  public:
    SimServer(SimBench& bench, SimServerConfig config);
    ~SimServer();
    SimServer(const SimServer&) = delete;
    SimServer& operator=(const SimServer&) = delete;

    // Binds, opens the serial device, and serves in a thread. Throws std::runtime_error.
    void start();
    void stop();
    // The TCP port it listens on (the one it was given, or the free one it took).
    std::uint16_t tcpPort() const { return port_; }

    // Run-time link actions (any thread).
    void dropAllConnections() { dropAll_ = true; }
    void restart(std::chrono::milliseconds downtime);

  private:
    struct Impl;
    void run();

    SimBench& bench_;
    SimServerConfig config_;
    std::uint16_t port_ = 0;
    std::atomic<bool> stopping_{false};
    std::atomic<bool> dropAll_{false};
    std::atomic<std::int64_t> restartMs_{0};
    std::thread thread_;
    std::unique_ptr<Impl> impl_;
};

}  // namespace gasbench::sim
