#pragma once
// The recorder's thread (private to gasbench_storage): the bounded reading queue, the
// per-channel chunk buffers, batched transactions on its own connection, WAL checkpoints.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "gasbench/storage/run_recorder.hpp"

namespace gasbench::storage {

class SeriesWriter {
public:
    static constexpr ChannelId kMaxChannelId = 65535;

    SeriesWriter(std::string databasePath, const RecorderOptions& options);
    ~SeriesWriter();  // commits what it holds, then stops

    // Starts or stops accepting readings (outside a run, record() drops them).
    void setAccepting(bool accepting);
    // Readings of `channel` go to run_channels row `runChannelId` from now on.
    // RecordError for a ChannelId beyond kMaxChannelId.
    void addChannel(ChannelId channel, std::int64_t runChannelId, const units::UnitSpec& unit);
    // Forgets every channel (after the run's last flush).
    void clearChannels();

    void record(const Reading& reading);
    // A measurement or event row: written by the writer's thread, in order, in its next
    // transaction (on its own connection, so the caller never waits for a lock). `durable`
    // commits that transaction with synchronous=FULL. Never waits; after the writer failed the
    // row is counted in lostRows().
    struct RowWrite {
        std::function<void(Database&)> apply;
        bool durable = false;
    };
    void write(RowWrite row);
    void flush();

    std::uint64_t committed() const { return committed_.load(std::memory_order_acquire); }
    std::uint64_t dropped() const { return dropped_.load(std::memory_order_relaxed); }
    // Readings of the run that could not be kept: the queue was full, or the writer had failed.
    std::uint64_t lost() const { return lost_.load(std::memory_order_relaxed); }
    // Measurement and event rows that could not be kept (the writer failed).
    std::uint64_t lostRows() const { return lostRows_.load(std::memory_order_relaxed); }
    // Why the writer failed for good; empty while it has not.
    std::string failure();
    // Called once, on the writer's thread, when it fails for good (set before the run).
    void onFailure(std::function<void(const std::string&)> notify);

private:
    // A reading as queued: 24 bytes, no variant, so the writer's pass over a batch stays in
    // cache.
    struct Queued {
        Nanos stamp;
        double si;
        ChannelId channel;
        std::uint8_t dimension;
        ReadingStatus status;
    };
    struct ChannelBuffer {
        bool known = false;
        std::int64_t runChannelId = 0;
        units::UnitSpec unit;
        std::vector<unsigned char> packed;
        std::size_t count = 0;
        Nanos first = 0;
        Nanos last = 0;
    };
    // A chunk packed and waiting for its transaction (kept across a retried transaction).
    struct Chunk {
        std::int64_t runChannelId = 0;
        Nanos first = 0;
        Nanos last = 0;
        std::size_t count = 0;
        std::vector<unsigned char> packed;
    };
    struct ChannelUpdate {
        bool clear = false;
        ChannelId channel = 0;
        std::int64_t runChannelId = 0;
        units::UnitSpec unit;
    };
    class Connection;

    void run(std::unique_ptr<Connection> c);
    void apply(std::vector<ChannelUpdate>& updates);
    void route(const Queued& r, Connection& c);
    void writeChunk(ChannelBuffer& b, Connection& c);
    void commit(Connection& c);
    void writePending(Connection& c);
    std::size_t queuedNow();

    std::string path_;
    RecorderOptions options_;

    std::mutex mutex_;
    std::condition_variable wake_;      // the writer: a batch is ready, a flush, a stop
    std::condition_variable space_;     // producers: the queue has room again
    std::condition_variable flushed_;   // flush(): a flush generation is done
    std::vector<Queued> queue_;
    std::vector<ChannelUpdate> updates_;
    std::vector<RowWrite> rows_;
    bool accepting_ = false;
    bool stop_ = false;
    std::uint64_t flushRequested_ = 0;
    std::uint64_t flushDone_ = 0;
    std::string error_;
    std::mutex callbackMutex_;  // held while onFailure_ runs, so that it can be reset safely
    std::function<void(const std::string&)> onFailure_;

    std::atomic<std::uint64_t> committed_{0};
    std::atomic<std::uint64_t> dropped_{0};
    std::atomic<std::uint64_t> lost_{0};
    std::atomic<std::uint64_t> lostRows_{0};

    // Writer thread only.
    std::vector<ChannelBuffer> channels_;  // indexed by ChannelId (a station's channel index)
    std::uint64_t pendingInTransaction_ = 0;
    std::vector<Chunk> pending_;
    std::vector<RowWrite> pendingRows_;  // kept across a retried transaction, like pending_

    std::thread thread_;
};

}  // namespace gasbench::storage
