#include "gasbench/storage/migrations.hpp"

#include <sqlite3.h>

#include <array>
#include <string>

#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

// Each entry takes the schema from version i to i + 1. Never edit a released entry: add one.
constexpr std::array<const char*, 8> kMigrations = {
    // 1: the lab's records and the event log, with closed runs and events made immutable.
    R"sql(
CREATE TABLE enterprises (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    credit_code TEXT NOT NULL UNIQUE,
    address TEXT NOT NULL,
    legal_representative TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE TABLE sampling_batches (
    id INTEGER PRIMARY KEY,
    sampling_number TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL CHECK (category IN ('household-cooker', 'commercial-cooker',
        'lpg-regulator', 'gas-hose', 'gas-detector', 'shutoff-valve', 'water-heater', 'lpg')),
    product_name TEXT NOT NULL,
    brand TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    production_date TEXT,
    batch_number TEXT,
    producer_id INTEGER NOT NULL REFERENCES enterprises(id),
    sampled_unit_id INTEGER NOT NULL REFERENCES enterprises(id),
    sampling_date TEXT NOT NULL,
    samplers TEXT NOT NULL,
    batch_size INTEGER,
    units_drawn INTEGER NOT NULL,
    seal_numbers TEXT NOT NULL,
    inspection_type TEXT NOT NULL CHECK (inspection_type IN ('supervision', 'commissioned')),
    created_at TEXT NOT NULL
);
CREATE TABLE samples (
    id INTEGER PRIMARY KEY,
    batch_id INTEGER NOT NULL REFERENCES sampling_batches(id),
    code TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('test', 'backup'))
);
CREATE INDEX samples_batch ON samples(batch_id);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    procedure_id TEXT NOT NULL,
    profile_id TEXT NOT NULL,
    profile_version TEXT NOT NULL,
    station_id TEXT NOT NULL,
    operator TEXT NOT NULL,
    start_stamp_ns INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    state TEXT NOT NULL CHECK (state IN ('running', 'completed', 'aborted', 'interrupted')),
    verdict TEXT CHECK (verdict IN ('pass', 'fail', 'inconclusive')),
    abort_cause TEXT
);
CREATE INDEX runs_sample ON runs(sample_id);
CREATE TABLE measurements (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    item TEXT NOT NULL,
    clause TEXT NOT NULL,
    trial INTEGER,
    value REAL,
    unit TEXT NOT NULL,
    low REAL,
    low_inclusive INTEGER NOT NULL DEFAULT 1,
    high REAL,
    high_inclusive INTEGER NOT NULL DEFAULT 1,
    uncertainty REAL,
    verdict TEXT NOT NULL CHECK (verdict IN ('pass', 'fail', 'inconclusive')),
    note TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE INDEX measurements_run ON measurements(run_id);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    what TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id),
    subject TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX events_run ON events(run_id);

CREATE TRIGGER runs_closed_no_update BEFORE UPDATE ON runs WHEN OLD.state <> 'running'
BEGIN SELECT RAISE(ABORT, 'a closed run cannot be changed'); END;
CREATE TRIGGER runs_closed_no_delete BEFORE DELETE ON runs WHEN OLD.state <> 'running'
BEGIN SELECT RAISE(ABORT, 'a closed run cannot be deleted'); END;
CREATE TRIGGER measurements_closed_no_insert BEFORE INSERT ON measurements
WHEN (SELECT state FROM runs WHERE id = NEW.run_id) <> 'running'
BEGIN SELECT RAISE(ABORT, 'a closed run takes no new measurements'); END;
CREATE TRIGGER measurements_closed_no_update BEFORE UPDATE ON measurements
WHEN (SELECT state FROM runs WHERE id = OLD.run_id) <> 'running'
BEGIN SELECT RAISE(ABORT, 'measurements of a closed run cannot be changed'); END;
CREATE TRIGGER measurements_closed_no_delete BEFORE DELETE ON measurements
WHEN (SELECT state FROM runs WHERE id = OLD.run_id) <> 'running'
BEGIN SELECT RAISE(ABORT, 'measurements of a closed run cannot be deleted'); END;
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
)sql",
    // 2: every channel's time series, as packed chunks per channel (see chunk_codec.hpp).
    R"sql(
CREATE TABLE run_channels (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    channel INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL,
    dimension TEXT NOT NULL,
    UNIQUE (run_id, channel),
    UNIQUE (run_id, name)
);
CREATE TABLE series_chunks (
    id INTEGER PRIMARY KEY,
    run_channel_id INTEGER NOT NULL REFERENCES run_channels(id),
    first_ns INTEGER NOT NULL,
    last_ns INTEGER NOT NULL,
    count INTEGER NOT NULL,
    points BLOB NOT NULL
);
CREATE INDEX series_chunks_channel ON series_chunks(run_channel_id, first_ns);

