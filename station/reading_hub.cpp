#include "gasbench/station/reading_hub.hpp"

#include <algorithm>
#include <chrono>
#include <stdexcept>

namespace gasbench::station {

ReadingHub::ReadingHub(std::size_t channelCount, std::size_t capacityPerChannel)
    : rings_(channelCount), waiting_(channelCount, 0), capacity_(capacityPerChannel) {
    if (capacity_ == 0) throw std::invalid_argument("ReadingHub: capacity must be positive");
    for (auto& r : rings_) r.entries.resize(capacity_);
}

void ReadingHub::subscribe(Subscriber s) {
    std::lock_guard lock(mutex_);
    subscribers_.push_back(std::move(s));
}

void ReadingHub::publish(const Reading& r) {
    if (r.channel >= rings_.size()) return;
    bool someoneWaits = false;
    {
        std::lock_guard lock(mutex_);
        Ring& ring = rings_[r.channel];
        ring.entries[ring.total % capacity_] = r;
        ++ring.total;
        if (r.ok()) ring.lastOk = r;
        someoneWaits = waiting_[r.channel] > 0;
    }
    // Only a wait on this channel can be met by this reading: no broadcast (condition_variable_any
    // takes its own mutex for it) and no waiter woken for another channel's reading. A waiter
    // that registers after the lock above was released sees the new total in its predicate.
    if (someoneWaits) arrived_.notify_all();
    // Subscribers are registered before the workers start; no lock needed to read the list.
    for (const auto& s : subscribers_) s(r);
}

std::optional<Reading> ReadingHub::latest(ChannelId ch) const {
    std::lock_guard lock(mutex_);
    const Ring& ring = rings_.at(ch);
    if (ring.total == 0) return std::nullopt;
    return ring.entries[(ring.total - 1) % capacity_];
}

std::optional<Reading> ReadingHub::latestOk(ChannelId ch) const {
    std::lock_guard lock(mutex_);
    return rings_.at(ch).lastOk;
}

std::uint64_t ReadingHub::published(ChannelId ch) const {
    std::lock_guard lock(mutex_);
    return rings_.at(ch).total;
}

std::uint64_t ReadingHub::firstIndexSince(const Ring& ring, Nanos since) const {
    std::uint64_t oldest = ring.total > capacity_ ? ring.total - capacity_ : 0;
    std::uint64_t i = ring.total;
    while (i > oldest && ring.entries[(i - 1) % capacity_].stamp >= since) --i;
    return i;
}

std::vector<Reading> ReadingHub::snapshot(ChannelId ch, Nanos since) const {
    std::lock_guard lock(mutex_);
    const Ring& ring = rings_.at(ch);
    std::vector<Reading> out;
    for (std::uint64_t i = firstIndexSince(ring, since); i < ring.total; ++i) {
        out.push_back(ring.entries[i % capacity_]);
    }
    return out;
}

HubWait ReadingHub::wait(const WaitRequest& request, const Clock& clock, std::stop_token stop,
                         std::optional<Reading>& lastSeen) {
    // Device loss is checked at least this often while nothing arrives.
    constexpr auto kLossCheck = std::chrono::milliseconds(50);
    std::unique_lock lock(mutex_);
    const Ring& ring = rings_.at(request.channel);
    std::uint64_t cursor = firstIndexSince(ring, request.since);
    for (;;) {
        while (cursor < ring.total) {
            std::uint64_t oldest = ring.total > capacity_ ? ring.total - capacity_ : 0;
            cursor = std::max(cursor, oldest);
            Reading r = ring.entries[cursor % capacity_];
            ++cursor;
            if (!r.ok() || r.stamp < request.since) continue;
            lastSeen = r;
            lock.unlock();
            bool met = request.condition(r);
            lock.lock();
            if (met) return HubWait::met;
        }
        if (stop.stop_requested()) return HubWait::stopped;
        if (request.deviceLost) {
            lock.unlock();
            bool lost = request.deviceLost();
            lock.lock();
            if (lost) return HubWait::deviceLost;
        }
        Nanos now = clock.now();
        if (now >= request.deadline) return HubWait::deadline;
        auto wake = std::min(clock.wallDeadline(request.deadline), std::chrono::steady_clock::now() + kLossCheck);
        ++waiting_[request.channel];
        arrived_.wait_until(lock, stop, wake, [&] { return cursor < ring.total; });
        --waiting_[request.channel];
    }
}

}  // namespace gasbench::station
