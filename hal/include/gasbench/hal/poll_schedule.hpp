#pragma once
// Which reads a bus worker makes next, and which channels share one request. Pure logic on the
// bench clock (no link, no thread), so it can be tested alone.
//
// Each polled channel has a period (1/rate) and a next due time on a fixed grid (served late,
// it is not pushed back, so the achieved rate matches the set rate). The channel due earliest
// (then the one of highest priority) is served first; other channels of the same device and
// function that are due within a quarter of their period join its request when their
// registers lie within kMaxGap of each other, every register in between is in the map, and
// the request stays within the Modbus limit (125 registers, 2000 bits).

#include <cstdint>
#include <optional>
#include <vector>

#include "gasbench/core/clock.hpp"
#include "gasbench/core/reading.hpp"
#include "gasbench/hal/register_map.hpp"

namespace gasbench::hal {

struct PolledChannel {
    ChannelId id = 0;
    int unitId = 1;
    const ChannelSpec* spec = nullptr;
    double rateHz = 0.0;  // 0: not polled (a channel kept only for writes)
    int priority = 0;     // higher is served first among channels due at the same time
};

struct DeviceOnBus {
    int unitId = 1;
    const DeviceMap* map = nullptr;
};

// One read request and the channels it serves.
struct ReadBatch {
    int unitId = 0;
    RegisterFunction function = RegisterFunction::holdingRegister;
    std::uint16_t address = 0;
    std::uint16_t count = 0;
    std::vector<std::size_t> members;  // indexes into PollSchedule::channels()
};

class PollSchedule {
  public:
    static constexpr unsigned kMaxGap = 4;  // registers read only to join two channels

    PollSchedule(std::vector<PolledChannel> channels, const std::vector<DeviceOnBus>& devices,
                 Nanos now);

    const std::vector<PolledChannel>& channels() const { return channels_; }
    // The index of a channel id, or nullopt.
    std::optional<std::size_t> indexOf(ChannelId id) const;

    // Changes a channel's rate; 0 stops polling it. A new rate starts from `now`.
    void setRate(ChannelId id, double hz, Nanos now);
    // The request to make now, or nullopt when nothing is due at `now`.
    std::optional<ReadBatch> nextDue(Nanos now) const;
    // Moves the batch's channels to their next due time.
    void served(const ReadBatch& batch, Nanos now);
    // The earliest due time of any polled channel, or nullopt if none is polled.
    std::optional<Nanos> earliestDue() const;

  private:
    struct Slot {
        Nanos period = 0;  // 0: not polled
        Nanos nextDue = 0;
    };
    bool mapped(int unitId, RegisterFunction f, unsigned address) const;

    std::vector<PolledChannel> channels_;
    std::vector<Slot> slots_;
    std::vector<DeviceOnBus> devices_;
};

}  // namespace gasbench::hal
