#pragma once
// One cell of the fault-injection matrix: a procedure run on the simulated bench (in this
// process, over loopback TCP or over RTU on a socat pty pair) with one fault injected once the
// procedure has opened the gas, and what came of it: how the run ended and why, whether and
// how soon the gas was shut (by the controller or by the outputs device's watchdog), and
// whether everything committed is intact after the database is opened again.

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/sim/fault.hpp"

namespace gasbench::safety {

enum class Expect { completed, aborted, either };

struct FaultCase {
    std::string name;  // "link dropped 0.3 s", as the matrix shows it
    sim::FaultKind kind = sim::FaultKind::dropConnections;
    bool onKeySensor = false;  // the fault is on the procedure's key sensor (channel or its device)
    bool rtu = false;          // the station reaches the bench over RTU instead of TCP
    double amount = 0.0;       // delay (ms), noise sigma (channel unit), exception code
    std::chrono::milliseconds hold{0};  // wall time the fault lasts; 0: until the run ends
    Expect expect = Expect::either;
    int unitId = 0;  // the fault's unit when not the key sensor's (0: every unit)
    std::uint16_t firstAddress = 0;  // exceptions: the addresses that answer with one
    std::uint16_t lastAddress = 0xFFFF;
    // Not on the bench: a second connection holds the database's write lock for `hold`.
    bool storageLock = false;
    // Not on the bench: the database's file system (a 16 MiB tmpfs) fills up.
    bool diskFull = false;
    // Not on the bench: a second program opens the database through a symbolic link and runs
    // its start-up recovery, as `gasbench runs list --db link.db` would.
    bool secondPath = false;
};

struct ProcedureCase {
    std::string procedure;
    std::string sample;
    std::string scenario;  // in fixtures/scenarios/
    int keyUnit = 0;        // the device of the sensor the verdict rests on
    std::string keyChannel;
    double noise = 0.0;     // a noticeable sigma for that sensor, in its unit
};

struct CellResult {
    std::string procedure;
    std::string fault;
    std::string state;  // completed, aborted, failed-to-run, failed-to-record
    std::string verdict;
    std::string cause;
    std::string failedItems;  // completed with verdict fail: each failed trial, value and note
    bool faultInjected = false;
    bool gasShutAtEnd = false;        // solenoids closed, knob released, igniter off on the bench
    bool setpointsZeroAtEnd = false;  // flow and pressure set-points zero too
    std::string shutBy;               // "controller" (sample vented) or "watchdog"
    std::string openAtEnd;            // the outputs still on at the end, when the gas is not shut
    std::optional<double> shutLatencyMs;  // fault onset -> gas shut, for runs that did not complete
    bool committedIntact = false;     // integrity, audit chain, run closed as reported, nothing lost
    std::string problem;              // what broke, when something did
    double wallSeconds = 0.0;
    bool failedSafe = false;  // a defined end (completed, or not with a cause), gas shut, data intact
    bool asExpected = false;  // failedSafe, and completed or not as the fault case expects
};

const std::vector<ProcedureCase>& procedureCases();
const std::vector<FaultCase>& faultCases();
const ProcedureCase& procedureCase(const std::string& procedure);
const FaultCase& faultCase(const std::string& name);

inline constexpr double kMatrixTimeScale = 50.0;

// At time scale 1 a short glitch (held under 1 s, on the bench) is what the bus's retries and
// reconnects are for: the run must ride through it and complete.
bool ridesThroughAtRealTime(const FaultCase& fault, double timeScale);

CellResult runCell(const ProcedureCase& procedure, const FaultCase& fault, double timeScale = kMatrixTimeScale);

}  // namespace gasbench::safety
