#include "gasbench/storage/run_records.hpp"


#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/row_digest.hpp"
#include "gasbench/storage/sampling_batch.hpp"
#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

constexpr const char* kColumns =
    "SELECT r.id, r.procedure_id, r.profile_id, r.profile_version, r.station_id, r.operator, "
    "s.code, r.start_stamp_ns, r.started_at, r.ended_at, r.state, r.verdict, r.abort_cause, "
    "r.station_lab "
    "FROM runs r JOIN samples s ON s.id = r.sample_id ";

StoredRun readRun(const Statement& s) {
    StoredRun r;
    r.id = s.integer(0);
    r.info = {s.text(1), s.text(2), static_cast<int>(s.integer(3)), s.text(4), s.text(5), s.text(6), s.integer(7), s.text(13)};
    r.startedAt = s.text(8);
    r.endedAt = s.optText(9);
    r.state = parseRunState(s.text(10)).value_or(RunState::running);
    if (auto v = s.optText(11)) r.verdict = parseVerdict(*v);
    r.abortCause = s.optText(12);
    return r;
}

}  // namespace

RunId insertRun(Database& db, const RunInfo& info) {
    Transaction tx(db);
    auto sample = findSample(db, info.sampleCode);
    if (!sample) throw RecordError("sample", "no sample '" + info.sampleCode + "' is registered");
    Statement s = db.prepare(
        "INSERT INTO runs (sample_id, procedure_id, profile_id, profile_version, station_id, "
        "operator, start_stamp_ns, started_at, state, station_lab) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running', ?)");
    s.bind(1, sample->id).bind(2, info.procedureId).bind(3, info.profileId);
    s.bind(4, std::to_string(info.profileVersion)).bind(5, info.stationId).bind(6, info.operatorName);
    s.bind(7, static_cast<std::int64_t>(info.startStamp)).bind(8, utcNow()).bind(9, info.stationLab);
    s.run();
    RunId id = db.lastInsertId();
    appendEvent(db, {info.operatorName, "run.started", id, info.sampleCode,
                     info.procedureId + " " + info.profileId + "@" + std::to_string(info.profileVersion) +
                         " on " + info.stationId,
                     RowRef{"runs", id}});
    tx.commit();
    return id;
}

void closeRun(Database& db, RunId run, RunState state, std::optional<Verdict> verdict,
              const std::string& cause, const std::string& who) {
    if (state == RunState::running) throw RecordError("state", "a run is closed with an end state");
    Transaction tx(db);
    Statement s = db.prepare(
        "UPDATE runs SET state = ?, verdict = ?, abort_cause = ?, ended_at = ? "
        "WHERE id = ? AND state = 'running'");
    s.bind(1, runStateId(state));
    if (verdict) {
        s.bind(2, verdictId(*verdict));
    } else {
        s.bindNull(2);
    }
    if (cause.empty()) {
        s.bindNull(3);
    } else {
        s.bind(3, cause);
    }
    s.bind(4, utcNow()).bind(5, run);
    s.run();
    if (db.changes() != 1) {
        throw RecordError("run", "run " + std::to_string(run) + " is not running");
    }
    std::string details = std::string(runStateId(state));
    if (verdict) details += ", verdict " + std::string(verdictId(*verdict));
    if (!cause.empty()) details += ": " + cause;
    // The run takes no more readings: its channels and chunks are sealed as they are now, and
    // the run's own end is its last event.
    appendEvent(db, {who, "run.series-sealed", run, std::to_string(run), "", RowRef{std::string(kSeriesRecord), run}});
    appendEvent(db, {who, "run." + std::string(runStateId(state)), run, std::to_string(run), details,
                     RowRef{"runs", run}});
    tx.commit();
}

std::optional<StoredRun> findRun(Database& db, RunId run) {
    Statement s = db.prepare(std::string(kColumns) + "WHERE r.id = ?");
    s.bind(1, run);
    if (!s.step()) return std::nullopt;
    return readRun(s);
}

std::vector<StoredRun> listRuns(Database& db, const std::optional<std::string>& sampleCode) {
    std::vector<StoredRun> all;
    Statement s = db.prepare(std::string(kColumns) + (sampleCode ? "WHERE s.code = ? " : "") +
                             "ORDER BY r.id");
    if (sampleCode) s.bind(1, *sampleCode);
    while (s.step()) all.push_back(readRun(s));
    return all;
}

}  // namespace gasbench::storage
