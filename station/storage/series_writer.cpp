#include "series_writer.hpp"

#include <sqlite3.h>

#include <chrono>
#include <thread>

#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {

// The writer's own connection and its prepared insert.
class SeriesWriter::Connection {
public:
    explicit Connection(const std::string& path)
        : db_(Database::open(path, {Durability::normal, false, -1})),
          insert_(db_.prepare("INSERT INTO series_chunks (run_channel_id, first_ns, last_ns, "
                              "count, points) VALUES (?, ?, ?, ?, ?)")) {
        db_.exec("PRAGMA wal_autocheckpoint=0");
        // Short waits, retried by writePending up to RecorderOptions::lockLimit in all.
        sqlite3_busy_timeout(db_.handle(), 250);
        // The hook replaces auto-checkpointing: it only notes how big the WAL has grown.
        sqlite3_wal_hook(
            db_.handle(),
            [](void* pages, sqlite3*, const char*, int n) {
                *static_cast<int*>(pages) = n;
                return SQLITE_OK;
            },
            &walPages_);
    }
    ~Connection() {
        if (open_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    void begin() {
        if (!open_) {
            db_.exec("BEGIN IMMEDIATE");
            open_ = true;
        }
    }
    bool commit() {
        if (!open_) return false;
        db_.exec("COMMIT");
        open_ = false;
        return true;
    }
    void rollback() {
        if (open_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        open_ = false;
    }
    Statement& insert() { return insert_; }
    Database& db() { return db_; }
    // The last failure was a lock held by another connection (worth waiting for).
    bool busy() const {
        int code = sqlite3_extended_errcode(db_.handle()) & 0xff;
        return code == SQLITE_BUSY || code == SQLITE_LOCKED;
    }
    // Copies the WAL back into the database when it has grown past `pages` since the last
    // time; PASSIVE never waits for readers.
    void checkpointIfAbove(int pages) {
        if (walPages_ < sinceCheckpoint_) sinceCheckpoint_ = 0;  // the WAL restarted
        if (walPages_ - sinceCheckpoint_ < pages) return;
        int log = 0, done = 0;
        sqlite3_wal_checkpoint_v2(db_.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &log, &done);
        sinceCheckpoint_ = walPages_;
    }

private:
    Database db_;
    Statement insert_;
    bool open_ = false;
    int walPages_ = 0;
    int sinceCheckpoint_ = 0;
};

SeriesWriter::SeriesWriter(std::string databasePath, const RecorderOptions& options)
    : path_(std::move(databasePath)), options_(options) {
    queue_.reserve(options_.queueCapacity);
    // Opened here, so a database that cannot be opened fails the constructor; used only by
    // the thread from then on.
    auto connection = std::make_unique<Connection>(path_);
    thread_ = std::thread([this, c = std::move(connection)]() mutable { run(std::move(c)); });
}

SeriesWriter::~SeriesWriter() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_one();
    space_.notify_all();
    thread_.join();
}

void SeriesWriter::setAccepting(bool accepting) {
    std::lock_guard lock(mutex_);
    accepting_ = accepting;
}

void SeriesWriter::addChannel(ChannelId channel, std::int64_t runChannelId,
                              const units::UnitSpec& unit) {
    if (channel > kMaxChannelId) {
        throw RecordError("channel", std::to_string(channel) + " is beyond the recorder's " +
                                         std::to_string(kMaxChannelId));
    }
    std::lock_guard lock(mutex_);
    updates_.push_back({false, channel, runChannelId, unit});
}

void SeriesWriter::clearChannels() {
    std::lock_guard lock(mutex_);
    updates_.push_back({true, 0, 0, {}});
}

void SeriesWriter::record(const Reading& reading) {
    std::unique_lock lock(mutex_);
    if (!accepting_) {
        dropped_.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    // Never waits: the caller is a bus worker, which also keeps the watchdogs alive. A reading
    // that finds the queue full, or the writer failed, is counted as lost (the run then ends
    // failed-to-record).
    if (options_.waitWhenFull && queue_.size() >= options_.queueCapacity) {
        space_.wait(lock, [&] { return queue_.size() < options_.queueCapacity || stop_; });
    }
    if (queue_.size() >= options_.queueCapacity || !error_.empty()) {
        lost_.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    queue_.push_back({reading.stamp, units::siValue(reading.value), reading.channel,
                      static_cast<std::uint8_t>(reading.value.index()), reading.status});
    if (queue_.size() == options_.transactionReadings) wake_.notify_one();
}

void SeriesWriter::write(RowWrite row) {
    {
        std::lock_guard lock(mutex_);
        if (!error_.empty()) {
            lostRows_.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        rows_.push_back(std::move(row));
    }
    wake_.notify_one();  // a row is committed now, not at the next batch of readings
}

std::string SeriesWriter::failure() {
    std::lock_guard lock(mutex_);
    return error_;
}

void SeriesWriter::onFailure(std::function<void(const std::string&)> notify) {
    std::lock_guard lock(callbackMutex_);
    onFailure_ = std::move(notify);
}

std::size_t SeriesWriter::queuedNow() {
    std::lock_guard lock(mutex_);
    return queue_.size();
}

void SeriesWriter::flush() {
    std::unique_lock lock(mutex_);
    std::uint64_t mine = ++flushRequested_;
    wake_.notify_one();
    flushed_.wait(lock, [&] { return flushDone_ >= mine; });
    if (!error_.empty()) throw StorageError("the recorder's writer failed: " + error_);
}

void SeriesWriter::apply(std::vector<ChannelUpdate>& updates) {
    for (auto& u : updates) {
        if (u.clear) {
            channels_.clear();
        } else {
            if (channels_.size() <= u.channel) channels_.resize(u.channel + 1);
            ChannelBuffer& b = channels_[u.channel];
            b = ChannelBuffer{};
            b.known = true;
            b.runChannelId = u.runChannelId;
            b.unit = u.unit;
            b.packed.reserve(options_.chunkPoints * kPackedPointSize);
        }
    }
    updates.clear();
}

void SeriesWriter::route(const Queued& r, Connection& c) {
    if (r.channel >= channels_.size() || !channels_[r.channel].known ||
        r.dimension != static_cast<std::uint8_t>(channels_[r.channel].unit.dimension)) {
        dropped_.fetch_add(1, std::memory_order_relaxed);
        return;
    }
    ChannelBuffer& b = channels_[r.channel];
    if (b.count == 0) b.first = r.stamp;
    b.last = r.stamp;
    appendPackedPoint(b.packed, {r.stamp, b.unit.fromSi(r.si), r.status});
    if (++b.count >= options_.chunkPoints) writeChunk(b, c);
}

void SeriesWriter::writeChunk(ChannelBuffer& b, Connection& c) {
    if (b.count == 0) return;
    Chunk chunk{b.runChannelId, b.first, b.last, b.count, {}};
    chunk.packed.swap(b.packed);
    b.packed.reserve(options_.chunkPoints * kPackedPointSize);
    pending_.push_back(std::move(chunk));
    pendingInTransaction_ += b.count;
    b.count = 0;
    // A writer that has fallen behind still commits in bounded transactions.
    if (pendingInTransaction_ >= options_.maxTransactionReadings) commit(c);
}

void SeriesWriter::writePending(Connection& c) {
    // A transaction holding a measurement survives a power loss once committed, as the
    // procedure's own connection did before rows came through here.
    bool durable = false;
    for (const RowWrite& r : pendingRows_) durable = durable || r.durable;
    if (durable) c.db().exec("PRAGMA synchronous=FULL");
    c.begin();
    for (const RowWrite& r : pendingRows_) r.apply(c.db());
    for (const Chunk& k : pending_) {
        Statement& s = c.insert();
        s.bind(1, k.runChannelId).bind(2, static_cast<std::int64_t>(k.first));
        s.bind(3, static_cast<std::int64_t>(k.last)).bind(4, static_cast<std::int64_t>(k.count));
        s.bindBlob(5, k.packed);
        s.run();
    }
    c.commit();
    if (durable) c.db().exec("PRAGMA synchronous=NORMAL");
}

void SeriesWriter::commit(Connection& c) {
    if (pending_.empty() && pendingRows_.empty()) return;
    // A lock held by another program (a reader's checkpoint, `sqlite3` in a terminal) is
    // waited for and the same transaction tried again, up to lockLimit in all; the readings
    // meanwhile queue up (bounded). Anything else, or a lock held longer, fails the writer.
    const auto since = std::chrono::steady_clock::now();
    for (;;) {
        try {
            writePending(c);
            break;
        } catch (const StorageError& e) {
            const bool busy = c.busy();
            c.rollback();
            if (!busy || std::chrono::steady_clock::now() - since >= options_.lockLimit) {
                throw StorageError(std::string(e.what()) +
                                   (busy ? " (the database stayed locked by another connection for " +
                                               std::to_string(options_.lockLimit.count()) + " ms)"
                                         : std::string()));
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
    }
    committed_.fetch_add(pendingInTransaction_, std::memory_order_acq_rel);
    pendingInTransaction_ = 0;
    pending_.clear();
    pendingRows_.clear();
}

void SeriesWriter::run(std::unique_ptr<Connection> c) {
    std::uint64_t flushSeen = 0;
    std::vector<Queued> batch;
    batch.reserve(options_.queueCapacity);
    std::vector<ChannelUpdate> updates;
    std::vector<RowWrite> rows;
    auto lastPartial = std::chrono::steady_clock::now();
    for (;;) {
        std::uint64_t flushWanted = 0;
        bool stopping = false;
        {
            std::unique_lock lock(mutex_);
            wake_.wait_for(lock, options_.maxDelay, [&] {
                return queue_.size() >= options_.transactionReadings || stop_ ||
                       flushRequested_ > flushDone_ || !rows_.empty();
            });
            queue_.swap(batch);
            updates_.swap(updates);
            rows_.swap(rows);
            flushWanted = flushRequested_;
            stopping = stop_;
        }
        space_.notify_all();
        if (error_.empty()) {
            std::size_t routed = 0;
            try {
                apply(updates);
                for (RowWrite& r : rows) pendingRows_.push_back(std::move(r));
                rows.clear();
                for (const Queued& r : batch) {
                    ++routed;
                    route(r, *c);
                }
                auto now = std::chrono::steady_clock::now();
                bool partials = flushWanted != flushSeen || stopping || now - lastPartial >= options_.maxDelay;
                if (partials) {
                    for (auto& b : channels_) writeChunk(b, *c);
                    lastPartial = now;
                }
                commit(*c);
                bool caughtUp = queuedNow() < options_.transactionReadings;
                c->checkpointIfAbove(caughtUp ? options_.checkpointPages
                                              : options_.forceCheckpointPages);
            } catch (const std::exception& e) {
                c->rollback();
                // What was not committed is lost: the readings of the failed transaction, of
                // this batch not yet routed, and those buffered in partial chunks.
                std::uint64_t buffered = 0;
                for (const auto& b : channels_) buffered += b.count;
                lost_.fetch_add(pendingInTransaction_ + buffered + (batch.size() - routed),
                                std::memory_order_relaxed);
                lostRows_.fetch_add(pendingRows_.size() + rows.size(), std::memory_order_relaxed);
                rows.clear();
                pendingInTransaction_ = 0;
                pending_.clear();
                pendingRows_.clear();
                for (auto& b : channels_) {
                    b.count = 0;
                    b.packed.clear();
                }
                {
                    std::lock_guard lock(mutex_);
                    error_ = e.what();
                }
                std::lock_guard lock(callbackMutex_);
                if (onFailure_) onFailure_(e.what());
            }
        } else {
            updates.clear();
            lost_.fetch_add(batch.size(), std::memory_order_relaxed);
            lostRows_.fetch_add(rows.size(), std::memory_order_relaxed);
            rows.clear();
        }
        batch.clear();
        flushSeen = flushWanted;
        {
            std::lock_guard lock(mutex_);
            flushDone_ = flushWanted;
            if (stopping && queue_.empty() && rows_.empty()) break;
        }
        flushed_.notify_all();
    }
    flushed_.notify_all();
}

}  // namespace gasbench::storage