CREATE TRIGGER run_channels_closed_no_insert BEFORE INSERT ON run_channels
WHEN (SELECT state FROM runs WHERE id = NEW.run_id) <> 'running'
BEGIN SELECT RAISE(ABORT, 'a closed run takes no new channels'); END;
CREATE TRIGGER run_channels_closed_no_update BEFORE UPDATE ON run_channels
WHEN (SELECT state FROM runs WHERE id = OLD.run_id) <> 'running'
BEGIN SELECT RAISE(ABORT, 'channels of a closed run cannot be changed'); END;
CREATE TRIGGER run_channels_closed_no_delete BEFORE DELETE ON run_channels
WHEN (SELECT state FROM runs WHERE id = OLD.run_id) <> 'running'
BEGIN SELECT RAISE(ABORT, 'channels of a closed run cannot be deleted'); END;
CREATE TRIGGER series_closed_no_insert BEFORE INSERT ON series_chunks
WHEN (SELECT r.state FROM run_channels c JOIN runs r ON r.id = c.run_id
      WHERE c.id = NEW.run_channel_id) <> 'running'
BEGIN SELECT RAISE(ABORT, 'a closed run takes no new readings'); END;
CREATE TRIGGER series_closed_no_update BEFORE UPDATE ON series_chunks
WHEN (SELECT r.state FROM run_channels c JOIN runs r ON r.id = c.run_id
      WHERE c.id = OLD.run_channel_id) <> 'running'
BEGIN SELECT RAISE(ABORT, 'the time series of a closed run cannot be changed'); END;
CREATE TRIGGER series_closed_no_delete BEFORE DELETE ON series_chunks
WHEN (SELECT r.state FROM run_channels c JOIN runs r ON r.id = c.run_id
      WHERE c.id = OLD.run_channel_id) <> 'running'
BEGIN SELECT RAISE(ABORT, 'the time series of a closed run cannot be deleted'); END;
)sql",
    // 3: the producer's province (for the problem-product table) and the kind of a
    // nonconformity (the campaign counts structural and marking problems apart).
    R"sql(
ALTER TABLE enterprises ADD COLUMN province TEXT NOT NULL DEFAULT '';
ALTER TABLE measurements ADD COLUMN nonconformity TEXT
    CHECK (nonconformity IN ('structural', 'marking'));
)sql",
    // 4: the people who sign reports (role, salted and iterated password hash) and the
    // reports themselves: draft -> reviewed -> approved -> issued, who and when per step; an
    // issued report keeps its PDF and SHA-256 and can no longer change; a correction is a new
    // version that supersedes it.
    R"sql(
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN ('technician', 'reviewer', 'approver', 'quality-manager')),
    salt TEXT NOT NULL,
    iterations INTEGER NOT NULL CHECK (iterations > 0),
    secret_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    language TEXT NOT NULL CHECK (language IN ('zh', 'en')),
    supersedes INTEGER REFERENCES reports(id),
    correction_reason TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('draft', 'reviewed', 'approved', 'issued')),
    drafted_by TEXT NOT NULL,
    drafted_at TEXT NOT NULL,
    reviewed_by TEXT,
    reviewed_at TEXT,
    approved_by TEXT,
    approved_at TEXT,
    issued_by TEXT,
    issued_at TEXT,
    pdf BLOB,
    pdf_sha256 TEXT,
    UNIQUE (number, version),
    CHECK (approved_by IS NULL OR approved_by <> reviewed_by),
    CHECK (state <> 'issued' OR (pdf IS NOT NULL AND pdf_sha256 IS NOT NULL))
);
CREATE INDEX reports_sample ON reports(sample_id);
CREATE TRIGGER reports_issued_no_update BEFORE UPDATE ON reports WHEN OLD.state = 'issued'
BEGIN SELECT RAISE(ABORT, 'an issued report cannot be changed'); END;
CREATE TRIGGER reports_issued_no_delete BEFORE DELETE ON reports WHEN OLD.state = 'issued'
BEGIN SELECT RAISE(ABORT, 'an issued report cannot be deleted'); END;
)sql",
    // 5: tamper evidence and people. Every event may name the row it records (table, id, the
    // SHA-256 of the row's content), so `audit verify` can cross-check rows against events.
    // A user is a person (staff id) with an Argon2id PIN hash and a lockout; a report keeps the
    // frozen document it reports and its hash, which every signature signs; a run keeps the lab
    // details of the station it was made on; a quality manager's confirmation of a profile.
    R"sql(
ALTER TABLE events ADD COLUMN format INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN row_table TEXT;
ALTER TABLE events ADD COLUMN row_id INTEGER;
ALTER TABLE events ADD COLUMN row_sha256 TEXT;
CREATE INDEX events_row ON events(row_table, row_id);

