#pragma once
// A fault of the simulated bench: on the link (refuse or drop connections, answer late, corrupt
// the CRC, answer with an exception, restart the server) or on one channel's value (freeze it,
// add noise, add drift). Scenario faults carry a bench-time window; faults injected at run time
// (C++ API, control unit) are active from when they are injected until cleared.

#include <cstdint>
#include <limits>
#include <string>

#include "gasbench/core/clock.hpp"
#include "gasbench/core/json_fields.hpp"

namespace gasbench::sim {

enum class FaultKind {
    refuseConnections,  // the listening socket is closed: connect() is refused
    dropConnections,    // a connection that sends a request is closed without an answer
    delay,              // answers leave late by `delay` (wall time)
    corruptCrc,         // RTU answers carry a wrong CRC
    exception,  // requests touching [firstAddress, lastAddress] get exception `exceptionCode`
    restart,    // the server is down (no listener, connections closed) for the window
    freeze,     // the channel keeps the value it had when the fault began
    noise,      // the channel gets Gaussian noise of `amount` (channel unit, one sigma)
    drift,      // the channel drifts by `amount` channel units per bench second
};

struct Fault {
    FaultKind kind = FaultKind::delay;
    int unitId = 0;       // 0: every unit
    std::string channel;  // the channel faults
    Nanos from = 0;
    Nanos until = std::numeric_limits<Nanos>::max();
    units::Duration delay = units::seconds(0.0);
    int exceptionCode = 4;  // slave device failure
    std::uint16_t firstAddress = 0;
    std::uint16_t lastAddress = 0xFFFF;
    double amount = 0.0;
    std::uint64_t seed = 1;

    bool activeAt(Nanos now) const { return now >= from && now < until; }
    bool appliesTo(int unit) const { return unitId == 0 || unitId == unit; }
    bool onChannel() const {
        return kind == FaultKind::freeze || kind == FaultKind::noise || kind == FaultKind::drift;
    }
};

// Reads one entry of a scenario's "faults" array.
Fault parseFault(const JsonFields& f);
std::string_view faultKindName(FaultKind k);

}  // namespace gasbench::sim
