#include "gasbench/hal/codec.hpp"

#include <bit>
#include <cmath>
#include <limits>
#include <string>

namespace gasbench::hal {
namespace {

std::uint16_t swapBytes(std::uint16_t w) {
    return static_cast<std::uint16_t>((w << 8) | (w >> 8));
}

bool bytesSwapped(WordOrder o) {
    return o == WordOrder::badc || o == WordOrder::dcba;
}
bool wordsSwapped(WordOrder o) {
    return o == WordOrder::cdab || o == WordOrder::dcba;
}

// Two registers as sent -> the 32 bits A B C D, most significant first.
std::uint32_t join(WordOrder order, std::uint16_t first, std::uint16_t second) {
    if (bytesSwapped(order)) {
        first = swapBytes(first);
        second = swapBytes(second);
    }
    std::uint16_t high = wordsSwapped(order) ? second : first;
    std::uint16_t low = wordsSwapped(order) ? first : second;
    return (static_cast<std::uint32_t>(high) << 16) | low;
}

std::vector<std::uint16_t> split(WordOrder order, std::uint32_t bits) {
    auto high = static_cast<std::uint16_t>(bits >> 16);
    auto low = static_cast<std::uint16_t>(bits & 0xFFFFu);
    if (bytesSwapped(order)) {
        high = swapBytes(high);
        low = swapBytes(low);
    }
    return wordsSwapped(order) ? std::vector<std::uint16_t>{low, high}
                               : std::vector<std::uint16_t>{high, low};
}

std::uint16_t single(WordOrder order, std::uint16_t w) {
    return bytesSwapped(order) ? swapBytes(w) : w;
}

EncodeError encodeError(const ChannelSpec& spec, const std::string& problem) {
    return EncodeError("channel '" + spec.name + "': " + problem);
}

// An engineering value as the nearest integer raw value of [low, high].
long long integerRaw(const ChannelSpec& spec, double raw, long long low, long long high) {
    double r = std::nearbyint(raw);
    if (!std::isfinite(r) || r < static_cast<double>(low) || r > static_cast<double>(high)) {
        throw encodeError(spec, "raw value " + std::to_string(raw) + " does not fit a " +
                                    std::string(valueTypeName(spec.type)) + " (" +
                                    std::to_string(low) + " to " + std::to_string(high) + ")");
    }
    return static_cast<long long>(r);
}

void requireDimension(const ChannelSpec& spec, const units::Quantity& value) {
    if (units::dimensionOf(value) != spec.unit.dimension) {
        throw encodeError(spec, "expected a " +
                                    std::string(units::dimensionName(spec.unit.dimension)) +
                                    " value, got a " +
                                    std::string(units::dimensionName(units::dimensionOf(value))));
    }
}

}  // namespace

double decodeEngineering(const ChannelSpec& spec, std::span<const std::uint16_t> words) {
    if (words.size() != spec.width()) {
        throw std::invalid_argument("channel '" + spec.name + "': expected " +
                                    std::to_string(spec.width()) + " registers, got " +
                                    std::to_string(words.size()));
    }
    double raw = 0.0;
    switch (spec.type) {
        case ValueType::boolean:
            raw = words[0] != 0 ? 1.0 : 0.0;
            break;
        case ValueType::u16:
            raw = single(spec.order, words[0]);
            break;
        case ValueType::i16:
            raw = static_cast<std::int16_t>(single(spec.order, words[0]));
            break;
        case ValueType::u32:
            raw = join(spec.order, words[0], words[1]);
            break;
        case ValueType::i32:
            raw = static_cast<std::int32_t>(join(spec.order, words[0], words[1]));
            break;
        case ValueType::f32:
            raw = std::bit_cast<float>(join(spec.order, words[0], words[1]));
            break;
    }
    return raw * spec.scale + spec.offset;
}

units::Quantity decodeChannel(const ChannelSpec& spec, std::span<const std::uint16_t> words) {
    if (spec.type == ValueType::boolean) return decodeEngineering(spec, words) != 0.0;
    return spec.unit.toQuantity(decodeEngineering(spec, words));
}

units::Quantity decodeBit(const ChannelSpec& /*spec*/, std::uint8_t bit) {
    return bit != 0;
}

std::vector<std::uint16_t> encodeEngineering(const ChannelSpec& spec, double engineering) {
    if (!std::isfinite(engineering)) throw encodeError(spec, "value is not a finite number");
    double raw = (engineering - spec.offset) / spec.scale;
    switch (spec.type) {
        case ValueType::boolean:
            return {static_cast<std::uint16_t>(raw >= 0.5 ? 1 : 0)};
        case ValueType::u16:
            return {
                single(spec.order, static_cast<std::uint16_t>(integerRaw(spec, raw, 0, 65535)))};
        case ValueType::i16:
            return {single(spec.order, static_cast<std::uint16_t>(static_cast<std::int16_t>(
                                           integerRaw(spec, raw, -32768, 32767))))};
        case ValueType::u32:
            return split(spec.order,
                         static_cast<std::uint32_t>(integerRaw(spec, raw, 0, 4294967295LL)));
        case ValueType::i32:
            return split(spec.order, static_cast<std::uint32_t>(static_cast<std::int32_t>(
                                         integerRaw(spec, raw, -2147483648LL, 2147483647LL))));
        case ValueType::f32: {
            if (std::fabs(raw) > static_cast<double>(std::numeric_limits<float>::max())) {
                throw encodeError(spec, "raw value " + std::to_string(raw) + " does not fit a f32");
            }
            return split(spec.order, std::bit_cast<std::uint32_t>(static_cast<float>(raw)));
        }
    }
    throw encodeError(spec, "unknown value type");
}

std::vector<std::uint16_t> encodeChannel(const ChannelSpec& spec, const units::Quantity& value) {
    if (spec.type == ValueType::boolean)
        return {static_cast<std::uint16_t>(encodeBit(spec, value) ? 1 : 0)};
    requireDimension(spec, value);
    return encodeEngineering(spec, spec.unit.fromQuantity(value));
}

bool encodeBit(const ChannelSpec& spec, const units::Quantity& value) {
    if (!std::holds_alternative<bool>(value)) {
        throw encodeError(spec, "expected a state (bool) value, got a " +
                                    std::string(units::dimensionName(units::dimensionOf(value))));
    }
    return std::get<bool>(value);
}

void requireInRange(const ChannelSpec& spec, const units::Quantity& value) {
    requireDimension(spec, value);
    if (inRange(spec, value)) return;
    double eng = spec.unit.fromQuantity(value);
    throw encodeError(
        spec, std::to_string(eng) + " " + spec.unit.symbol + " is outside its range " +
                  (spec.rangeLow ? std::to_string(*spec.rangeLow) : std::string("-inf")) + " to " +
                  (spec.rangeHigh ? std::to_string(*spec.rangeHigh) : std::string("+inf")));
}

bool inRange(const ChannelSpec& spec, const units::Quantity& value) {
    if (std::holds_alternative<bool>(value)) return true;
    double eng = spec.unit.fromQuantity(value);
    if (std::isnan(eng)) return false;
    if (spec.rangeLow && eng < *spec.rangeLow - 1e-9 * std::fabs(*spec.rangeLow)) return false;
    if (spec.rangeHigh && eng > *spec.rangeHigh + 1e-9 * std::fabs(*spec.rangeHigh)) return false;
    return true;
}

}  // namespace gasbench::hal
