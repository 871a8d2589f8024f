// Fuzz target: what the controller makes of a device's answer — the codec turning arbitrary
// register words (and bits) into quantities for every value type and word order, with a
// fuzzed scale and offset, and back again where the value allows it.
//   input: [type][order][unit][scale: 8 bytes][offset: 8 bytes][words...]
#include <array>
#include <cstring>
#include <vector>

#include "fuzz_support.hpp"
#include "gasbench/hal/codec.hpp"

namespace {

using namespace gasbench;

double takeDouble(const std::uint8_t*& data, std::size_t& size) {
    double d = 1.0;
    if (size >= sizeof d) {
        std::memcpy(&d, data, sizeof d);
        data += sizeof d;
        size -= sizeof d;
    }
    return d;
}

}  // namespace

extern "C" int GASBENCH_FUZZ_ENTRY(const std::uint8_t* data, std::size_t size) {
    static const std::array<hal::ValueType, 6> kTypes{hal::ValueType::boolean, hal::ValueType::u16,
                                                      hal::ValueType::i16,     hal::ValueType::u32,
                                                      hal::ValueType::i32,     hal::ValueType::f32};
    static const std::array<hal::WordOrder, 4> kOrders{hal::WordOrder::abcd, hal::WordOrder::badc,
                                                       hal::WordOrder::cdab, hal::WordOrder::dcba};
    static const std::array<const char*, 6> kUnits{"kPa", "Pa", "degC", "L/h", "1", "s"};
    if (size < 3) return 0;
    hal::ChannelSpec spec;
    spec.name = "fuzzed";
    spec.type = kTypes[data[0] % kTypes.size()];
    spec.order = kOrders[data[1] % kOrders.size()];
    const char* unit = spec.type == hal::ValueType::boolean ? "bool" : kUnits[data[2] % kUnits.size()];
    if (!units::parseUnit(unit, spec.unit)) std::abort();
    data += 3;
    size -= 3;
    spec.scale = takeDouble(data, size);
    spec.offset = takeDouble(data, size);

    std::vector<std::uint16_t> words(size / 2);
    for (std::size_t i = 0; i < words.size(); ++i) words[i] = static_cast<std::uint16_t>(data[2 * i] << 8 | data[2 * i + 1]);

    if (spec.type == hal::ValueType::boolean) {
        for (std::uint8_t b : {std::uint8_t{0}, std::uint8_t{1}, size > 0 ? data[0] : std::uint8_t{2}}) {
            units::Quantity q = hal::decodeBit(spec, b);
            (void)hal::encodeBit(spec, q);
        }
        return 0;
    }
    spec.function = hal::RegisterFunction::holdingRegister;
    // Every window of the words as the channel's registers; a wrong count is refused, not read.
    for (std::size_t at = 0; at + spec.width() <= words.size(); ++at) {
        std::span<const std::uint16_t> raw(words.data() + at, spec.width());
        units::Quantity q = hal::decodeChannel(spec, raw);
        (void)hal::inRange(spec, q);
        try {
            std::vector<std::uint16_t> back = hal::encodeChannel(spec, q);
            if (back.size() != spec.width()) std::abort();
        } catch (const hal::EncodeError&) {
        }
    }
    try {
        (void)hal::decodeChannel(spec, std::span<const std::uint16_t>(words.data(), words.size() % 3));
    } catch (const std::invalid_argument&) {
    }
    return 0;
}
