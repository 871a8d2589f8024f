#pragma once
// A simulated bench served over loopback TCP on a free port, and libmodbus clients for it.

#include <gtest/gtest.h>
#include <modbus/modbus.h>

#include <bit>
#include <chrono>
#include <memory>
#include <optional>
#include <thread>

#include "gasbench/sim/sim_server.hpp"
#include "sim_test_support.hpp"

namespace gasbench::sim::test {

struct ModbusDeleter {
    void operator()(modbus_t* ctx) const {
        modbus_close(ctx);
        modbus_free(ctx);
    }
};
using ModbusClient = std::unique_ptr<modbus_t, ModbusDeleter>;

inline ModbusClient tcpClient(std::uint16_t port, int unit,
                              std::chrono::milliseconds timeout = std::chrono::milliseconds(1000)) {
    ModbusClient ctx(modbus_new_tcp("127.0.0.1", port));
    modbus_set_slave(ctx.get(), unit);
    modbus_set_response_timeout(ctx.get(), 0, static_cast<std::uint32_t>(timeout.count() * 1000));
    if (modbus_connect(ctx.get()) != 0) return nullptr;
    return ctx;
}

// An f32 (abcd) input or holding register pair; nullopt when the request fails (errno set).
inline std::optional<float> readFloat(modbus_t* ctx, int address, bool input = true) {
    std::uint16_t words[2];
    int rc = input ? modbus_read_input_registers(ctx, address, 2, words)
                   : modbus_read_registers(ctx, address, 2, words);
    if (rc != 2) return std::nullopt;
    return modbus_get_float_abcd(words);
}

// libmodbus 3.1.6's modbus_set_float_abcd swaps the bytes of each word (its get is right): the
// words are made by hand.
inline bool writeFloat(modbus_t* ctx, int address, float value) {
    auto bits = std::bit_cast<std::uint32_t>(value);
    std::uint16_t words[2] = {static_cast<std::uint16_t>(bits >> 16),
                              static_cast<std::uint16_t>(bits & 0xFFFF)};
    return modbus_write_registers(ctx, address, 2, words) == 2;
}

// Polls `condition` until it holds or `wall` passes (for things the server does on its own).
template <class F>
bool eventually(F condition, std::chrono::milliseconds wall = std::chrono::milliseconds(3000)) {
    auto deadline = std::chrono::steady_clock::now() + wall;
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return condition();
}

class SimServerTest : public ::testing::Test {
  protected:
    void serve(const std::string& scenarioName, double timeScale) {
        clock_ = std::make_unique<ScaledSteadyClock>(timeScale);
        bench_ = std::make_unique<SimBench>(loadBenchLayout(fixture("sim/bench-layout.json")),
                                            scenario(scenarioName), *clock_);
        SimServerConfig config;
        config.tcp = hal::BusConfig{};
        config.tcp->host = "127.0.0.1";
        config.tcp->port = 0;
        server_ = std::make_unique<SimServer>(*bench_, config);
        server_->start();
    }
    void TearDown() override {
        if (server_) server_->stop();
    }
    ModbusClient client(int unit,
                        std::chrono::milliseconds timeout = std::chrono::milliseconds(1000)) {
        return tcpClient(server_->tcpPort(), unit, timeout);
    }
    // Waits for `seconds` of bench time.
    void benchSleep(double seconds) {
        std::this_thread::sleep_for(clock_->toWall(toNanos(units::seconds(seconds))));
    }

    std::unique_ptr<ScaledSteadyClock> clock_;
    std::unique_ptr<SimBench> bench_;
    std::unique_ptr<SimServer> server_;
};

}  // namespace gasbench::sim::test
