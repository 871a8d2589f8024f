#pragma once
// The simulator's control unit (Modbus unit id 247): holding registers through which a separate
// process (a test, an operator stand-in) injects faults and technician actions. Every write
// re-reads the whole block; registers keep their value (read them back) except the actions
// blow_out and restart_ms, which read back 0 once taken.
//
//  addr  register              meaning
//   0    knob_held             1 = the technician holds the cooker's knob
//   1    blow_out              write 1: the flame is blown out
//   2    link_fault_unit       the unit the link faults below apply to (0 = every unit)
//   3    refuse_connections    1 = the TCP listener is closed (connect is refused)
//   4    drop_connections      1 = a connection that sends a request is closed, unanswered
//   5    delay_ms              answers leave this late (0 = on time)
//   6    corrupt_crc           1 = RTU answers carry a wrong CRC
//   7    exception_code        answer with this exception (0 = off) for requests touching
//   8    exception_first       addresses first..last
//   9    exception_last
//  10    restart_ms            write N: the server goes down for N ms (wall), then comes back
//  11    channel_unit          the channel faults below apply to channel `channel_index` (its
//  12    channel_index         position in the device map's channels) of unit channel_unit
//  13    freeze                1 = the channel keeps its present value
//  14-15 noise_sd              f32 (abcd), one sigma in the channel's unit (0 = none)
//  16-17 drift_per_s           f32 (abcd), channel units per bench second (0 = none)
// The control unit itself never suffers these faults, so they can always be cleared.

#include <chrono>
#include <cstdint>
#include <span>
#include <vector>

#include "gasbench/sim/fault.hpp"

namespace gasbench::sim {

namespace control {
inline constexpr int kKnobHeld = 0;
inline constexpr int kBlowOut = 1;
inline constexpr int kLinkFaultUnit = 2;
inline constexpr int kRefuseConnections = 3;
inline constexpr int kDropConnections = 4;
inline constexpr int kDelayMs = 5;
inline constexpr int kCorruptCrc = 6;
inline constexpr int kExceptionCode = 7;
inline constexpr int kExceptionFirst = 8;
inline constexpr int kExceptionLast = 9;
inline constexpr int kRestartMs = 10;
inline constexpr int kChannelUnit = 11;
inline constexpr int kChannelIndex = 12;
inline constexpr int kFreeze = 13;
inline constexpr int kNoiseSd = 14;
inline constexpr int kDriftPerS = 16;
inline constexpr int kRegisterCount = 18;
}  // namespace control

// What the control registers ask for. Channel faults carry the channel's index in `channel`
// until the bench turns it into a name.
struct ControlRequest {
    bool knobHeld = false;
    bool blowOut = false;
    std::chrono::milliseconds restart{0};
    std::vector<Fault> faults;  // active from `now` until the next write
    int channelIndex = -1;
};

ControlRequest readControl(std::span<const std::uint16_t> registers, Nanos now);

}  // namespace gasbench::sim
