#pragma once
// What the thin device drivers share: checking at construction that a map has the channels a
// driver needs (with the right dimension), and typed reads of one channel.

#include <string>
#include <variant>

#include "gasbench/hal/config_error.hpp"
#include "gasbench/hal/device.hpp"

namespace gasbench::hal {

// Throws ConfigError naming the map file unless `map` has a channel `name` of `dimension`.
void requireChannel(const DeviceMap& map, const std::string& name, units::Dimension dimension);

// Reads a channel and hands back its value as Q (a quantity type, or bool).
template <typename Q>
LinkResult<Q> readAs(Device& device, ModbusLink& link, const std::string& channel) {
    LinkResult<units::Quantity> r = device.read(link, channel);
    LinkResult<Q> out{std::nullopt, r.error, r.started, r.finished, r.attempts};
    if (r.value) out.value = std::get<Q>(*r.value);  // requireChannel checked the dimension
    return out;
}

// A whole-number channel (state word, counter) as an integer.
LinkResult<int> readCount(Device& device, ModbusLink& link, const std::string& channel);

}  // namespace gasbench::hal