ALTER TABLE runs ADD COLUMN station_lab TEXT NOT NULL DEFAULT '';
ALTER TABLE sampling_batches ADD COLUMN client TEXT NOT NULL DEFAULT '';

CREATE TABLE users_v5 (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    staff_id TEXT NOT NULL UNIQUE CHECK (trim(staff_id) <> ''),
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('technician', 'reviewer', 'approver', 'quality-manager')),
    secret_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    lockouts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL
);
INSERT INTO users_v5 (id, name, staff_id, full_name, role, secret_hash, created_at)
    SELECT id, name, name, full_name, role,
           'pbkdf2-sha256$' || iterations || '$' || salt || '$' || secret_hash, created_at
    FROM users;
DROP TABLE users;
ALTER TABLE users_v5 RENAME TO users;

ALTER TABLE reports ADD COLUMN content TEXT;
ALTER TABLE reports ADD COLUMN content_sha256 TEXT;
ALTER TABLE reports ADD COLUMN chain_head TEXT;

CREATE TABLE report_signatures (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    stage TEXT NOT NULL CHECK (stage IN ('drafted', 'reviewed', 'approved', 'issued')),
    user_name TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    full_name TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    content_sha256 TEXT NOT NULL
);
CREATE INDEX report_signatures_report ON report_signatures(report_id);
CREATE TRIGGER report_signatures_no_update BEFORE UPDATE ON report_signatures
BEGIN SELECT RAISE(ABORT, 'signatures cannot be changed'); END;
CREATE TRIGGER report_signatures_no_delete BEFORE DELETE ON report_signatures
BEGIN SELECT RAISE(ABORT, 'signatures cannot be deleted'); END;

CREATE TABLE profile_confirmations (
    id INTEGER PRIMARY KEY,
    profile_id TEXT NOT NULL,
    profile_version INTEGER NOT NULL,
    profile_sha256 TEXT NOT NULL,
    source TEXT NOT NULL CHECK (trim(source) <> ''),
    confirmed_by TEXT NOT NULL,
    staff_id TEXT NOT NULL,
    confirmed_at TEXT NOT NULL
);
CREATE TRIGGER profile_confirmations_no_update BEFORE UPDATE ON profile_confirmations
BEGIN SELECT RAISE(ABORT, 'a confirmation cannot be changed'); END;
CREATE TRIGGER profile_confirmations_no_delete BEFORE DELETE ON profile_confirmations
BEGIN SELECT RAISE(ABORT, 'a confirmation cannot be deleted'); END;
)sql",
    // 6: a run can end 'failed-to-record' (a write failed for good, or readings could not be
    // kept). SQLite cannot alter a CHECK: the runs table is rebuilt (SQLite's documented
    // procedure; migrate() turns foreign keys off around the migrations and checks them before
    // the commit). The children's REFERENCES runs(id) and the other tables' triggers name "runs",
    // which is the new table once it is renamed (in legacy mode, so that the rename does not
    // check those triggers while "runs" is briefly missing).
    R"sql(
CREATE TABLE runs_v6 (
    id INTEGER PRIMARY KEY,
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    procedure_id TEXT NOT NULL,
    profile_id TEXT NOT NULL,
    profile_version TEXT NOT NULL,
    station_id TEXT NOT NULL,
    operator TEXT NOT NULL,
    start_stamp_ns INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    state TEXT NOT NULL CHECK (state IN ('running', 'completed', 'aborted', 'interrupted', 'failed-to-record')),
    verdict TEXT CHECK (verdict IN ('pass', 'fail', 'inconclusive')),
    abort_cause TEXT,
    station_lab TEXT NOT NULL DEFAULT ''
);
INSERT INTO runs_v6 (id, sample_id, procedure_id, profile_id, profile_version, station_id, operator,
                     start_stamp_ns, started_at, ended_at, state, verdict, abort_cause, station_lab)
    SELECT id, sample_id, procedure_id, profile_id, profile_version, station_id, operator,
           start_stamp_ns, started_at, ended_at, state, verdict, abort_cause, station_lab FROM runs;
DROP TABLE runs;
PRAGMA legacy_alter_table = ON;
ALTER TABLE runs_v6 RENAME TO runs;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX runs_sample ON runs(sample_id);
CREATE TRIGGER runs_closed_no_update BEFORE UPDATE ON runs WHEN OLD.state <> 'running'
BEGIN SELECT RAISE(ABORT, 'a closed run cannot be changed'); END;
CREATE TRIGGER runs_closed_no_delete BEFORE DELETE ON runs WHEN OLD.state <> 'running'
BEGIN SELECT RAISE(ABORT, 'a closed run cannot be deleted'); END;
)sql",
    // 7: a procedure that could not run through is stored as 'failed-to-run' (it was folded
    // into 'aborted'), rebuilt as in 6; and a measurement keeps the bench time it was taken
    // (stamp_ns, NULL in rows stored before it, which the row digest leaves out while NULL so
    // that their events still match).
    R"sql(
