#pragma once
// The simulated bench started inside this process (`gasbench run --simulate`, `gasbench demo`,
// the integration tests): a real Modbus TCP server on a free loopback port, serving the bench
// layout with the scenario's sample, on the same bench clock as the station.

#include <memory>
#include <string>

#include "gasbench/core/clock.hpp"
#include "gasbench/sim/sim_bench.hpp"
#include "gasbench/sim/sim_server.hpp"

namespace gasbench::station {

class InProcessSimulator {
public:
    // Loads the scenario and the layout (ConfigError on a bad file) and starts serving.
    InProcessSimulator(const std::string& scenarioFile, const std::string& layoutFile, const Clock& clock);
    ~InProcessSimulator();
    InProcessSimulator(const InProcessSimulator&) = delete;
    InProcessSimulator& operator=(const InProcessSimulator&) = delete;

    std::uint16_t port() const { return server_->tcpPort(); }
    sim::SimBench& bench() { return *bench_; }
    sim::SimServer& server() { return *server_; }

private:
    std::unique_ptr<sim::SimBench> bench_;
    std::unique_ptr<sim::SimServer> server_;
};

}  // namespace gasbench::station
