// The rows and columns of the fault-injection matrix.
#include <stdexcept>

#include "fault_cell.hpp"

namespace gasbench::safety {

using sim::FaultKind;
using namespace std::chrono_literals;

const std::vector<ProcedureCase>& procedureCases() {
    static const std::vector<ProcedureCase> cases{
        {"flame-failure", "C-2026-001-T", "cooker-ffd-pass.json", 3, "thermocouple", 0.5},
        {"regulator-outlet-pressure", "C-2026-002-T", "regulator-pass.json", 2, "pressure", 0.05},
        {"hose-leakage", "C-2026-003-T", "hose-tight.json", 2, "pressure", 0.05},
        {"lpg-dme", "C-2026-004-T", "lpg-clean.json", 6, "dme_vol", 0.05},
    };
    return cases;
}

const std::vector<FaultCase>& faultCases() {
    // At the matrix's time scale (50) the outputs device's watchdog (2 s of bench time) lapses
    // after 40 ms of wall time: any outage that cuts the controller off the outputs device for
    // longer (the bus reconnects after 200 ms) lapses it, and the run must end. Ride-through is
    // expected only of faults that leave the outputs device reachable. Every sample conforms:
    // no cell may end with verdict fail (pass, inconclusive or aborted with a cause).
    static const std::vector<FaultCase> cases{
        {"link dropped 0.3 s", FaultKind::dropConnections, false, false, 0, 300ms, Expect::either},
        {"link dropped for good", FaultKind::dropConnections, false, false, 0, 0ms, Expect::aborted},
        {"late answers 100 ms", FaultKind::delay, false, false, 100, 0ms, Expect::either},
        {"late answers 1.5 s", FaultKind::delay, false, false, 1500, 0ms, Expect::aborted},
        {"CRC errors 0.3 s (RTU)", FaultKind::corruptCrc, false, true, 0, 300ms, Expect::either},
        {"CRC errors for good (RTU)", FaultKind::corruptCrc, false, true, 0, 0ms, Expect::aborted},
        {"exception 4 from key device", FaultKind::exception, true, false, 4, 0ms, Expect::aborted},
        // The busy device's retries hold the bus (one worker per bus) for ~3 s of bench time,
        // past the outputs watchdog: a run may end on the lapse rather than ride through.
        {"exception 6 (busy) 0.3 s", FaultKind::exception, true, false, 6, 300ms, Expect::either},
        {"frozen key sensor", FaultKind::freeze, true, false, 0, 0ms, Expect::either},
        {"noisy key sensor", FaultKind::noise, true, false, 0, 0ms, Expect::either},
        {"server restart 0.5 s", FaultKind::restart, false, false, 500, 0ms, Expect::aborted},
        // The outputs device (unit 5) refuses its watchdog refreshes and the lapse flag (registers
        // 10-11, exception 2): it lapses and shuts the gas; the run must end on the watchdog.
        {"exception 2 on the watchdog register", FaultKind::exception, false, false, 2, 0ms, Expect::aborted, 5, 10, 11},
        // A second connection holds the database's write lock: 1 s is ridden through (the
        // readings queue up), 12 s is past the writer's 10 s limit and ends failed-to-record.
        {"storage locked 1 s", FaultKind::delay, false, false, 0, 1000ms, Expect::either, 0, 0, 0xFFFF, true},
        {"storage locked 12 s", FaultKind::delay, false, false, 0, 12000ms, Expect::aborted, 0, 0, 0xFFFF, true},
        // The database's disk fills up: the run ends failed-to-record, closed in the room it
        // kept for that. A second program's recovery through another path leaves the live run be.
        {"disk full", FaultKind::delay, false, false, 0, 0ms, Expect::aborted, 0, 0, 0xFFFF, false, true},
        {"second path to the database", FaultKind::delay, false, false, 0, 0ms, Expect::completed, 0, 0, 0xFFFF,
         false, false, true},
    };
    return cases;
}

const ProcedureCase& procedureCase(const std::string& procedure) {
    for (const auto& p : procedureCases()) {
        if (p.procedure == procedure) return p;
    }
    throw std::invalid_argument("no matrix row for procedure " + procedure);
}

const FaultCase& faultCase(const std::string& name) {
    for (const auto& f : faultCases()) {
        if (f.name == name) return f;
    }
    throw std::invalid_argument("no matrix column " + name);
}

}  // namespace gasbench::safety
