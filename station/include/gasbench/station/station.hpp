#pragma once
// The running station: one bus worker per bus polling its channels, every reading published
// once to the hub (and through it to the recorder), writes to outputs, device health, and the
// safe state. Arrows point down: this knows hal and the config, not procedures.

#include <atomic>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "gasbench/hal/bus_worker.hpp"
#include "gasbench/core/clock.hpp"
#include "gasbench/station/reading_hub.hpp"
#include "gasbench/station/station_config.hpp"

namespace gasbench::station {

// How long (wall time) the safe state waits for the outputs to be read back after the writes.
inline constexpr std::chrono::milliseconds kSafeStateReadBack{1500};

struct SafeStateReport {
    bool reached = false;        // every safe-state output acknowledged and read back at its value
    Nanos stamp = 0;             // bench time when the last write was acknowledged
    std::vector<std::string> failures;  // "outputs.supply_valve: link down"
};

class Station {
public:
    Station(StationConfig config, const Clock& clock, std::size_t ringCapacity = 1 << 14);
    // Puts the bench in its safe state, then stops the bus workers.
    ~Station();
    Station(const Station&) = delete;
    Station& operator=(const Station&) = delete;

    void start();
    void stop();

    // Every write, watchdog refresh and end of refreshing of every bus (hal::WriteReport), on the
    // bus worker's thread: must not block. Register before start().
    // `device` is the station's name of the device the report is about.
    using WriteSubscriber = std::function<void(const std::string& device, const hal::WriteReport&)>;
    void subscribeWrites(WriteSubscriber subscriber);

    const StationConfig& config() const { return config_; }
    const Clock& clock() const { return clock_; }
    ReadingHub& hub() { return hub_; }

    // Allows writes to the devices that have outputs, and starts refreshing their watchdogs.
    void armOutputs();
    void disarmOutputs();
    bool outputsArmed() const { return armed_; }

    // A write that jumps the poll queue; throws std::invalid_argument for an unknown channel.
    std::future<hal::WriteOutcome> write(ChannelId channel, const units::Quantity& value);
    // Writes every safe-state output (arming the output devices if needed), waits for each
    // acknowledgement (bounded by the bus timeouts), reads every polled output back (the first
    // reading after its write must show the safe value, within kSafeStateReadBack), and leaves
    // the outputs disarmed. Never throws.
    SafeStateReport enterSafeState() noexcept;

    // Waits (at most `timeout`, wall time) until every device with outputs has answered once,
    // so that a STOP in a run's first moment can still write the safe state. False on timeout.
    bool waitForOutputDevices(std::chrono::milliseconds timeout);

    void setRate(ChannelId channel, double hz);
    double configuredRate(ChannelId channel) const { return config_.channel(channel).rateHz; }

    // No Ok reading from the device for longer than its loss timeout (wall time: it is about
    // the link, not the sample).
    bool deviceLost(const std::string& device) const;
    // The first critical device that is lost, if any.
    std::optional<std::string> lostCriticalDevice() const;
    // When the first critical device will count as lost if nothing more arrives from it (wall
    // time); none while the station is not running.
    std::optional<std::chrono::steady_clock::time_point> nextCriticalLoss() const;

    std::vector<hal::BusStatus> busStatus() const;

private:
    hal::BusWorker& workerFor(const std::string& bus);
    void readBack(const std::vector<std::pair<const SafeStateOutput*, Nanos>>& written, SafeStateReport& report);
    std::size_t deviceIndex(const std::string& name) const;

    StationConfig config_;
    const Clock& clock_;
    ReadingHub hub_;
    std::vector<std::unique_ptr<hal::BusWorker>> workers_;  // same order as config_.buses
    std::vector<std::size_t> deviceOfChannel_;
    std::vector<WriteSubscriber> writeObservers_;
    std::unique_ptr<std::atomic<std::int64_t>[]> lastOkWallNs_;  // per device
    std::int64_t startedWallNs_ = 0;
    std::atomic<bool> armed_{false};
    std::atomic<bool> running_{false};
    std::mutex safeStateMutex_;
};

}  // namespace gasbench::station
