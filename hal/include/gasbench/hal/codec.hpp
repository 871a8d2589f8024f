#pragma once
// The one place raw Modbus words and bits become quantities and back: engineering value =
// raw * scale + offset in the channel's unit, then the unit turns it into a Boost.Units quantity.
// 32-bit values follow the channel's word order, named as libmodbus's modbus_get_float_* name
// theirs (abcd: first register holds the most significant bytes A B). On a 16-bit value the
// byte-swapped orders (badc, dcba) swap its two bytes; abcd and cdab leave it alone.

#include <cstdint>
#include <span>
#include <stdexcept>
#include <vector>

#include "gasbench/hal/register_map.hpp"
#include "gasbench/core/units.hpp"

namespace gasbench::hal {

// A value that cannot be written to a channel: wrong dimension, outside the channel's range,
// or not representable in its raw type. The message names the channel.
class EncodeError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Raw words (registers) -> engineering value, before the unit. `words` holds width() words.
double decodeEngineering(const ChannelSpec& spec, std::span<const std::uint16_t> words);
// Raw words -> quantity. Throws std::invalid_argument if words.size() != spec.width().
units::Quantity decodeChannel(const ChannelSpec& spec, std::span<const std::uint16_t> words);
// A coil or discrete input's bit -> a state quantity (bool).
units::Quantity decodeBit(const ChannelSpec& spec, std::uint8_t bit);

// Engineering value -> raw words, rounding integers to the nearest step. Throws EncodeError when
// the raw type cannot carry it. No range check: a simulator may serve an implausible value;
// writes from the controller call requireInRange first.
std::vector<std::uint16_t> encodeEngineering(const ChannelSpec& spec, double engineering);
// Quantity -> raw words for a register write. Throws EncodeError.
std::vector<std::uint16_t> encodeChannel(const ChannelSpec& spec, const units::Quantity& value);
// Quantity (bool) -> bit for a coil write. Throws EncodeError.
bool encodeBit(const ChannelSpec& spec, const units::Quantity& value);

// Throws EncodeError (naming the channel and its range) unless inRange.
void requireInRange(const ChannelSpec& spec, const units::Quantity& value);

// Whether a decoded value lies within the channel's plausible range (inclusive; an absent
// bound does not limit). Bools are always in range.
bool inRange(const ChannelSpec& spec, const units::Quantity& value);

}  // namespace gasbench::hal
