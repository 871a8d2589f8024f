#pragma once
// `gasbench sim` as a separate process, as a lab would run the simulated bench: started with a
// scenario and a time scale on a free loopback port (and an RTU device, when given), stopped
// with SIGTERM when the object goes.

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "subprocess.hpp"

namespace gasbench::safety {

inline std::string gasbenchProgram() { return std::string(GASBENCH_BIN_DIR) + "/gasbench"; }

class SimProcess {
  public:
    SimProcess(const std::string& scenario, double timeScale, const std::optional<std::string>& rtuDevice = std::nullopt) {
        std::vector<std::string> argv{gasbenchProgram(), "sim", "--scenario", scenario, "--listen", "127.0.0.1:0",
                                      "--time-scale", std::to_string(timeScale)};
        if (rtuDevice) {
            for (const char* a : {"--rtu", rtuDevice->c_str(), "--baud", "115200"}) argv.emplace_back(a);
        }
        process_ = std::make_unique<testing::Subprocess>(argv, true);
        const std::string prefix = "listening on tcp 127.0.0.1:";
        while (auto line = process_->readLine(std::chrono::seconds(10))) {
            if (line->rfind(prefix, 0) == 0) {
                port_ = static_cast<std::uint16_t>(std::stoi(line->substr(prefix.size())));
                return;
            }
        }
        throw std::runtime_error("gasbench sim did not say where it listens");
    }

    std::uint16_t port() const { return port_; }
    testing::Subprocess& process() { return *process_; }

  private:
    std::unique_ptr<testing::Subprocess> process_;
    std::uint16_t port_ = 0;
};

// Waits for a child to end; its wait status, or nullopt after `timeout`.
inline std::optional<int> waitForExit(testing::Subprocess& p, std::chrono::milliseconds timeout) {
    auto deadline = std::chrono::steady_clock::now() + timeout;
    while (p.running()) {
        if (std::chrono::steady_clock::now() > deadline) return std::nullopt;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return p.waitStatus();
}

}  // namespace gasbench::safety
