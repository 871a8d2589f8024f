// Fuzz target: the simulator's reading of raw Modbus frames from outside (sim/modbus_request):
// TCP and RTU frame lengths, CRC check, the request's unit, function and addresses, and the
// control unit's registers as another process may write them.
//   input: [unit][frame bytes...]
#include <vector>

#include "fuzz_support.hpp"
#include "gasbench/sim/control_unit.hpp"
#include "gasbench/sim/modbus_request.hpp"

extern "C" int GASBENCH_FUZZ_ENTRY(const std::uint8_t* data, std::size_t size) {
    using namespace gasbench::sim;
    if (size < 1) return 0;
    std::span<const std::uint8_t> bytes(data + 1, size - 1);

    if (auto n = tcpFrameLength(bytes); n && *n >= 7 && *n <= bytes.size()) {
        (void)parseRequest(bytes[6], bytes.subspan(7, *n - 7));
    }
    if (auto n = rtuRequestLength(bytes); n && *n > 0 && *n <= bytes.size()) {
        auto frame = bytes.first(*n);
        if (rtuCrcOk(frame) && frame.size() >= 3) (void)parseRequest(frame[0], frame.subspan(1, frame.size() - 3));
    }
    ModbusRequest r = parseRequest(data[0], bytes);
    if (r.read.count > 0) (void)r.read.overlaps(0, 0xFFFF);
    (void)modbusCrc(bytes);

    std::vector<std::uint16_t> registers(control::kRegisterCount, 0);
    for (std::size_t i = 0; i < registers.size() && 2 * i + 1 < bytes.size(); ++i) {
        registers[i] = static_cast<std::uint16_t>(bytes[2 * i] << 8 | bytes[2 * i + 1]);
    }
    (void)readControl(registers, 0);
    return 0;
}
