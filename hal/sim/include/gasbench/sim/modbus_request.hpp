#pragma once
// What a Modbus request asks, read from its bytes: the unit, the function, the addresses it
// reads and writes; and how long a request frame is on TCP (MBAP length) and on RTU (by
// function code, as a slave must tell where a frame ends without timing on a pty).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace gasbench::sim {

struct AddressRange {
    std::uint16_t first = 0;
    std::uint16_t count = 0;
    bool overlaps(std::uint16_t low, std::uint16_t high) const {
        return count > 0 && first <= high && static_cast<int>(first) + count - 1 >= low;
    }
};

struct ModbusRequest {
    int unitId = 0;
    int function = 0;
    AddressRange read;
    AddressRange write;
    bool writesCoils() const { return write.count > 0 && (function == 5 || function == 15); }
    bool writesRegisters() const {
        return write.count > 0 &&
               (function == 6 || function == 16 || function == 22 || function == 23);
    }
};

// `pdu` starts at the function code; `unitId` from the header.
ModbusRequest parseRequest(int unitId, std::span<const std::uint8_t> pdu);

// The whole TCP frame's length (MBAP header included) once 7 bytes are in; nullopt before.
std::optional<std::size_t> tcpFrameLength(std::span<const std::uint8_t> bytes);
// The RTU request frame's length (CRC included); nullopt while more bytes are needed; 0 for a
// function code whose length cannot be known (the caller discards the buffer).
std::optional<std::size_t> rtuRequestLength(std::span<const std::uint8_t> bytes);
// Modbus CRC-16 (polynomial 0xA001, initial 0xFFFF), sent low byte first.
std::uint16_t modbusCrc(std::span<const std::uint8_t> bytes);
bool rtuCrcOk(std::span<const std::uint8_t> frame);

}  // namespace gasbench::sim
