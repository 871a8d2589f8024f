#include "gasbench/sim/modbus_request.hpp"

namespace gasbench::sim {
namespace {

std::uint16_t word(std::span<const std::uint8_t> b, std::size_t at) {
    if (at + 1 >= b.size()) return 0;
    return static_cast<std::uint16_t>((b[at] << 8) | b[at + 1]);
}

}  // namespace

ModbusRequest parseRequest(int unitId, std::span<const std::uint8_t> pdu) {
    ModbusRequest r;
    r.unitId = unitId;
    if (pdu.empty()) return r;
    r.function = pdu[0];
    std::uint16_t address = word(pdu, 1);
    std::uint16_t quantity = word(pdu, 3);
    switch (r.function) {
        case 1:
        case 2:
        case 3:
        case 4:
            r.read = {address, quantity};
            break;
        case 5:
        case 6:
        case 22:
            r.write = {address, 1};
            break;
        case 15:
        case 16:
            r.write = {address, quantity};
            break;
        case 23:
            r.read = {address, quantity};
            r.write = {word(pdu, 5), word(pdu, 7)};
            break;
        default:
            break;
    }
    return r;
}

std::optional<std::size_t> tcpFrameLength(std::span<const std::uint8_t> bytes) {
    if (bytes.size() < 7) return std::nullopt;
    return static_cast<std::size_t>(word(bytes, 4)) + 6;
}

std::optional<std::size_t> rtuRequestLength(std::span<const std::uint8_t> b) {
    if (b.size() < 2) return std::nullopt;
    switch (b[1]) {
        case 1:
        case 2:
        case 3:
        case 4:
        case 5:
        case 6:
            return 8;
        case 7:
        case 11:
        case 12:
        case 17:
            return 4;
        case 22:
            return 10;
        case 15:
        case 16:
            if (b.size() < 7) return std::nullopt;
            return 9 + static_cast<std::size_t>(b[6]);
        case 23:
            if (b.size() < 11) return std::nullopt;
            return 13 + static_cast<std::size_t>(b[10]);
        default:
            return 0;
    }
}

std::uint16_t modbusCrc(std::span<const std::uint8_t> bytes) {
    std::uint16_t crc = 0xFFFF;
    for (std::uint8_t byte : bytes) {
        crc ^= byte;
        for (int i = 0; i < 8; ++i)
            crc = (crc & 1) != 0 ? static_cast<std::uint16_t>((crc >> 1) ^ 0xA001)
                                 : static_cast<std::uint16_t>(crc >> 1);
    }
    return crc;
}

bool rtuCrcOk(std::span<const std::uint8_t> frame) {
    if (frame.size() < 4) return false;
    std::uint16_t crc = modbusCrc(frame.first(frame.size() - 2));
    return frame[frame.size() - 2] == (crc & 0xFF) && frame[frame.size() - 1] == (crc >> 8);
}

}  // namespace gasbench::sim
