#pragma once
// One bus, one thread: the worker owns the bus's ModbusLink and its devices, polls each channel
// at its rate (PollSchedule: earliest due first, then priority; neighbouring registers in one
// request), publishes every reading once to the sink, and serves writes ahead of the reads.
// Readings are stamped on the Clock at the midpoint of their request; a failed request
// publishes readings with the error's status (and the last good value) so waits and the
// recorder see it. Devices that stop answering are faulted; the worker probes them again every
// reconnectInterval and brings them back to active on their own. A device that was armed and
// refreshed when it faulted is armed again and refreshed at once — unless its watchdog may have
// lapsed meanwhile (no refresh within its timeout and the lapse flag not readable as 0): then
// refreshing stops and is reported, and the station must arm() again (its safe state does).

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/hal/bus_config.hpp"
#include "gasbench/core/clock.hpp"
#include "gasbench/hal/device.hpp"
#include "gasbench/hal/link_error.hpp"
#include "gasbench/hal/poll_schedule.hpp"
#include "gasbench/core/reading.hpp"

namespace gasbench::hal {

using ReadingSink = std::function<void(const Reading&)>;

struct WriteOutcome {
    ChannelId channel = 0;
    std::optional<LinkError> error;  // refused (not armed, out of range, read-only) or the link's
    Nanos started = 0;
    Nanos finished = 0;
    bool ok() const { return !error.has_value(); }
};

// What happened to a device's outputs, published from the worker thread to the write observer:
// every write, every watchdog refresh (so a station guard can tell whether the device was kept
// alive), and the moments refreshing stops.
struct WriteReport {
    enum class Kind {
        write,             // a write of `channel`
        watchdogRefresh,   // a refresh of the device's watchdog (error set when it failed)
        watchdogStopped,   // the worker stopped refreshing: a lapse may hide, or the device left armed
        disarmed,          // refreshing ended on purpose (disarm)
    } kind = Kind::write;
    int unitId = 0;
    ChannelId channel = 0;           // writes only
    std::optional<LinkError> error;  // failed write or refresh
    Nanos started = 0;               // bench time; for stopped/disarmed both are the moment
    Nanos finished = 0;
    bool ok() const { return !error.has_value(); }
};
using WriteObserver = std::function<void(const WriteReport&)>;

// One request on the wire, for tests and diagnostics.
struct RequestLogEntry {
    Nanos started = 0;
    Nanos finished = 0;
    int unitId = 0;
    RegisterFunction function = RegisterFunction::holdingRegister;
    bool write = false;
    std::uint16_t address = 0;
    std::uint16_t count = 0;
    bool ok = false;
};

struct DeviceStatus {
    int unitId = 0;
    std::string mapId;
    DeviceState state = DeviceState::unconfigured;
    std::optional<LinkError> lastError;
};

struct ChannelStatus {
    ChannelId id = 0;
    double rateHz = 0.0;      // as set
    double achievedHz = 0.0;  // readings with a value, over the last 2 s of bench time
    std::uint64_t readings = 0;
    ReadingStatus lastStatus = ReadingStatus::Ok;
};

struct BusStatus {
    std::string bus;
    bool running = false;
    bool linkUp = false;
    std::vector<DeviceStatus> devices;
    std::vector<ChannelStatus> channels;
    std::uint64_t requests = 0;  // on the wire, reads and writes
    std::uint64_t errors = 0;    // requests that failed
};

class BusWorker {
  public:
    BusWorker(BusConfig config, std::vector<DeviceOnBus> devices,
              std::vector<PolledChannel> channels, const Clock& clock, ReadingSink sink);
    ~BusWorker();  // stops
    BusWorker(const BusWorker&) = delete;
    BusWorker& operator=(const BusWorker&) = delete;

    // Starts the thread: configures every device (opens the link, probes identities), then polls.
    void start();
    // Stops polling, joins the thread, closes the link. Pending writes are refused.
    void stop();

    // Thread-safe. 0 stops polling the channel.
    void setRate(ChannelId id, double hz);
    // Thread-safe. Served before any read still waiting; refused unless the device is armed.
    // The channel must be one of the worker's channels (rate 0 for a write-only one).
    std::future<WriteOutcome> write(ChannelId id, units::Quantity value);
    // Thread-safe, applied in order with writes. Arming allows writes and has the worker
    // refresh the device's watchdog (if its map has one) every timeout/3; a refresh that fails
    // (refused, lost) is tried again after a quarter of that.
    void arm(int unitId);
    void disarm(int unitId);

    BusStatus status() const;
    // Called from the worker thread after every request.
    void setRequestLog(std::function<void(const RequestLogEntry&)> log);
    // Called from the worker thread after every write, watchdog refresh and end of refreshing
    // (WriteReport). Must not block: the same thread keeps the watchdogs alive.
    void setWriteObserver(WriteObserver observer);

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace gasbench::hal
