#pragma once
// The wire time of one RTU transaction on a real serial line. A socat pseudo-terminal pair
// passes bytes at once whatever the baud rate, so the simulator holds each answer back by this
// much to behave like the line it stands in for (MEASURED.md: ~24 transactions/s at 9600 8N1
// for a 10-register read, ~157/s at 115200).

#include <cstddef>

#include "gasbench/hal/bus_config.hpp"
#include "gasbench/core/units.hpp"

namespace gasbench::sim {

// One character: start bit, data bits, parity bit if any, stop bits.
units::Duration characterTime(const hal::BusConfig& line);
// The silence that ends a frame: 3.5 characters, and at least 1.75 ms above 19200 baud.
units::Duration frameSilence(const hal::BusConfig& line);
// Request on the wire, silence, answer on the wire, silence.
units::Duration transactionTime(const hal::BusConfig& line, std::size_t requestBytes,
                                std::size_t answerBytes);

}  // namespace gasbench::sim
