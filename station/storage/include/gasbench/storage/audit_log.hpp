#pragma once
// The event log: every state change (who, what, when), append-only (triggers refuse UPDATE and
// DELETE) and hash-chained: each row stores the SHA-256 of its canonical serialisation, which
// includes the previous row's hash, so changing or removing a row breaks the chain after it.
// An event that records a row (an insert or an allowed change) also names it and binds the
// row's content hash (row_digest.hpp); audit_check.hpp cross-checks rows against events.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/storage/database.hpp"

namespace gasbench::storage {

// The record an event is about, by table and id; its content hash is taken when the event is
// appended, inside the same transaction as the change.
struct RowRef {
    std::string table;  // one of coveredTables(), or kSeriesRecord
    std::int64_t id = 0;
};

struct AuditEntry {
    std::string who;      // operator or user name
    std::string what;     // "run.started", "measurement.recorded", "batch.added", ...
    std::optional<std::int64_t> runId;
    std::string subject;  // what it is about: a sampling number, a credit code, an item
    std::string details;  // free text or JSON
    std::optional<RowRef> row = std::nullopt;
    // When it happened (UTC, ISO 8601 with milliseconds); empty: when it is appended. A run's
    // events reach the log through the recorder's writer thread, a little after they happen.
    std::string at = {};
};

struct AuditEvent {
    std::int64_t id = 0;
    int format = 2;  // 1: written before events named rows (schema < 5)
    std::string at;  // UTC, ISO 8601 with milliseconds
    AuditEntry entry;
    std::string rowSha256;  // with entry.row
    std::string prevHash;
    std::string hash;
};

// The newest event: the chain head that anchors and issued reports record.
struct ChainHead {
    std::int64_t eventId = 0;  // 0: no event yet
    std::string hash;
};
ChainHead chainHead(Database& db);
std::optional<AuditEvent> findEvent(Database& db, std::int64_t id);

// Appends one event inside the caller's transaction (or its own). Returns its id.
std::int64_t appendEvent(Database& db, const AuditEntry& entry);

// The SHA-256 (hex) of an event's canonical serialisation: every field, length-prefixed, in
// a fixed order, so no two different events serialise alike.
std::string eventHash(const AuditEvent& event);

struct ChainCheck {
    std::int64_t eventsChecked = 0;
    std::optional<std::int64_t> brokenEvent;  // id of the first row that does not verify
    std::string problem;
    bool ok() const { return !brokenEvent; }
};

// Walks the chain from the first event (only the chain: audit_check.hpp checks the rest).
ChainCheck verifyAuditChain(Database& db);

std::vector<AuditEvent> eventsOfRun(Database& db, std::int64_t runId);

// Who the command line acts as in the log: $USER, or "gasbench".
std::string commandLineActor();

}  // namespace gasbench::storage
