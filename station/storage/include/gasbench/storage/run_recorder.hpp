#pragma once
// Records a run: its row, its channels, every reading of every channel, its measurements and
// events, and its end.
//
// record() is the hot path, called by the bus workers: it appends the reading to a bounded
// queue under a short lock and never waits (a reading that finds the queue full is counted
// lost, and the run then ends failed-to-record). The recorder's own thread swaps the queue out, packs readings into per-channel
// chunks and writes them in transactions of ~transactionReadings readings on its own
// connection (synchronous=NORMAL: a crash of the program loses nothing committed). It also
// checkpoints the WAL at quiet moments (wal_autocheckpoint is off on both connections, so no
// commit ever pays for a checkpoint).
//
// beginRun, addChannel and endRun are synchronous (committed with synchronous=FULL when they
// return). recordMeasurement and recordEvent check the record and queue it for the same writer
// thread, so the procedure never waits on a lock another program holds: the writer commits it
// at once (a measurement's transaction with synchronous=FULL), in order, retrying a lock like
// any write; if it cannot, the run ends failed-to-record. Call them from one thread (the
// procedure engine's).
//
// A run that is never ended (the program dies, or the recorder is destroyed first) is found
// `interrupted` at the next start, with everything committed kept.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "gasbench/core/reading.hpp"
#include "gasbench/storage/database.hpp"
#include "gasbench/storage/measurement_record.hpp"
#include "gasbench/storage/run_records.hpp"
#include "gasbench/storage/time_series.hpp"

namespace gasbench::storage {

struct RecorderOptions {
    std::size_t chunkPoints = 100;           // readings per stored chunk and channel
    std::size_t transactionReadings = 1000;  // the writer wakes for a batch this big
    std::size_t maxTransactionReadings = 4000;  // and commits at least this often when behind
    // Readings waiting for the writer. record() never waits: beyond this a reading is lost
    // (counted; the run ends failed-to-record). Sized for the longest stall SQLite has in
    // normal work (a checkpoint, a lock another program holds for a few seconds): the
    // simulated bench publishes ~3,000 readings per wall second at time scale 20, so 131,072
    // readings outlast a lock held for lockLimit.
    std::size_t queueCapacity = 1 << 17;
    // How long the writer waits for, and retries, a lock held by another connection before its
    // write fails for good.
    std::chrono::milliseconds lockLimit{10000};
    // record() waits for room instead of losing the reading: for benchmarks and bulk loads
    // only, never where a bus worker calls it.
    bool waitWhenFull = false;
    // A reading is committed within about this long even on a slow channel (partial chunks
    // are written): the most a crash can lose.
    std::chrono::milliseconds maxDelay{1000};
    int checkpointPages = 4000;         // checkpoint when the writer has caught up
    int forceCheckpointPages = 32000;   // ... and even when it has not (bounds the WAL)
};

class RunRecorder {
public:
    explicit RunRecorder(Database& db, RecorderOptions options = {});
    ~RunRecorder();
    RunRecorder(const RunRecorder&) = delete;
    RunRecorder& operator=(const RunRecorder&) = delete;

    // One run at a time. RecordError("sample") for an unregistered sample.
    RunId beginRun(const RunInfo& info);
    void addChannel(RunId run, const ChannelInfo& channel);

    // Hot path, any thread. Readings of channels not added, or outside a run, are dropped
    // (counted in droppedReadings()).
    void record(const Reading& reading);

    // Returns once every reading recorded before the call is committed. Throws StorageError
    // if the writer failed.
    void flush();

    // RecordError now for a run not open here or a record that cannot be stored; a write that
    // fails later shows in recordingFailure().
    void recordMeasurement(RunId run, const Measurement& measurement);
    void recordEvent(RunId run, const std::string& what, const std::string& details);

    // Commits the remaining readings, then closes the run (state, verdict, cause) — as
    // failedToRecord, without a verdict, when recordingFailure() is not empty. Returns the
    // state stored. Throws StorageError when even the close cannot be written.
    RunState endRun(RunId run, RunState state, std::optional<Verdict> verdict,
                    const std::string& cause = {});

    // Called once, from the recorder's thread, when its writer fails for good (a full disk, a
    // lock held past the limit): the run has nothing more to record and should end now.
    void onWriteFailure(std::function<void(const std::string&)> notify);

    // Closes the run after a fault the caller could not get past: failed-to-record for a
    // storage fault (`why` and what was kept in its cause), aborted otherwise. Never
    // throws; returns the state stored (running when even that close could not be written:
    // the next start then finds it interrupted).
    RunState abandonRun(RunId run, const std::string& why, bool storageFault) noexcept;

    std::uint64_t committedReadings() const;
    std::uint64_t droppedReadings() const;
    // Readings of the run that should have been kept and were not (queue full, writer failed).
    std::uint64_t lostReadings() const;
    // Why the run cannot be recorded in full (a write failed for good, readings, measurements
    // or events lost); empty
    // while nothing was lost. endRun then closes the run failedToRecord with this cause.
    std::string recordingFailure() const;

private:
    class Writer;
    void requireActive(RunId run) const;

    Database& db_;
    std::unique_ptr<Writer> writer_;
    struct ActiveRun;
    std::unique_ptr<ActiveRun> active_;
};

}  // namespace gasbench::storage
