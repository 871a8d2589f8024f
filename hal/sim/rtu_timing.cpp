#include "gasbench/sim/rtu_timing.hpp"

#include <algorithm>

namespace gasbench::sim {

units::Duration characterTime(const hal::BusConfig& line) {
    int bits = 1 + line.dataBits + (line.parity == 'N' ? 0 : 1) + line.stopBits;
    return units::seconds(static_cast<double>(bits) / static_cast<double>(line.baud));
}

units::Duration frameSilence(const hal::BusConfig& line) {
    units::Duration silence = 3.5 * characterTime(line);
    if (line.baud > 19200) silence = std::max(silence, units::milliseconds(1.75));
    return silence;
}

units::Duration transactionTime(const hal::BusConfig& line, std::size_t requestBytes,
                                std::size_t answerBytes) {
    return static_cast<double>(requestBytes + answerBytes) * characterTime(line) +
           2.0 * frameSilence(line);
}

}  // namespace gasbench::sim
