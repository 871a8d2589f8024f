#pragma once
// Reads the simulated bench's outputs device (unit 5 of fixtures/sim/bench-layout.json) over
// Modbus TCP with bare libmodbus, as an independent observer of what the controller (or the
// device's watchdog) did to the gas valves, and watches them from a thread with time stamps.

#include <modbus/modbus.h>

#include <chrono>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>
#include <stdexcept>
#include <thread>
#include <vector>

namespace gasbench::safety {

inline constexpr int kOutputsUnit = 5;

struct OutputsSnapshot {
    std::chrono::steady_clock::time_point at;
    bool supplyValve = false, igniter = false, ventValve = false, isolationValve = false, knobHold = false;
    float flowSetpoint = 0, pressureSetpoint = 0;
    bool watchdogLapsed = false;

    // No gas reaches the sample and nothing sparks: the solenoids are closed, the knob is
    // released, the igniter is off (whoever did it: the controller or the watchdog).
    bool valvesShut() const { return !supplyValve && !igniter && !isolationValve && !knobHold; }
    bool setpointsZero() const { return flowSetpoint == 0 && pressureSetpoint == 0; }
    bool gasShut() const { return valvesShut() && setpointsZero(); }
    // The station config's safe state as the controller writes it (the sample vented too).
    bool controllerSafe() const { return gasShut() && ventValve; }
    bool driven() const { return supplyValve || igniter || isolationValve || knobHold || flowSetpoint > 0 || pressureSetpoint > 0; }
};

inline std::string describe(const OutputsSnapshot& s) {
    return std::string("supply ") + (s.supplyValve ? "open" : "closed") + ", igniter " + (s.igniter ? "on" : "off") +
           ", vent " + (s.ventValve ? "open" : "closed") + ", isolation " + (s.isolationValve ? "open" : "closed") +
           ", knob " + (s.knobHold ? "held" : "free") + ", flow set-point " + std::to_string(s.flowSetpoint) +
           " L/h, pressure set-point " + std::to_string(s.pressureSetpoint) + " kPa, watchdog " +
           (s.watchdogLapsed ? "lapsed" : "running");
}

class OutputsProbe {
  public:
    explicit OutputsProbe(std::uint16_t port) : ctx_(modbus_new_tcp("127.0.0.1", port)) {
        if (ctx_ == nullptr) throw std::runtime_error("OutputsProbe: modbus_new_tcp failed");
        modbus_set_slave(ctx_, kOutputsUnit);
        modbus_set_response_timeout(ctx_, 1, 0);
    }
    ~OutputsProbe() {
        modbus_close(ctx_);
        modbus_free(ctx_);
    }
    OutputsProbe(const OutputsProbe&) = delete;
    OutputsProbe& operator=(const OutputsProbe&) = delete;

    // nullopt when the simulator does not answer (the probe reconnects on the next read).
    std::optional<OutputsSnapshot> read() {
        if (!connected_) {
            if (modbus_connect(ctx_) != 0) return std::nullopt;
            connected_ = true;
        }
        // Coils and registers take two requests; the watchdog may lapse between them. Reading the
        // status word before and after the coils keeps a torn snapshot (coils from before the
        // lapse, status from after) out of the record.
        std::uint8_t coils[5] = {};
        std::uint16_t before[12] = {};
        std::uint16_t regs[12] = {};
        if (modbus_read_registers(ctx_, 0, 12, before) != 12 || modbus_read_bits(ctx_, 0, 5, coils) != 5 ||
            modbus_read_registers(ctx_, 0, 12, regs) != 12) {
            modbus_close(ctx_);
            connected_ = false;
            return std::nullopt;
        }
        if (before[11] != regs[11]) return std::nullopt;  // the lapse fell between: read again
        OutputsSnapshot s;
        s.at = std::chrono::steady_clock::now();
        s.supplyValve = coils[0];
        s.igniter = coils[1];
        s.ventValve = coils[2];
        s.isolationValve = coils[3];
        s.knobHold = coils[4];
        s.flowSetpoint = modbus_get_float_abcd(regs + 0);
        s.pressureSetpoint = modbus_get_float_abcd(regs + 2);
        s.watchdogLapsed = regs[11] != 0;
        return s;
    }

  private:
    modbus_t* ctx_;
    bool connected_ = false;
};

// Reads the outputs every few milliseconds from a thread until destroyed.
class OutputsMonitor {
  public:
    explicit OutputsMonitor(std::uint16_t port) : probe_(port) {
        thread_ = std::jthread([this](std::stop_token stop) {
            while (!stop.stop_requested()) {
                if (auto s = probe_.read()) {
                    std::lock_guard lock(mutex_);
                    seen_.push_back(*s);
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(3));
            }
        });
    }
    ~OutputsMonitor() { thread_ = {}; }

    std::vector<OutputsSnapshot> seen() const {
        std::lock_guard lock(mutex_);
        return seen_;
    }
    std::optional<OutputsSnapshot> latest() const {
        std::lock_guard lock(mutex_);
        if (seen_.empty()) return std::nullopt;
        return seen_.back();
    }
    // Waits until `pred` holds for a snapshot taken after `since`; returns that snapshot.
    template <class Pred>
    std::optional<OutputsSnapshot> waitFor(Pred pred, std::chrono::steady_clock::time_point since,
                                           std::chrono::milliseconds timeout) const {
        auto deadline = std::chrono::steady_clock::now() + timeout;
        while (std::chrono::steady_clock::now() < deadline) {
            {
                std::lock_guard lock(mutex_);
                for (const auto& s : seen_) {
                    if (s.at >= since && pred(s)) return s;
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return std::nullopt;
    }

  private:
    OutputsProbe probe_;
    mutable std::mutex mutex_;
    std::vector<OutputsSnapshot> seen_;
    std::jthread thread_;
};

}  // namespace gasbench::safety
