#include "gasbench/hal/device.hpp"

#include <algorithm>
#include <stdexcept>

#include "gasbench/hal/codec.hpp"

namespace gasbench::hal {

std::string_view deviceStateName(DeviceState s) {
    switch (s) {
        case DeviceState::unconfigured:
            return "unconfigured";
        case DeviceState::configured:
            return "configured";
        case DeviceState::active:
            return "active";
        case DeviceState::armed:
            return "armed";
        case DeviceState::stopped:
            return "stopped";
        case DeviceState::faulted:
            return "faulted";
    }
    return "?";
}

Device::Device(int unitId, const DeviceMap& map) : unitId_(unitId), map_(&map) {}

std::string Device::describe() const {
    return map_->kind + " unit " + std::to_string(unitId_);
}

template <typename T>
LinkResult<T> Device::refusal(LinkErrorKind kind, const std::string& why) const {
    LinkResult<T> r;
    r.error = LinkError{kind, 0, describe() + ": " + why};
    return r;
}

void Device::fault(const LinkError& e) {
    lastError_ = e;
    if (state_ != DeviceState::stopped) state_ = DeviceState::faulted;
}

void Device::noteOutcome(const std::optional<LinkError>& error) {
    if (!error) {
        consecutiveFailures_ = 0;
        return;
    }
    lastError_ = error;
    switch (error->kind) {
        case LinkErrorKind::linkDown:
            fault(*error);
            break;
        case LinkErrorKind::timeout:
        case LinkErrorKind::crc:
        case LinkErrorKind::badLength:
            if (++consecutiveFailures_ >= kFaultAfter) fault(*error);
            break;
        default:
            break;  // the device answered (exception) or the request never left: still alive
    }
}

std::optional<LinkError> Device::configure(ModbusLink& link) {
    if (!map_->identity) {
        if (auto e = link.open()) {
            fault(*e);
            return e;
        }
    }
    if (map_->identity) {
        const IdentitySpec& id = *map_->identity;
        auto r = link.readRegisters(unitId_, id.function, id.address, 1);
        if (!r.ok()) {
            fault(*r.error);
            return r.error;
        }
        if ((*r.value)[0] != id.expected) {
            LinkError e{LinkErrorKind::wrongDevice, 0,
                        describe() + ": identity register " + std::to_string(id.address) +
                            " holds " + std::to_string((*r.value)[0]) + ", expected " +
                            std::to_string(id.expected) + " (map " + map_->id + ")"};
            fault(e);
            return e;
        }
    }
    consecutiveFailures_ = 0;
    state_ = DeviceState::configured;
    return std::nullopt;
}

void Device::activate() {
    if (state_ == DeviceState::configured) state_ = DeviceState::active;
}

std::optional<LinkError> Device::arm() {
    if (state_ == DeviceState::armed) return std::nullopt;
    if (state_ != DeviceState::active) {
        return LinkError{
            LinkErrorKind::refused, 0,
            describe() + ": cannot arm a device that is " + std::string(deviceStateName(state_))};
    }
    state_ = DeviceState::armed;
    return std::nullopt;
}

void Device::disarm() {
    if (state_ == DeviceState::armed) state_ = DeviceState::active;
}

void Device::stop() {
    state_ = DeviceState::stopped;
}

std::optional<LinkError> Device::recover(ModbusLink& link) {
    if (state_ != DeviceState::faulted) return std::nullopt;
    return configure(link);
}

const ChannelSpec& Device::channel(const std::string& name) const {
    const ChannelSpec* c = map_->find(name);
    if (c == nullptr)
        throw std::invalid_argument(describe() + ": map " + map_->id + " has no channel '" + name +
                                    "'");
    return *c;
}

LinkResult<units::Quantity> Device::read(ModbusLink& link, const ChannelSpec& ch) {
    if (!ch.readable())
        return refusal<units::Quantity>(LinkErrorKind::refused,
                                        "channel '" + ch.name + "' is write-only");
    LinkResult<units::Quantity> out;
    if (holdsWords(ch.function)) {
        auto r = link.readRegisters(unitId_, ch.function, ch.address, ch.width());
        out = {std::nullopt, r.error, r.started, r.finished, r.attempts};
        if (r.ok()) out.value = decodeChannel(ch, *r.value);
    } else {
        auto r = link.readBits(unitId_, ch.function, ch.address, 1);
        out = {std::nullopt, r.error, r.started, r.finished, r.attempts};
        if (r.ok()) out.value = decodeBit(ch, (*r.value)[0]);
    }
    noteOutcome(out.error);
    return out;
}

LinkResult<units::Quantity> Device::read(ModbusLink& link, const std::string& name) {
    return read(link, channel(name));
}

LinkResult<std::vector<units::Quantity>> Device::readMany(ModbusLink& link,
                                                          const std::vector<std::string>& names) {
    std::vector<const ChannelSpec*> specs;
    for (const std::string& n : names) specs.push_back(&channel(n));
    if (specs.empty())
        return refusal<std::vector<units::Quantity>>(LinkErrorKind::config, "no channels to read");
    const RegisterFunction f = specs.front()->function;
    unsigned first = 65535, end = 0;
    for (const ChannelSpec* c : specs) {
        if (c->function != f || !holdsWords(f) || !c->readable()) {
            return refusal<std::vector<units::Quantity>>(
                LinkErrorKind::config, "'" + c->name +
                                           "' is not a readable register of the same table as '" +
                                           specs.front()->name + "'");
        }
        first = std::min<unsigned>(first, c->address);
        end = std::max<unsigned>(end, static_cast<unsigned>(c->address) + c->width());
    }
    if (end - first > 125) {
        return refusal<std::vector<units::Quantity>>(
            LinkErrorKind::config, "the channels span " + std::to_string(end - first) +
                                       " registers, more than one request reads");
    }
    auto r = link.readRegisters(unitId_, f, static_cast<std::uint16_t>(first),
                                static_cast<std::uint16_t>(end - first));
    noteOutcome(r.error);
    LinkResult<std::vector<units::Quantity>> out{std::nullopt, r.error, r.started, r.finished,
                                                 r.attempts};
    if (!r.ok()) return out;
    std::vector<units::Quantity> values;
    std::span<const std::uint16_t> words(*r.value);
    for (const ChannelSpec* c : specs)
        values.push_back(decodeChannel(*c, words.subspan(c->address - first, c->width())));
    out.value = std::move(values);
    return out;
}

LinkResult<Done> Device::write(ModbusLink& link, const ChannelSpec& ch,
                               const units::Quantity& value) {
    if (state_ != DeviceState::armed) {
        return refusal<Done>(LinkErrorKind::refused,
                             "write to '" + ch.name + "' refused: the device is " +
                                 std::string(deviceStateName(state_)) + ", not armed");
    }
    if (!ch.writable())
        return refusal<Done>(LinkErrorKind::refused, "channel '" + ch.name + "' is read-only");
    LinkResult<Done> r;
    try {
        requireInRange(ch, value);
        if (holdsWords(ch.function)) {
            std::vector<std::uint16_t> words = encodeChannel(ch, value);
            r = link.writeRegisters(unitId_, ch.address, words);
        } else {
            r = link.writeBit(unitId_, ch.address, encodeBit(ch, value));
        }
    } catch (const EncodeError& e) {
        return refusal<Done>(LinkErrorKind::refused, e.what());
    }
    noteOutcome(r.error);
    return r;
}

LinkResult<Done> Device::write(ModbusLink& link, const std::string& name,
                               const units::Quantity& value) {
    return write(link, channel(name), value);
}

LinkResult<Done> Device::refreshWatchdog(ModbusLink& link) {
    if (!map_->watchdog)
        return refusal<Done>(LinkErrorKind::refused, "map " + map_->id + " has no watchdog");
    if (state_ != DeviceState::armed)
        return refusal<Done>(LinkErrorKind::refused, "watchdog refresh needs armed");
    // A changing value, for devices that only count a write that changes the register.
    std::uint16_t word = ++watchdogCounter_;
    auto r = link.writeRegisters(unitId_, map_->watchdog->address,
                                 std::span<const std::uint16_t>(&word, 1));
    noteOutcome(r.error);
    return r;
}

}  // namespace gasbench::hal
