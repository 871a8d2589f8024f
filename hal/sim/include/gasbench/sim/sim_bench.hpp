#pragma once
// The simulated bench behind the Modbus server: one register mapping per unit id of the layout
// (plus the control unit), the sample's model advanced on the bench clock, the outputs
// watchdog, and the faults. The server thread calls handle() for every request and tick() when
// idle; any other thread may inject faults and technician actions or read signals.

#include <modbus/modbus.h>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "gasbench/core/clock.hpp"
#include "gasbench/sim/bench_layout.hpp"
#include "gasbench/sim/modbus_request.hpp"
#include "gasbench/sim/output_watchdog.hpp"
#include "gasbench/sim/scenario.hpp"
#include "gasbench/sim/signals.hpp"

namespace gasbench::sim {

class SimBench {
  public:
    SimBench(BenchLayout layout, Scenario scenario, const Clock& clock);
    ~SimBench();
    SimBench(const SimBench&) = delete;
    SimBench& operator=(const SimBench&) = delete;

    const Clock& clock() const { return clock_; }
    const BenchLayout& layout() const { return layout_; }
    const Scenario& scenario() const { return scenario_; }

    // --- the server thread ---
    // Brings the bench up to `now`, lets `serve` answer from the unit's mapping (nullptr for a
    // unit the bench does not have), then takes in what the request wrote.
    void handle(const ModbusRequest& request, Nanos now,
                const std::function<void(modbus_mapping_t*)>& serve);
    void tick(Nanos now);
    // The link faults active at `now` for a unit; unit 0 asks for every unit's (connection
    // faults). The control unit has none.
    std::vector<Fault> linkFaults(int unitId, Nanos now) const;
    // A restart asked through the control unit, once.
    std::chrono::milliseconds takeRestartRequest();

    // --- any thread ---
    // A fault from now until cleared; returns its id. Channel faults name unit and channel.
    int injectFault(Fault fault);
    void clearFault(int id);
    void clearInjectedFaults();
    void setKnobHeld(bool held);
    void blowOut();
    std::optional<units::Quantity> signal(const std::string& name) const;
    bool watchdogLapsed() const;

  private:
    enum class Source { scenario, injected, control };
    struct ActiveFault {
        Fault fault;
        int id = 0;
        Source source = Source::scenario;
        std::optional<units::Quantity> frozen;
        std::mt19937_64 rng;
    };
    struct Unit {
        const BenchDevice* device = nullptr;
        modbus_mapping_t* mapping = nullptr;
        std::vector<hal::ChannelSpec> specs;  // the map's channels without plausible ranges
    };

    Unit* unit(int unitId);
    void readOutputs();
    void writeInputs(Nanos now, const Signals& before);
    units::Quantity faulted(int unitId, const hal::ChannelSpec& spec, units::Quantity q, Nanos now);
    void enterSafeState();
    void applyControl(Nanos now);
    void advanceTo(Nanos now);

    BenchLayout layout_;
    Scenario scenario_;
    const Clock& clock_;
    std::unique_ptr<SampleModel> model_;
    std::vector<Unit> units_;
    modbus_mapping_t* control_ = nullptr;
    Unit* outputs_ = nullptr;
    std::optional<OutputWatchdog> watchdog_;

    mutable std::mutex mutex_;
    Signals signals_;
    Nanos start_ = 0;
    Nanos simTime_ = 0;
    std::size_t nextEvent_ = 0;
    std::vector<ActiveFault> faults_;
    int nextFaultId_ = 1;
    std::chrono::milliseconds restartRequest_{0};
};

}  // namespace gasbench::sim
