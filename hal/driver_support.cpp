#include "gasbench/hal/driver_support.hpp"

#include <cmath>

namespace gasbench::hal {

void requireChannel(const DeviceMap& map, const std::string& name, units::Dimension dimension) {
    const ChannelSpec* c = map.find(name);
    if (c == nullptr) {
        throw ConfigError(map.sourceFile, "channels",
                          "expected a channel '" + name + "' for a " + map.kind + " driver");
    }
    if (c->unit.dimension != dimension) {
        throw ConfigError(map.sourceFile, "channels." + name + ".unit",
                          "expected a " + std::string(units::dimensionName(dimension)) +
                              " unit, found '" + c->unit.symbol + "'");
    }
}

LinkResult<int> readCount(Device& device, ModbusLink& link, const std::string& channel) {
    LinkResult<units::Fraction> r = readAs<units::Fraction>(device, link, channel);
    LinkResult<int> out{std::nullopt, r.error, r.started, r.finished, r.attempts};
    if (r.value) out.value = static_cast<int>(std::lround(r.value->value()));
    return out;
}

}  // namespace gasbench::hal
