#include "gasbench/hal/bus_worker.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "gasbench/hal/codec.hpp"
#include "gasbench/hal/modbus_link.hpp"
#include "gasbench/hal/rate_meter.hpp"

namespace gasbench::hal {
namespace {

using SteadyTime = std::chrono::steady_clock::time_point;
using RequestLog = std::function<void(const RequestLogEntry&)>;

struct Command {
    enum class Kind { write, arm, disarm, setRate } kind;
    ChannelId channel = 0;
    int unitId = 0;
    double rateHz = 0.0;
    units::Quantity value{false};
    std::promise<WriteOutcome> done;
};

}  // namespace

struct BusWorker::Impl {
    Impl(BusConfig cfg, std::vector<DeviceOnBus> devs, std::vector<PolledChannel> chans,
         const Clock& clk, ReadingSink s)
        : config(std::move(cfg)),
          clock(clk),
          sink(std::move(s)),
          link(config, clock),
          schedule(std::move(chans), devs, clock.now()) {
        for (const DeviceOnBus& d : devs) {
            devices.emplace_back(d.unitId, *d.map);
            deviceStatus.push_back({d.unitId, d.map->id, DeviceState::unconfigured, std::nullopt});
        }
        nextWatchdog.resize(devices.size());
        lastRefreshed.resize(devices.size());
        nextRecovery.resize(devices.size());
        rearmOnRecovery.resize(devices.size(), false);
        for (const PolledChannel& c : schedule.channels()) {
            channelStatus.push_back({c.id, c.rateHz, 0.0, 0, ReadingStatus::Ok});
        }
        meters.resize(channelStatus.size());
        lastValue.resize(channelStatus.size());
    }

    // --- worker thread only -------------------------------------------------------------
    void run();
    void configureAll();
    void handle(Command& c);
    bool refreshDueWatchdog(SteadyTime now);
    bool lapseMayHide(std::size_t dev);
    std::chrono::nanoseconds recoveryInterval(std::size_t dev) const;
    // Refreshing stops (or does not resume) because the device may have lapsed: say so.
    void reportMayHaveLapsed(std::size_t dev, const std::string& why);
    LinkResult<units::Quantity> readLogged(std::size_t dev, const ChannelSpec& spec);
    void refreshWatchdog(std::size_t dev, SteadyTime now);
    void publishLapseState(std::size_t dev);
    bool recoverDueDevice(SteadyTime now);
    void serve(const ReadBatch& batch);
    void publishWithoutRequest(const ReadBatch& batch, const Device& d);
    std::size_t deviceIndex(int unitId) const;
    void afterRequest(std::size_t dev, const RequestLogEntry& entry);
    void noteDeviceState(std::size_t dev);
    void scheduleRecovery(std::size_t dev);
    std::chrono::nanoseconds watchdogPeriod(const Device& d) const;
    SteadyTime wakeTime() const;
    void report(const WriteReport& r);

    BusConfig config;
    const Clock& clock;
    ReadingSink sink;
    ModbusLink link;
    PollSchedule schedule;
    std::vector<Device> devices;
    std::vector<std::optional<SteadyTime>> nextWatchdog;  // armed devices with a watchdog
    std::vector<std::optional<Nanos>> lastRefreshed;      // bench time of the last refresh that succeeded
    // Armed (and being refreshed) when it faulted: armed again when it answers, and refreshed
    // at once unless it may have lapsed meanwhile (lapseMayHide) — a short glitch is ridden
    // through, a lapse still ends the refreshing and so the run.
    std::vector<bool> rearmOnRecovery;
    std::vector<std::optional<SteadyTime>> nextRecovery;  // faulted devices
    std::vector<std::optional<units::Quantity>> lastValue;
    std::vector<Reading> batchReadings;  // serve()'s readings, reused from poll to poll

