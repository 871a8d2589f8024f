#pragma once
// One reading of one channel, published once by the bus worker that took it.

#include <cstdint>
#include <string_view>

#include "gasbench/core/clock.hpp"
#include "gasbench/core/units.hpp"

namespace gasbench {

// A channel's index in its station (assigned when the station config is loaded).
using ChannelId = std::uint32_t;

// Why a reading has no trustworthy value. Ok readings carry a value; the others carry the last
// value seen, or none.
enum class ReadingStatus : std::uint8_t {
    Ok = 0,
    Timeout,      // no answer within the request timeout
    LinkDown,     // connection refused, dropped or not open
    Crc,          // CRC or framing error (RTU)
    Exception,    // the device answered with a Modbus exception
    BadLength,    // an answer of the wrong length or shape
    OutOfRange,   // decoded, but outside the channel's plausible range
};

std::string_view readingStatusName(ReadingStatus s);

struct Reading {
    ChannelId channel = 0;
    Nanos stamp = 0;  // monotonic bench time at the midpoint of the request
    units::Quantity value{false};
    ReadingStatus status = ReadingStatus::Ok;

    bool ok() const { return status == ReadingStatus::Ok; }
};

}  // namespace gasbench
