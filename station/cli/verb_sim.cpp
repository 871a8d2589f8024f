// gasbench sim: runs the simulated bench, a Modbus server with the physical model of a scenario's
// sample, until SIGINT or SIGTERM.
#include <pthread.h>

#include <QFileInfo>
#include <csignal>
#include <iostream>

#include "gasbench/core/clock.hpp"
#include "gasbench/sim/sim_server.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

const char* const kUsage =
    "usage: gasbench sim --scenario FILE [--listen HOST:PORT] [--rtu DEVICE --baud N]\n"
    "                    [--time-scale X] [--layout FILE]\n"
    "\n"
    "  --scenario FILE     a scenario file, or the name of one in fixtures/scenarios/\n"
    "  --listen HOST:PORT  Modbus TCP address (default 127.0.0.1:15020, the address of\n"
    "                      fixtures/stations/sim-bench.json; port 0 takes a free one)\n"
    "  --rtu DEVICE        also serve Modbus RTU on this serial device (8N1)\n"
    "  --baud N            the RTU line's baud rate (default 9600); answers keep its wire time\n"
    "  --time-scale X      bench seconds per wall second (default 1; 20 runs a 60 s test in 3 s)\n"
    "  --layout FILE       unit ids and maps of the bench (default "
    "fixtures/sim/bench-layout.json)\n"
    "\n"
    "Unit ids: those of the layout, and 247, the control unit for faults (see the README).\n"
    "Runs until SIGINT or SIGTERM.\n";

std::string findScenario(const std::string& given) {
    if (QFileInfo::exists(QString::fromStdString(given))) return given;
    std::string inFixtures = std::string(GASBENCH_FIXTURES_DIR) + "/scenarios/" + given;
    for (const std::string& candidate : {inFixtures, inFixtures + ".json"}) {
        if (QFileInfo::exists(QString::fromStdString(candidate))) return candidate;
    }
    return given;  // loadScenario names it in its error
}

hal::BusConfig parseListen(const std::string& value) {
    auto colon = value.rfind(':');
    if (colon == std::string::npos || colon == 0)
        throw UsageError("--listen expects HOST:PORT, got " + value);
    hal::BusConfig tcp;
    tcp.host = value.substr(0, colon);
    long port = Args::toInt("--listen", value.substr(colon + 1));
    if (port < 0 || port > 65535) throw UsageError("--listen port must be 0 to 65535");
    tcp.port = static_cast<std::uint16_t>(port);
    return tcp;
}

int runSim(Args& args) {
    std::string scenarioFile = findScenario(args.require("--scenario"));
    hal::BusConfig tcp = parseListen(args.option("--listen").value_or("127.0.0.1:15020"));
    std::optional<std::string> rtuDevice = args.option("--rtu");
    std::optional<std::string> baud = args.option("--baud");
    double scale = Args::toDouble("--time-scale", args.option("--time-scale").value_or("1"));
    std::string layoutFile =
        args.option("--layout")
            .value_or(std::string(GASBENCH_FIXTURES_DIR) + "/sim/bench-layout.json");
    args.finish();
    if (!(scale > 0.0)) throw UsageError("--time-scale must be above 0");
    if (baud && !rtuDevice) throw UsageError("--baud needs --rtu");

    sim::SimServerConfig config;
    config.tcp = tcp;
    if (rtuDevice) {
        hal::BusConfig rtu;
        rtu.transport = hal::Transport::rtu;
        rtu.device = *rtuDevice;
        rtu.baud = static_cast<int>(Args::toInt("--baud", baud.value_or("9600")));
        if (rtu.baud <= 0) throw UsageError("--baud must be above 0");
        config.rtu = rtu;
    }

    // The server thread must not take the signals: block them here, wait for them below.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    sim::Scenario scenario = sim::loadScenario(scenarioFile);
    ScaledSteadyClock clock(scale);
    sim::SimBench bench(sim::loadBenchLayout(layoutFile), scenario, clock);
    sim::SimServer server(bench, config);
    server.start();
    std::cout << "gasbench sim: scenario " << scenario.id << " (" << scenario.truth.procedure
              << "), time scale " << scale << "x\n";
    std::cout << "listening on tcp " << tcp.host << ":" << server.tcpPort() << "\n";
    if (rtuDevice)
        std::cout << "listening on rtu " << *rtuDevice << " at " << config.rtu->baud << " baud\n";
    std::cout << "units:";
    for (const auto& d : bench.layout().devices) std::cout << ' ' << d.unitId << '=' << d.name;
    std::cout << " " << sim::kControlUnitId << "=control\n" << std::flush;

    int received = 0;
    sigwait(&stopSignals, &received);
    server.stop();
    std::cout << "gasbench sim: stopped (" << (received == SIGINT ? "SIGINT" : "SIGTERM") << ")\n";
    return 0;
}

}  // namespace

GASBENCH_VERB("sim", "run the simulated bench (Modbus TCP/RTU server with a scenario's sample)",
              kUsage, runSim);

}  // namespace gasbench::cli