CREATE TABLE runs_v7 (
    id INTEGER PRIMARY KEY,
    sample_id INTEGER NOT NULL REFERENCES samples(id),
    procedure_id TEXT NOT NULL,
    profile_id TEXT NOT NULL,
    profile_version TEXT NOT NULL,
    station_id TEXT NOT NULL,
    operator TEXT NOT NULL,
    start_stamp_ns INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    state TEXT NOT NULL CHECK (state IN ('running', 'completed', 'aborted', 'failed-to-run', 'interrupted', 'failed-to-record')),
    verdict TEXT CHECK (verdict IN ('pass', 'fail', 'inconclusive')),
    abort_cause TEXT,
    station_lab TEXT NOT NULL DEFAULT ''
);
INSERT INTO runs_v7 (id, sample_id, procedure_id, profile_id, profile_version, station_id, operator,
                     start_stamp_ns, started_at, ended_at, state, verdict, abort_cause, station_lab)
    SELECT id, sample_id, procedure_id, profile_id, profile_version, station_id, operator,
           start_stamp_ns, started_at, ended_at, state, verdict, abort_cause, station_lab FROM runs;
DROP TABLE runs;
PRAGMA legacy_alter_table = ON;
ALTER TABLE runs_v7 RENAME TO runs;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX runs_sample ON runs(sample_id);
CREATE TRIGGER runs_closed_no_update BEFORE UPDATE ON runs WHEN OLD.state <> 'running'
BEGIN SELECT RAISE(ABORT, 'a closed run cannot be changed'); END;
CREATE TRIGGER runs_closed_no_delete BEFORE DELETE ON runs WHEN OLD.state <> 'running'
BEGIN SELECT RAISE(ABORT, 'a closed run cannot be deleted'); END;
ALTER TABLE measurements ADD COLUMN stamp_ns INTEGER;
)sql",
    // 8: how each measurement was judged: its reporting interval and comparison method
    // (GB/T 8170) and the decision rule with its guard band (NULL: w = U). NULL in rows stored
    // before, which were judged unrounded by simple acceptance; the row digest leaves them out
    // while NULL.
    R"sql(
ALTER TABLE measurements ADD COLUMN rounding_interval REAL;
ALTER TABLE measurements ADD COLUMN comparison TEXT CHECK (comparison IN ('full-value', 'rounded-value'));
ALTER TABLE measurements ADD COLUMN decision_rule TEXT CHECK (decision_rule IN ('simple', 'guarded'));
ALTER TABLE measurements ADD COLUMN guard_band REAL;
)sql",
};

int userVersion(sqlite3* db) {
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, nullptr);
    int v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int(s, 0) : 0;
    sqlite3_finalize(s);
    return v;
}

void execOrThrow(sqlite3* db, const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errmsg(db);
        sqlite3_free(message);
        throw StorageError(text);
    }
}

bool foreignKeyViolations(sqlite3* db) {
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA foreign_key_check", -1, &s, nullptr);
    bool any = sqlite3_step(s) == SQLITE_ROW;
    sqlite3_finalize(s);
    return any;
}

}  // namespace

int latestSchemaVersion() { return static_cast<int>(kMigrations.size()); }

void migrate(sqlite3* db, int target) {
    // A migration may rebuild a table others refer to: foreign keys are off while migrations
    // run (the pragma is a no-op inside a transaction) and checked before each commit.
    execOrThrow(db, "PRAGMA foreign_keys=OFF");
    struct ForeignKeysBackOn {
        sqlite3* db;
        ~ForeignKeysBackOn() { sqlite3_exec(db, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr); }
    } backOn{db};
    // The version is read inside the write transaction, so two programs opening a new
    // database at once do not both apply a migration.
    for (;;) {
        execOrThrow(db, "BEGIN IMMEDIATE");
        int version = userVersion(db);
        if (version > latestSchemaVersion()) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw StorageError("database schema version " + std::to_string(version) +
                               " is newer than this program's " +
                               std::to_string(latestSchemaVersion()) + ": update gasbench");
        }
        if (version >= target) {
            execOrThrow(db, "COMMIT");
            return;
        }
        try {
            execOrThrow(db, kMigrations[static_cast<std::size_t>(version)]);
            execOrThrow(db, "PRAGMA user_version = " + std::to_string(version + 1));
            if (foreignKeyViolations(db)) throw StorageError("a foreign key no longer holds");
            execOrThrow(db, "COMMIT");
        } catch (const StorageError& e) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw StorageError("migration to schema version " + std::to_string(version + 1) +
                               " failed: " + e.what());
        }
    }
}

}  // namespace gasbench::storage
