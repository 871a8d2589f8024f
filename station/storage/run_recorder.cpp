#include "gasbench/storage/run_recorder.hpp"

#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/run_lock.hpp"
#include "gasbench/storage/storage_error.hpp"
#include "series_writer.hpp"

namespace gasbench::storage {

class RunRecorder::Writer : public SeriesWriter {
public:
    using SeriesWriter::SeriesWriter;
};

struct RunRecorder::ActiveRun {
    RunId id = 0;
    std::string operatorName;
    RunLock lock;
};

RunRecorder::RunRecorder(Database& db, RecorderOptions options) : db_(db) {
    // Checkpoints are the writer thread's job, at quiet moments (MEASURED.md: an automatic
    // one inside COMMIT costs 10-13 ms).
    db_.exec("PRAGMA wal_autocheckpoint=0");
    writer_ = std::make_unique<Writer>(db_.path(), options);
}

RunRecorder::~RunRecorder() {
    // The writer commits what it holds; a run left open stays `running` until recovery.
    writer_.reset();
    try {
        db_.exec("PRAGMA wal_autocheckpoint=1000");
    } catch (const StorageError&) {
        // Only a pragma: the connection may already be failing, and a destructor must not throw.
    }
}

void RunRecorder::requireActive(RunId run) const {
    if (!active_ || active_->id != run) {
        throw RecordError("run", "run " + std::to_string(run) + " is not being recorded here");
    }
}

RunId RunRecorder::beginRun(const RunInfo& info) {
    if (active_) throw RecordError("run", "run " + std::to_string(active_->id) + " is still open");
    Transaction tx(db_);
    RunId id = insertRun(db_, info);
    // Locked before the commit: no other program can see the run without its lock held.
    auto lock = RunLock::tryAcquire(db_.path(), id);
    if (!lock) throw StorageError("run " + std::to_string(id) + " is locked by another program");
    try {
        tx.commit();
    } catch (...) {
        lock->release();
        throw;
    }
    active_ = std::make_unique<ActiveRun>(ActiveRun{id, info.operatorName, std::move(*lock)});
    writer_->setAccepting(true);
    return id;
}

void RunRecorder::addChannel(RunId run, const ChannelInfo& channel) {
    requireActive(run);
    std::int64_t rowId = 0;
    {
        Transaction tx(db_);
        rowId = insertRunChannel(db_, run, channel);
        tx.commit();
    }
    writer_->addChannel(channel.channel, rowId, channel.unit);
}

void RunRecorder::record(const Reading& reading) { writer_->record(reading); }

void RunRecorder::flush() { writer_->flush(); }

std::int64_t RunRecorder::recordMeasurement(RunId run, const MeasurementRecord& measurement) {
    requireActive(run);
    try {
        return insertMeasurement(db_, run, measurement, active_->operatorName);
    } catch (const StorageError& e) {
        noteWriteFailure("measurement " + measurement.item + " not recorded: " + e.what());
        throw;
    }
}

void RunRecorder::recordEvent(RunId run, const std::string& what, const std::string& details) {
    requireActive(run);
    try {
        appendEvent(db_, {active_->operatorName, what, run, "", details});
    } catch (const StorageError& e) {
        noteWriteFailure("event " + what + " not recorded: " + e.what());
        throw;
    }
}

void RunRecorder::noteWriteFailure(const std::string& what) {
    std::lock_guard lock(failureMutex_);
    if (writeFailure_.empty()) writeFailure_ = what;
}

std::string RunRecorder::recordingFailure() const {
    std::string why;
    {
        std::lock_guard lock(failureMutex_);
        why = writeFailure_;
    }
    std::string writer = writer_->failure();
    if (!writer.empty()) why += (why.empty() ? "" : "; ") + std::string("the time series writer failed: ") + writer;
    if (std::uint64_t lost = writer_->lost(); lost > 0) {
        why += (why.empty() ? "" : "; ") + std::to_string(lost) + " readings could not be kept";
    }
    return why;
}

RunState RunRecorder::endRun(RunId run, RunState state, std::optional<Verdict> verdict,
                             const std::string& cause) {
    requireActive(run);
    writer_->setAccepting(false);
    try {
        writer_->flush();  // the closed run takes no readings: all of them go in first
    } catch (const StorageError&) {
        // Reported through recordingFailure() below.
    }
    writer_->clearChannels();
    // A run recorded in part is never closed as completed (or with a verdict).
    if (std::string failure = recordingFailure(); !failure.empty()) {
        std::string why = "recording failed: " + failure + "; " + std::to_string(writer_->committed()) +
                          " readings kept";
        if (!cause.empty()) why += "; the run itself: " + std::string(runStateId(state)) + ", " + cause;
        state = RunState::failedToRecord;
        verdict.reset();
        closeRun(db_, run, state, verdict, why, active_->operatorName);
    } else {
        closeRun(db_, run, state, verdict, cause, active_->operatorName);
    }
    active_->lock.release();
    active_.reset();
    return state;
}

std::uint64_t RunRecorder::lostReadings() const { return writer_->lost(); }

std::uint64_t RunRecorder::committedReadings() const { return writer_->committed(); }

std::uint64_t RunRecorder::droppedReadings() const { return writer_->dropped(); }

}  // namespace gasbench::storage
