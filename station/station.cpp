#include "gasbench/station/station.hpp"

#include <algorithm>
#include <cmath>
#include <chrono>
#include <stdexcept>

namespace gasbench::station {
namespace {

std::int64_t wallNowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

}  // namespace

Station::Station(StationConfig config, const Clock& clock, std::size_t ringCapacity)
    : config_(std::move(config)),
      clock_(clock),
      hub_(config_.channels.size(), ringCapacity),
      lastOkWallNs_(new std::atomic<std::int64_t>[config_.devices.size()]) {
    for (std::size_t i = 0; i < config_.devices.size(); ++i) lastOkWallNs_[i] = 0;
    for (const auto& ch : config_.channels) deviceOfChannel_.push_back(deviceIndex(ch.device));

    // Health first, so a device counts as alive from its first Ok reading.
    hub_.subscribe([this](const Reading& r) {
        if (r.ok() && r.channel < deviceOfChannel_.size()) {
            lastOkWallNs_[deviceOfChannel_[r.channel]].store(wallNowNs(), std::memory_order_relaxed);
        }
    });

    for (const auto& bus : config_.buses) {
        std::vector<hal::DeviceOnBus> devices;
        for (const auto& d : config_.devices) {
            if (d.bus == bus.name) devices.push_back(hal::DeviceOnBus{d.unitId, d.map.get()});
        }
        std::vector<hal::PolledChannel> channels;
        for (const auto& c : config_.channels) {
            if (c.bus != bus.name) continue;
            channels.push_back(hal::PolledChannel{c.id, c.unitId, c.spec, c.rateHz, c.priority});
        }
        workers_.push_back(std::make_unique<hal::BusWorker>(
            bus, std::move(devices), std::move(channels), clock_,
            [this](const Reading& r) { hub_.publish(r); }));
        // Observers are registered before start(); the list is not changed while workers run.
        std::vector<std::pair<int, std::string>> names;
        for (const auto& d : config_.devices) {
            if (d.bus == bus.name) names.emplace_back(d.unitId, d.name);
        }
        workers_.back()->setWriteObserver([this, names](const hal::WriteReport& r) {
            static const std::string unknown;
            const std::string* device = &unknown;
            for (const auto& [unit, name] : names) {
                if (unit == r.unitId) device = &name;
            }
            for (const auto& o : writeObservers_) o(*device, r);
        });
    }
}

void Station::subscribeWrites(WriteSubscriber observer) {
    if (running_) throw std::logic_error("Station::subscribeWrites after start()");
    writeObservers_.push_back(std::move(observer));
}

Station::~Station() { stop(); }

std::size_t Station::deviceIndex(const std::string& name) const {
    for (std::size_t i = 0; i < config_.devices.size(); ++i) {
        if (config_.devices[i].name == name) return i;
    }
    throw std::invalid_argument("no device named " + name);
}

void Station::start() {
    if (running_.exchange(true)) return;
    startedWallNs_ = wallNowNs();
    for (auto& w : workers_) w->start();
}

void Station::stop() {
    if (!running_.exchange(false)) return;
    enterSafeState();
    for (auto& w : workers_) w->stop();
}

hal::BusWorker& Station::workerFor(const std::string& bus) {
    for (std::size_t i = 0; i < config_.buses.size(); ++i) {
        if (config_.buses[i].name == bus) return *workers_[i];
    }
    throw std::invalid_argument("no bus named " + bus);
}

void Station::armOutputs() {
    for (const auto& d : config_.devices) {
        bool hasOutputs = false;
        for (const auto& c : d.map->channels) hasOutputs = hasOutputs || c.writable();
        if (hasOutputs) workerFor(d.bus).arm(d.unitId);
    }
    armed_ = true;
}

void Station::disarmOutputs() {
    for (const auto& d : config_.devices) workerFor(d.bus).disarm(d.unitId);
    armed_ = false;
}

std::future<hal::WriteOutcome> Station::write(ChannelId channel, const units::Quantity& value) {
    if (channel >= config_.channels.size()) throw std::invalid_argument("no channel " + std::to_string(channel));
    return workerFor(config_.channel(channel).bus).write(channel, value);
}

SafeStateReport Station::enterSafeState() noexcept {
    SafeStateReport report;
    try {
        std::lock_guard lock(safeStateMutex_);
        // Armed again even when armed: a device whose watchdog lapsed is refreshed first (the
        // bus worker does it before the writes queued behind), or it would hold the safe state's
        // outputs off (the vent closed) while acknowledging the writes.
        armOutputs();
        std::vector<std::pair<ChannelId, std::future<hal::WriteOutcome>>> pending;
        for (const auto& out : config_.safeState) pending.emplace_back(out.channel, write(out.channel, out.value));
        report.reached = true;
        std::vector<std::pair<const SafeStateOutput*, Nanos>> acknowledged;
        for (std::size_t k = 0; k < pending.size(); ++k) {
            auto& [ch, f] = pending[k];
            hal::WriteOutcome o = f.get();
            if (o.ok()) {
                report.stamp = std::max(report.stamp, o.finished);
                acknowledged.emplace_back(&config_.safeState[k], o.finished);
            } else {
                report.reached = false;
                report.failures.push_back(config_.channel(ch).qualifiedName + ": " + o.error->text);
            }
        }
        // An acknowledgement is not the state: read each output back (the next poll after its
        // write) and call the bench safe only when it shows the safe value.
        readBack(acknowledged, report);
        disarmOutputs();
    } catch (const std::exception& e) {
        report.reached = false;
        report.failures.push_back(e.what());
    } catch (...) {
        report.reached = false;
        report.failures.push_back("unknown error");
    }
    return report;
}

void Station::readBack(const std::vector<std::pair<const SafeStateOutput*, Nanos>>& written,
                       SafeStateReport& report) {
    using namespace std::chrono_literals;
    const auto until = std::chrono::steady_clock::now() + kSafeStateReadBack;
    std::stop_source never;
    for (const auto& [out, writtenAt] : written) {
        const StationChannel& ch = config_.channel(out->channel);
        if (!ch.spec->readable() || ch.rateHz <= 0) continue;  // write-only: the ack is all there is
        auto left = std::chrono::duration_cast<std::chrono::nanoseconds>(until - std::chrono::steady_clock::now());
        ReadingHub::WaitRequest req;
        req.channel = out->channel;
        req.since = writtenAt + 1;
        req.deadline = clock_.now() + static_cast<Nanos>(static_cast<double>(std::max<std::int64_t>(left.count(), 0)) *
                                                         clock_.timeScale());
        req.condition = [](const Reading&) { return true; };
        std::optional<Reading> seen;
        if (hub_.wait(req, clock_, never.get_token(), seen) != HubWait::met || !seen) {
            report.reached = false;
            report.failures.push_back(ch.qualifiedName + ": not read back after the write");
            continue;
        }
        const double want = units::siValue(out->value);
        const double got = units::siValue(seen->value);
        if (std::abs(got - want) > 1e-6 * std::max(1.0, std::abs(want))) {
            report.reached = false;
            report.failures.push_back(ch.qualifiedName + ": reads " + std::to_string(got) + ", the safe state is " +
                                      std::to_string(want));
        }
    }
}

bool Station::waitForOutputDevices(std::chrono::milliseconds timeout) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    std::stop_source never;
    for (const auto& d : config_.devices) {
        const StationChannel* polled = nullptr;
        bool hasOutputs = false;
        for (const auto& c : config_.channels) {
            if (c.device != d.name) continue;
            hasOutputs = hasOutputs || c.spec->writable();
            if (!polled && c.spec->readable() && c.rateHz > 0) polled = &c;
        }
        if (!hasOutputs || !polled) continue;
        auto left = std::chrono::duration_cast<std::chrono::nanoseconds>(until - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        ReadingHub::WaitRequest req;
        req.channel = polled->id;
        req.since = 0;
        req.deadline = clock_.now() + static_cast<Nanos>(static_cast<double>(left.count()) * clock_.timeScale());
        req.condition = [](const Reading&) { return true; };
        std::optional<Reading> seen;
        if (hub_.wait(req, clock_, never.get_token(), seen) != HubWait::met) return false;
    }
    return true;
}

void Station::setRate(ChannelId channel, double hz) {
    workerFor(config_.channel(channel).bus).setRate(channel, hz);
}

bool Station::deviceLost(const std::string& device) const {
    std::size_t i = deviceIndex(device);
    std::int64_t last = lastOkWallNs_[i].load(std::memory_order_relaxed);
    std::int64_t since = last > 0 ? last : startedWallNs_;
    if (!running_ || since == 0) return false;
    auto timeout = std::chrono::duration_cast<std::chrono::nanoseconds>(config_.devices[i].lossTimeout).count();
    return wallNowNs() - since > timeout;
}

std::optional<std::string> Station::lostCriticalDevice() const {
    for (const auto& d : config_.devices) {
        if (d.critical && deviceLost(d.name)) return d.name;
    }
    return std::nullopt;
}

std::optional<std::chrono::steady_clock::time_point> Station::nextCriticalLoss() const {
    if (!running_) return std::nullopt;
    std::optional<std::int64_t> first;
    for (std::size_t i = 0; i < config_.devices.size(); ++i) {
        if (!config_.devices[i].critical) continue;
        std::int64_t last = lastOkWallNs_[i].load(std::memory_order_relaxed);
        std::int64_t since = last > 0 ? last : startedWallNs_;
        auto timeout = std::chrono::duration_cast<std::chrono::nanoseconds>(config_.devices[i].lossTimeout).count();
        std::int64_t at = since + timeout + 1;
        if (!first || at < *first) first = at;
    }
    if (!first) return std::nullopt;
    return std::chrono::steady_clock::time_point(std::chrono::nanoseconds(*first));
}

std::vector<hal::BusStatus> Station::busStatus() const {
    std::vector<hal::BusStatus> all;
    for (const auto& w : workers_) all.push_back(w->status());
    return all;
}

}  // namespace gasbench::station