    // --- shared, under mutex ---------------------------------------------------------------
    mutable std::mutex mutex;
    std::condition_variable wake;
    std::deque<Command> commands;
    bool stopping = false;
    bool running = false;
    std::shared_ptr<RequestLog> log;
    std::shared_ptr<WriteObserver> observer;
    std::vector<DeviceStatus> deviceStatus;
    std::vector<ChannelStatus> channelStatus;
    mutable std::vector<RateMeter> meters;
    std::uint64_t requests = 0;
    std::uint64_t errors = 0;
    bool linkUp = false;
    std::thread thread;
};

std::size_t BusWorker::Impl::deviceIndex(int unitId) const {
    for (std::size_t i = 0; i < devices.size(); ++i) {
        if (devices[i].unitId() == unitId) return i;
    }
    return devices.size();
}

std::chrono::nanoseconds BusWorker::Impl::watchdogPeriod(const Device& d) const {
    // The device counts its timeout in its own time: wall time for an instrument, bench time for
    // the simulator at a time scale. A third of the shorter of the two keeps both alive.
    Nanos third = static_cast<Nanos>(d.map().watchdog->timeoutMs) * 1'000'000 / 3;
    return std::min(std::chrono::nanoseconds(third), clock.toWall(third));
}

std::chrono::nanoseconds BusWorker::Impl::recoveryInterval(std::size_t dev) const {
    // A device whose watchdog is waiting to be refreshed again is probed as often as a failed
    // refresh is retried: its outputs stay the station's only while it is refreshed in time.
    // (Not below 20 ms: at a high time scale the period is a few ms of wall time.)
    if (rearmOnRecovery[dev]) {
        const std::chrono::nanoseconds quarter = watchdogPeriod(devices[dev]) / 4;
        return std::min<std::chrono::nanoseconds>(std::max<std::chrono::nanoseconds>(quarter, std::chrono::milliseconds(20)),
                                                  config.reconnectInterval);
    }
    return config.reconnectInterval;
}

void BusWorker::Impl::scheduleRecovery(std::size_t dev) {
    if (devices[dev].state() == DeviceState::faulted && !nextRecovery[dev]) {
        if (nextWatchdog[dev]) rearmOnRecovery[dev] = true;
        nextWatchdog[dev].reset();
        nextRecovery[dev] = std::chrono::steady_clock::now() + recoveryInterval(dev);
    }
}

void BusWorker::Impl::noteDeviceState(std::size_t dev) {
    Device& d = devices[dev];
    scheduleRecovery(dev);
    std::lock_guard lock(mutex);
    deviceStatus[dev].state = d.state();
    if (d.lastError()) deviceStatus[dev].lastError = d.lastError();
    linkUp = link.connected();
}

void BusWorker::Impl::afterRequest(std::size_t dev, const RequestLogEntry& entry) {
    std::shared_ptr<RequestLog> logger;
    {
        std::lock_guard lock(mutex);
        ++requests;
        if (!entry.ok) ++errors;
        logger = log;
    }
    if (logger && *logger) (*logger)(entry);
    if (dev < devices.size()) noteDeviceState(dev);
}

void BusWorker::Impl::report(const WriteReport& r) {
    std::shared_ptr<WriteObserver> o;
    {
        std::lock_guard lock(mutex);
        o = observer;
    }
    if (o && *o) (*o)(r);
}

void BusWorker::Impl::configureAll() {
    for (std::size_t i = 0; i < devices.size(); ++i) {
        Device& d = devices[i];
        if (!d.configure(link)) d.activate();
        noteDeviceState(i);
    }
}

void BusWorker::Impl::handle(Command& c) {
    switch (c.kind) {
        case Command::Kind::setRate:
            schedule.setRate(c.channel, c.rateHz, clock.now());
            return;
        case Command::Kind::arm:
        case Command::Kind::disarm: {
            std::size_t i = deviceIndex(c.unitId);
            if (i == devices.size()) return;
            Device& d = devices[i];
            if (c.kind == Command::Kind::disarm) {
                rearmOnRecovery[i] = false;  // the station no longer wants it driven
                d.disarm();
                nextWatchdog[i].reset();
                lastRefreshed[i].reset();
                if (d.map().watchdog) {
                    Nanos at = clock.now();
                    report({WriteReport::Kind::disarmed, d.unitId(), 0, std::nullopt, at, at});
                }
            } else if (auto refused = d.arm()) {
                std::lock_guard lock(mutex);
                deviceStatus[i].lastError = refused;
            } else if (d.map().watchdog && !nextWatchdog[i]) {
                // Not being refreshed (a fresh arm, or refreshing stopped on a lapse): refresh at
                // once, before the writes queued behind this command — a device whose watchdog
                // lapsed holds its outputs off until refreshed, so the safe state written after
                // a lapse (vent open) would otherwise be acknowledged and not done. The lapse is
                // published first, so the station still sees that it happened. An arm of a
                // device already refreshed on schedule (every write arms) costs no request.
                publishLapseState(i);
                refreshWatchdog(i, std::chrono::steady_clock::now());
            }
            noteDeviceState(i);
            return;
        }
        case Command::Kind::write: {
            WriteOutcome out;
            out.channel = c.channel;
            auto idx = schedule.indexOf(c.channel);
            std::size_t dev = idx ? deviceIndex(schedule.channels()[*idx].unitId) : devices.size();
            if (dev == devices.size()) {
                out.error = LinkError{
                    LinkErrorKind::refused, 0,
                    config.name + ": channel " + std::to_string(c.channel) + " is not on this bus"};
                c.done.set_value(out);
                return;
            }
            const ChannelSpec& spec = *schedule.channels()[*idx].spec;
            LinkResult<Done> r = devices[dev].write(link, spec, c.value);
            out.error = r.error;
            out.started = r.started;
            out.finished = r.finished;
            if (r.attempts > 0) {
                afterRequest(dev, {r.started, r.finished, devices[dev].unitId(), spec.function,
                                   true, spec.address, spec.width(), r.ok()});
            }
            report({WriteReport::Kind::write, devices[dev].unitId(), c.channel, r.error, r.started, r.finished});
            c.done.set_value(out);
            return;
        }
    }
}

void BusWorker::Impl::reportMayHaveLapsed(std::size_t dev, const std::string& why) {
    lastRefreshed[dev].reset();
    Nanos at = clock.now();
    report({WriteReport::Kind::watchdogStopped, devices[dev].unitId(), 0, LinkError{LinkErrorKind::refused, 0, why},
            at, at});
}

bool BusWorker::Impl::lapseMayHide(std::size_t dev) {
    Device& d = devices[dev];
    const Nanos timeout = static_cast<Nanos>(d.map().watchdog->timeoutMs) * 1'000'000;
    // On time (the bus kept up), or never refreshed yet: nothing can have lapsed unseen. The
    // device counts its timeout in bench time (the simulator) or wall time (= bench time at
    // scale 1, an instrument).
    if (!lastRefreshed[dev] || clock.now() - *lastRefreshed[dev] <= timeout) return false;
    const ChannelSpec* lapsed = d.map().find("watchdog_lapsed");
    if (!lapsed) return true;  // cannot tell: assume the worst
    LinkResult<units::Quantity> r = readLogged(dev, *lapsed);
    return !r.ok() || units::siValue(*r.value) != 0.0;
}

LinkResult<units::Quantity> BusWorker::Impl::readLogged(std::size_t dev, const ChannelSpec& spec) {
    Device& d = devices[dev];
    LinkResult<units::Quantity> r = d.read(link, spec);
    if (r.attempts > 0) {
        afterRequest(dev, {r.started, r.finished, d.unitId(), spec.function, false, spec.address, 1, r.ok()});
    }
    return r;
}

bool BusWorker::Impl::refreshDueWatchdog(SteadyTime now) {
    for (std::size_t i = 0; i < devices.size(); ++i) {
        if (!nextWatchdog[i] || *nextWatchdog[i] > now) continue;
        Device& d = devices[i];
        if (d.state() != DeviceState::armed) {
            nextWatchdog[i].reset();
            Nanos at = clock.now();
            report({WriteReport::Kind::watchdogStopped, d.unitId(), 0,
                    LinkError{LinkErrorKind::refused, 0, "the device is no longer armed"}, at, at});
            continue;
        }
        if (lapseMayHide(i)) {
            // Refreshing would clear a lapse the device is holding (its outputs shut on their
            // own) before anyone read it, and the run would go on measuring a bench that no
            // longer does what it was told. Stop refreshing and say so: the station's RunGuard
            // ends the run.
            nextWatchdog[i].reset();
            reportMayHaveLapsed(i, "no refresh succeeded within the watchdog's timeout; it may have lapsed");
            return true;
        }
        refreshWatchdog(i, now);
        return true;
    }
    return false;
}

void BusWorker::Impl::refreshWatchdog(std::size_t dev, SteadyTime now) {
    Device& d = devices[dev];
    LinkResult<Done> r = d.refreshWatchdog(link);
    // A refused or lost refresh is tried again soon; only a refresh that succeeded counts (a
    // failed one must not hide a lapse from lapseMayHide).
    auto period = watchdogPeriod(d);
    nextWatchdog[dev] = now + (r.ok() ? period : period / 4);
    if (r.ok()) lastRefreshed[dev] = r.started;
    if (r.attempts > 0) {
        afterRequest(dev, {r.started, r.finished, d.unitId(), RegisterFunction::holdingRegister,
                           true, d.map().watchdog->address, 1, r.ok()});
    }
    report({WriteReport::Kind::watchdogRefresh, d.unitId(), 0, r.error, r.started, r.finished});
}

void BusWorker::Impl::publishLapseState(std::size_t dev) {
    Device& d = devices[dev];
    const auto& polled = schedule.channels();
    for (std::size_t m = 0; m < polled.size(); ++m) {
        if (polled[m].unitId != d.unitId() || polled[m].spec->name != "watchdog_lapsed") continue;
        LinkResult<units::Quantity> r = readLogged(dev, *polled[m].spec);
        if (!r.ok()) return;
        lastValue[m] = *r.value;
        sink(Reading{polled[m].id, r.started + (r.finished - r.started) / 2, *r.value, ReadingStatus::Ok});
        return;
    }
}

bool BusWorker::Impl::recoverDueDevice(SteadyTime now) {
    for (std::size_t i = 0; i < devices.size(); ++i) {
        if (!nextRecovery[i] || *nextRecovery[i] > now) continue;
        Device& d = devices[i];
        nextRecovery[i].reset();
        if (d.state() == DeviceState::faulted) {
            if (!d.recover(link)) d.activate();
            if (d.state() == DeviceState::faulted) nextRecovery[i] = now + recoveryInterval(i);
        }
        if (d.state() == DeviceState::active && rearmOnRecovery[i]) {
            // Its outputs are as the station left them unless its watchdog lapsed meanwhile:
            // armed and refreshed again only when that is ruled out (in time, or the lapse flag
            // reads 0); otherwise left unarmed and the stop reported, as for any lapse.
            rearmOnRecovery[i] = false;
            if (lapseMayHide(i)) {
                reportMayHaveLapsed(i, "the device answered again after its watchdog's timeout; it may have lapsed");
            } else if (!d.arm()) {
                refreshWatchdog(i, now);
            }
        }
        noteDeviceState(i);
        return true;
    }
    return false;
}

void BusWorker::Impl::publishWithoutRequest(const ReadBatch& batch, const Device& d) {
    ReadingStatus status =
        d.lastError() ? readingStatusFor(d.lastError()->kind) : ReadingStatus::LinkDown;
    Nanos now = clock.now();
    std::vector<Reading> out;
    {
        std::lock_guard lock(mutex);
        for (std::size_t m : batch.members) {
            Reading r{schedule.channels()[m].id, now, lastValue[m].value_or(units::Quantity{false}),
                      status};
            channelStatus[m].lastStatus = status;
            out.push_back(r);
        }
    }
    for (const Reading& r : out) sink(r);
}

void BusWorker::Impl::serve(const ReadBatch& batch) {
    std::size_t dev = deviceIndex(batch.unitId);
    if (dev == devices.size() || !devices[dev].polling()) {
        if (dev < devices.size()) publishWithoutRequest(batch, devices[dev]);
        schedule.served(batch, clock.now());
        return;
    }
    Device& d = devices[dev];
    std::optional<LinkError> error;
    std::vector<std::uint16_t> words;
    std::vector<std::uint8_t> bits;
    Nanos started = 0, finished = 0;
    if (holdsWords(batch.function)) {
        auto r = link.readRegisters(batch.unitId, batch.function, batch.address, batch.count);
        error = r.error;
        started = r.started;
        finished = r.finished;
        if (r.value) words = std::move(*r.value);
    } else {
        auto r = link.readBits(batch.unitId, batch.function, batch.address, batch.count);
        error = r.error;
        started = r.started;
        finished = r.finished;
        if (r.value) bits = std::move(*r.value);
    }
    d.noteOutcome(error);
    const Nanos stamp = started + (finished - started) / 2;

    std::vector<Reading>& out = batchReadings;
    out.clear();
    for (std::size_t m : batch.members) {
        const ChannelSpec& spec = *schedule.channels()[m].spec;
        Reading r{schedule.channels()[m].id, stamp, units::Quantity{false}, ReadingStatus::Ok};
        if (error) {
            r.status = readingStatusFor(error->kind);
            r.value = lastValue[m].value_or(units::Quantity{false});
        } else {
            std::size_t offset = spec.address - batch.address;
            r.value = holdsWords(batch.function)
                          ? decodeChannel(spec, std::span<const std::uint16_t>(words).subspan(
                                                    offset, spec.width()))
                          : decodeBit(spec, bits[offset]);
            if (!inRange(spec, r.value)) r.status = ReadingStatus::OutOfRange;
            lastValue[m] = r.value;
        }
        out.push_back(r);
    }
    // What status() shows of this poll, under one lock (it was three: the channels, then
    // afterRequest's counters, then noteDeviceState); the request log and the sink are called
    // outside it, as before.
    const RequestLogEntry entry{started,       finished,    batch.unitId, batch.function, false,
                                batch.address, batch.count, !error};
    std::shared_ptr<RequestLog> logger;
    scheduleRecovery(dev);
    {
        std::lock_guard lock(mutex);
        for (std::size_t k = 0; k < out.size(); ++k) {
            std::size_t m = batch.members[k];
            ++channelStatus[m].readings;
            channelStatus[m].lastStatus = out[k].status;
            if (!error) meters[m].add(stamp);
        }
        ++requests;
        if (error) ++errors;
        logger = log;
        deviceStatus[dev].state = d.state();
        if (d.lastError()) deviceStatus[dev].lastError = d.lastError();
        linkUp = link.connected();
    }
    if (logger && *logger) (*logger)(entry);
    schedule.served(batch, clock.now());
    for (const Reading& r : out) sink(r);
}

SteadyTime BusWorker::Impl::wakeTime() const {
    SteadyTime t = SteadyTime::max();
    if (auto due = schedule.earliestDue()) t = clock.wallDeadline(*due);
    for (const auto& w : nextWatchdog) {
        if (w) t = std::min(t, *w);
    }
    for (const auto& r : nextRecovery) {
        if (r) t = std::min(t, *r);
    }
    return t;
}

void BusWorker::Impl::run() {
    configureAll();
    while (true) {
        std::optional<Command> cmd;
        {
            std::lock_guard lock(mutex);
            if (stopping) break;
            if (!commands.empty()) {
                cmd.emplace(std::move(commands.front()));
                commands.pop_front();
            }
        }
        // One request per turn, so that a write waits for at most one request in flight.
        if (cmd) {
            handle(*cmd);
            continue;
        }
        SteadyTime now = std::chrono::steady_clock::now();
        if (refreshDueWatchdog(now) || recoverDueDevice(now)) continue;
        if (auto batch = schedule.nextDue(clock.now())) {
            serve(*batch);
            continue;
        }
        SteadyTime until = wakeTime();
        std::unique_lock lock(mutex);
        auto woken = [&] { return stopping || !commands.empty(); };
        if (until == SteadyTime::max()) {
            wake.wait(lock, woken);
        } else {
            wake.wait_until(lock, until, woken);
        }
    }
    for (Device& d : devices) d.stop();
    link.close();
    std::deque<Command> left;
    {
        std::lock_guard lock(mutex);
        left.swap(commands);
        for (std::size_t i = 0; i < devices.size(); ++i)
            deviceStatus[i].state = DeviceState::stopped;
        linkUp = false;
    }
    for (Command& c : left) {
        if (c.kind == Command::Kind::write) {
            c.done.set_value(WriteOutcome{
                c.channel, LinkError{LinkErrorKind::refused, 0, config.name + ": bus stopped"}, 0,
                0});
        }
    }
}

BusWorker::BusWorker(BusConfig config, std::vector<DeviceOnBus> devices,
                     std::vector<PolledChannel> channels, const Clock& clock, ReadingSink sink)
    : impl_(std::make_unique<Impl>(std::move(config), std::move(devices), std::move(channels),
                                   clock, std::move(sink))) {}

BusWorker::~BusWorker() {
    stop();
}

void BusWorker::start() {
    std::lock_guard lock(impl_->mutex);
    if (impl_->running) return;
    impl_->stopping = false;
    impl_->running = true;
    for (std::size_t i = 0; i < impl_->nextRecovery.size(); ++i) {
        impl_->nextRecovery[i].reset();
        impl_->nextWatchdog[i].reset();
        impl_->rearmOnRecovery[i] = false;
    }
    impl_->thread = std::thread([this] { impl_->run(); });
}

void BusWorker::stop() {
    {
        std::lock_guard lock(impl_->mutex);
        if (!impl_->running) return;
        impl_->stopping = true;
    }
    impl_->wake.notify_all();
    impl_->thread.join();
    std::lock_guard lock(impl_->mutex);
    impl_->running = false;
}

void BusWorker::setRate(ChannelId id, double hz) {
    {
        std::lock_guard lock(impl_->mutex);
        for (ChannelStatus& c : impl_->channelStatus) {
            if (c.id == id) c.rateHz = hz;
        }
        Command c{Command::Kind::setRate, id, 0, hz, units::Quantity{false}, {}};
        impl_->commands.push_back(std::move(c));
    }
    impl_->wake.notify_all();
}

std::future<WriteOutcome> BusWorker::write(ChannelId id, units::Quantity value) {
    Command c{Command::Kind::write, id, 0, 0.0, value, {}};
    std::future<WriteOutcome> f = c.done.get_future();
    {
        std::lock_guard lock(impl_->mutex);
        if (!impl_->running || impl_->stopping) {
            c.done.set_value(WriteOutcome{
                id, LinkError{LinkErrorKind::refused, 0, impl_->config.name + ": bus not running"},
                0, 0});
            return f;
        }
        impl_->commands.push_back(std::move(c));
    }
    impl_->wake.notify_all();
    return f;
}

void BusWorker::arm(int unitId) {
    {
        std::lock_guard lock(impl_->mutex);
        impl_->commands.push_back(
            Command{Command::Kind::arm, 0, unitId, 0.0, units::Quantity{false}, {}});
    }
    impl_->wake.notify_all();
}

void BusWorker::disarm(int unitId) {
    {
        std::lock_guard lock(impl_->mutex);
        impl_->commands.push_back(
            Command{Command::Kind::disarm, 0, unitId, 0.0, units::Quantity{false}, {}});
    }
    impl_->wake.notify_all();
}

BusStatus BusWorker::status() const {
    Nanos now = impl_->clock.now();
    std::lock_guard lock(impl_->mutex);
    BusStatus s;
    s.bus = impl_->config.name;
    s.running = impl_->running;
    s.linkUp = impl_->linkUp;
    s.devices = impl_->deviceStatus;
    s.channels = impl_->channelStatus;
    for (std::size_t i = 0; i < s.channels.size(); ++i)
        s.channels[i].achievedHz = impl_->meters[i].rateHz(now);
    s.requests = impl_->requests;
    s.errors = impl_->errors;
    return s;
}

void BusWorker::setWriteObserver(WriteObserver observer) {
    auto p = std::make_shared<WriteObserver>(std::move(observer));
    std::lock_guard lock(impl_->mutex);
    impl_->observer = std::move(p);
}

void BusWorker::setRequestLog(std::function<void(const RequestLogEntry&)> log) {
    auto p = std::make_shared<RequestLog>(std::move(log));
    std::lock_guard lock(impl_->mutex);
    impl_->log = std::move(p);
}

}  // namespace gasbench::hal
