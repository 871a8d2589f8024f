#include "gasbench/station/in_process_simulator.hpp"

#include "gasbench/sim/bench_layout.hpp"
#include "gasbench/sim/scenario.hpp"

namespace gasbench::station {

InProcessSimulator::InProcessSimulator(const std::string& scenarioFile, const std::string& layoutFile,
                                       const Clock& clock) {
    bench_ = std::make_unique<sim::SimBench>(sim::loadBenchLayout(layoutFile), sim::loadScenario(scenarioFile), clock);
    sim::SimServerConfig cfg;
    hal::BusConfig tcp;
    tcp.transport = hal::Transport::tcp;
    tcp.host = "127.0.0.1";
    tcp.port = 0;  // a free port
    cfg.tcp = tcp;
    server_ = std::make_unique<sim::SimServer>(*bench_, cfg);
    server_->start();
}

InProcessSimulator::~InProcessSimulator() {
    if (server_) server_->stop();
}

}  // namespace gasbench::station
