// gasbench probe: read channels of a station once (or watch them), each with its value and
// unit — for setting up a bench and checking wiring.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include "gasbench/core/clock.hpp"
#include "gasbench/station/in_process_simulator.hpp"
#include "gasbench/station/run_guard.hpp"
#include "gasbench/station/station.hpp"
#include "verb.hpp"

namespace gasbench::cli {
namespace {

const char* kUsage =
    "usage: gasbench probe --station FILE [--simulate SCENARIO] [--watch [--rate HZ] [--count N]] CHANNEL...\n"
    "  CHANNEL is DEVICE.CHANNEL (inlet.pressure) or a role (inlet_pressure).\n"
    "  Prints each channel's value and unit once, or every 1/HZ seconds with --watch.\n";

std::string formatReading(const station::StationChannel& ch, const std::optional<Reading>& r) {
    if (!r) return "no reading";
    if (!r->ok()) return std::string("error: ") + std::string(readingStatusName(r->status));
    if (units::dimensionOf(r->value) == units::Dimension::state) return std::get<bool>(r->value) ? "true" : "false";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", ch.spec->unit.fromQuantity(r->value));
    return std::string(buf) + " " + ch.spec->unit.symbol;
}

int runProbe(Args& args) {
    std::string stationFile = args.require("--station");
    auto scenario = args.option("--simulate");
    bool watch = args.flag("--watch");
    double rate = Args::toDouble("--rate", args.option("--rate").value_or("1"));
    long count = Args::toInt("--count", args.option("--count").value_or("0"));
    if (rate <= 0 || rate > 100) throw UsageError("--rate expects 0 < HZ <= 100");
    std::vector<std::string> names;
    while (auto p = args.positional()) names.push_back(*p);
    args.finish();
    if (names.empty()) throw UsageError("name at least one CHANNEL");

    ScaledSteadyClock clock(1.0);
    station::StationConfig config = station::loadStationConfig(stationFile);
    std::unique_ptr<station::InProcessSimulator> sim;
    if (scenario) {
        sim = std::make_unique<station::InProcessSimulator>(*scenario, std::string(GASBENCH_FIXTURES_DIR) + "/sim/bench-layout.json", clock);
        config.retargetTcp("127.0.0.1", sim->port());
    }
    std::vector<ChannelId> ids;
    for (const auto& n : names) {
        if (const auto* ch = config.findChannel(n)) ids.push_back(ch->id);
        else if (auto r = config.role(n)) ids.push_back(*r);
        else throw UsageError("no channel or role '" + n + "' in " + stationFile);
    }
    station::RunGuard::installSignalHandlers();
    station::Station st(std::move(config), clock);
    st.start();
    using namespace std::chrono_literals;
    // Once: wait (bounded) for the first reading of each.
    auto deadline = std::chrono::steady_clock::now() + 3s;
    long printed = 0;
    int failures = 0;
    do {
        if (watch && printed > 0) std::this_thread::sleep_for(std::chrono::duration<double>(1.0 / rate));
        if (!watch) {
            for (ChannelId id : ids) {
                while (!st.hub().latest(id) && std::chrono::steady_clock::now() < deadline) std::this_thread::sleep_for(10ms);
            }
        }
        for (ChannelId id : ids) {
            const auto& ch = st.config().channel(id);
            auto r = st.hub().latest(id);
            if (!r || !r->ok()) ++failures;
            std::cout << ch.qualifiedName << " = " << formatReading(ch, r) << '\n';
        }
        std::cout.flush();
        ++printed;
    } while (watch && (count == 0 || printed < count) && !station::RunGuard::terminationRequested());
    st.stop();
    return (!watch && failures > 0) ? 1 : 0;
}

}  // namespace

GASBENCH_VERB("probe", "read a station's channels once, or watch them", kUsage, runProbe);

}  // namespace gasbench::cli
