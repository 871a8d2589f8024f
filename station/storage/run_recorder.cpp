#include "gasbench/storage/run_recorder.hpp"

#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/measurement_record.hpp"
#include "gasbench/storage/run_lock.hpp"
#include "gasbench/storage/space_reserve.hpp"
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
    SpaceReserve reserve;  // room for the close, given back when a write failed
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
    SpaceReserve reserve = SpaceReserve::claim(db_.path());
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
    active_ = std::make_unique<ActiveRun>(ActiveRun{id, info.operatorName, std::move(*lock), std::move(reserve)});
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

void RunRecorder::recordMeasurement(RunId run, const Measurement& measurement) {
    requireActive(run);
    checkMeasurement(measurement);  // a bad record is the caller's error, now, not the writer's
    writer_->write({[m = measurement, run, who = active_->operatorName, at = utcNow()](Database& db) {
                        try {
                            insertMeasurement(db, run, m, who, at);
                        } catch (const StorageError& e) {
                            throw StorageError("measurement " + m.item + " not recorded: " + e.what());
                        }
                    },
                    true});
}

void RunRecorder::recordEvent(RunId run, const std::string& what, const std::string& details) {
    requireActive(run);
    writer_->write({[entry = AuditEntry{active_->operatorName, what, run, "", details, std::nullopt, utcNow()}](
                        Database& db) {
                        try {
                            appendEvent(db, entry);
                        } catch (const StorageError& e) {
                            throw StorageError("event " + entry.what + " not recorded: " + e.what());
                        }
                    },
                    false});
}

std::string RunRecorder::recordingFailure() const {
    std::string why;
    if (std::string writer = writer_->failure(); !writer.empty()) why = "the recorder's writer failed: " + writer;
    if (std::uint64_t lost = writer_->lost(); lost > 0) {
        why += (why.empty() ? "" : "; ") + std::to_string(lost) + " readings could not be kept";
    }
    if (std::uint64_t rows = writer_->lostRows(); rows > 0) {
        why += (why.empty() ? "" : "; ") + std::to_string(rows) + " measurements and events could not be kept";
    }
    return why;
}

RunState RunRecorder::endRun(RunId run, RunState state, std::optional<Verdict> verdict,
                             const std::string& requestedCause) {
    requireActive(run);
    writer_->setAccepting(false);
    try {
        writer_->flush();  // the closed run takes no readings: all of them go in first
    } catch (const StorageError&) {
        // Reported through recordingFailure() below.
    }
    writer_->clearChannels();
    // A run recorded in part is never closed as completed (or with a verdict).
    std::string cause = requestedCause;
    if (std::string failure = recordingFailure(); !failure.empty()) {
        cause = "recording failed: " + failure + "; " + std::to_string(writer_->committed()) + " readings kept";
        // The run's own cause, unless it is only this failure again (the failure stopped it).
        if (!requestedCause.empty() && requestedCause.find("recording failed") == std::string::npos) {
            cause += "; the run itself: " + std::string(runStateId(state)) + ", " + requestedCause;
        }
        state = RunState::failedToRecord;
        verdict.reset();
        active_->reserve.release();  // a full disk is the likeliest cause: the close needs the room
    }
    try {
        closeRun(db_, run, state, verdict, cause, active_->operatorName);
    } catch (const StorageError&) {
        if (!active_->reserve.held()) throw;
        // The disk filled up after the last reading was committed: the same close, with room.
        active_->reserve.release();
        closeRun(db_, run, state, verdict, cause, active_->operatorName);
    }
    active_->lock.release();
    active_.reset();
    return state;
}

RunState RunRecorder::abandonRun(RunId run, const std::string& why, bool storageFault) noexcept {
    if (!active_ || active_->id != run) return RunState::running;
    try {
        writer_->setAccepting(false);
        try {
            writer_->flush();
        } catch (const StorageError&) {
        }
        writer_->clearChannels();
        if (storageFault) {
            active_->reserve.release();
            std::string cause = "recording failed: " + why;
            if (std::string failure = recordingFailure(); !failure.empty()) cause += "; " + failure;
            cause += "; " + std::to_string(writer_->committed()) + " readings kept";
            closeRun(db_, run, RunState::failedToRecord, std::nullopt, cause, active_->operatorName);
        } else {
            closeRun(db_, run, RunState::aborted, std::nullopt, "the run could not go on: " + why,
                     active_->operatorName);
        }
    } catch (...) {
        return RunState::running;  // left for the next start's recovery, lock released below
    }
    const RunState stored = storageFault ? RunState::failedToRecord : RunState::aborted;
    active_->lock.release();
    active_.reset();
    return stored;
}

void RunRecorder::onWriteFailure(std::function<void(const std::string&)> notify) {
    writer_->onFailure(std::move(notify));
}

std::uint64_t RunRecorder::lostReadings() const { return writer_->lost(); }

std::uint64_t RunRecorder::committedReadings() const { return writer_->committed(); }

std::uint64_t RunRecorder::droppedReadings() const { return writer_->dropped(); }

}  // namespace gasbench::storage
