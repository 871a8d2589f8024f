#pragma once
// One Modbus device on a bus (a unit id and its register map) with a lifecycle, after
// ros2_control's: configured (link open, identity probed) -> active (read) -> armed (writes to
// its outputs allowed) -> stopped. A device that stops answering is faulted; recover() probes
// it again and brings it back to configured. Writes are refused unless armed.
//
// Synchronous over a ModbusLink the caller owns; like the link, used from one thread.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gasbench/hal/link_error.hpp"
#include "gasbench/hal/modbus_link.hpp"
#include "gasbench/hal/register_map.hpp"
#include "gasbench/core/units.hpp"

namespace gasbench::hal {

enum class DeviceState { unconfigured, configured, active, armed, stopped, faulted };
std::string_view deviceStateName(DeviceState s);

class Device {
  public:
    // Consecutive failed requests (timeouts, CRC, bad answers) before the device is faulted; a
    // lost link faults it at once.
    static constexpr int kFaultAfter = 3;

    Device(int unitId, const DeviceMap& map);

    int unitId() const { return unitId_; }
    const DeviceMap& map() const { return *map_; }
    DeviceState state() const { return state_; }
    const std::optional<LinkError>& lastError() const { return lastError_; }
    // "pressure-transducer unit 3", for messages.
    std::string describe() const;

    // unconfigured|stopped -> configured: opens the link if needed and checks the identity
    // register. On failure the device is faulted and the error returned.
    std::optional<LinkError> configure(ModbusLink& link);
    // configured -> active.
    void activate();
    // active -> armed; refused (returns the reason) from any other state.
    std::optional<LinkError> arm();
    // armed -> active.
    void disarm();
    // any -> stopped.
    void stop();
    // faulted -> configured, if the identity probe answers again.
    std::optional<LinkError> recover(ModbusLink& link);

    // Reads one readable channel (its registers or bit) and decodes it.
    LinkResult<units::Quantity> read(ModbusLink& link, const ChannelSpec& channel);
    LinkResult<units::Quantity> read(ModbusLink& link, const std::string& channel);
    // Reads several register channels of one table in a single request (they must span at most
    // 125 registers); the values come back in the order asked.
    LinkResult<std::vector<units::Quantity>> readMany(ModbusLink& link,
                                                      const std::vector<std::string>& channels);
    // Writes one writable channel; refused unless armed or when the value does not fit.
    LinkResult<Done> write(ModbusLink& link, const ChannelSpec& channel,
                           const units::Quantity& value);
    LinkResult<Done> write(ModbusLink& link, const std::string& channel,
                           const units::Quantity& value);
    // Writes the watchdog register (any value restarts the device's countdown). Needs armed.
    LinkResult<Done> refreshWatchdog(ModbusLink& link);

    // Books the outcome of a request made for this device by someone else (the bus worker's
    // coalesced reads): counts failures towards a fault and keeps the last error.
    void noteOutcome(const std::optional<LinkError>& error);
    // Whether reads are wanted in this state (active or armed).
    bool polling() const { return state_ == DeviceState::active || state_ == DeviceState::armed; }

  private:
    const ChannelSpec& channel(const std::string& name) const;
    void fault(const LinkError& e);
    template <typename T>
    LinkResult<T> refusal(LinkErrorKind kind, const std::string& why) const;

    int unitId_;
    const DeviceMap* map_;
    DeviceState state_ = DeviceState::unconfigured;
    std::optional<LinkError> lastError_;
    int consecutiveFailures_ = 0;
    std::uint16_t watchdogCounter_ = 0;
};

}  // namespace gasbench::hal
