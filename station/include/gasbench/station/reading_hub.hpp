#pragma once
// Where every reading goes once it is taken: a bounded ring per channel (live charts and
// procedure waits; memory stays bounded whatever the run length) and the subscribers (the
// recorder). Waits are woken by new readings, never by sleep-and-poll.

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <stop_token>
#include <vector>

#include "gasbench/core/clock.hpp"
#include "gasbench/core/reading.hpp"

namespace gasbench::station {

enum class HubWait { met, deadline, stopped, deviceLost };

class ReadingHub {
public:
    using Subscriber = std::function<void(const Reading&)>;

    ReadingHub(std::size_t channelCount, std::size_t capacityPerChannel);
    ReadingHub(const ReadingHub&) = delete;
    ReadingHub& operator=(const ReadingHub&) = delete;

    // Subscribers are called on the publishing (bus worker) thread; keep them cheap.
    void subscribe(Subscriber s);
    // Thread-safe; called by every bus worker.
    void publish(const Reading& r);

    std::optional<Reading> latest(ChannelId ch) const;
    std::optional<Reading> latestOk(ChannelId ch) const;
    // Copies of the readings of a channel stamped at or after `since`, oldest first.
    std::vector<Reading> snapshot(ChannelId ch, Nanos since) const;
    std::uint64_t published(ChannelId ch) const;

    struct WaitRequest {
        ChannelId channel = 0;
        Nanos since = 0;
        Nanos deadline = 0;
        std::function<bool(const Reading&)> condition;
        std::function<bool()> deviceLost;  // checked on each wake; may be empty
    };
    // Calls the condition on every Ok reading stamped at or after `since`, in order, once each,
    // from this thread, until it holds, the deadline (bench time) passes, or stop is requested.
    HubWait wait(const WaitRequest& request, const Clock& clock, std::stop_token stop,
                 std::optional<Reading>& lastSeen);

private:
    struct Ring {
        std::vector<Reading> entries;
        std::uint64_t total = 0;
        std::optional<Reading> lastOk;
    };
    std::uint64_t firstIndexSince(const Ring& ring, Nanos since) const;

    mutable std::mutex mutex_;
    std::condition_variable_any arrived_;
    std::vector<Ring> rings_;
    std::vector<std::size_t> waiting_;  // per channel: threads blocked in wait() on it
    std::size_t capacity_;
    std::vector<Subscriber> subscribers_;
};

}  // namespace gasbench::station
