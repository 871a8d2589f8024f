#pragma once
// The event log: every state change (who, what, when), append-only (triggers refuse UPDATE and
// DELETE) and hash-chained: each row stores the SHA-256 of its canonical serialisation, which
// includes the previous row's hash, so changing or removing a row breaks the chain after it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gasbench/storage/database.hpp"

namespace gasbench::storage {

struct AuditEntry {
    std::string who;      // operator or user name
    std::string what;     // "run.started", "measurement.recorded", "batch.added", ...
    std::optional<std::int64_t> runId;
    std::string subject;  // what it is about: a sampling number, a credit code, an item
    std::string details;  // free text or JSON
};

struct AuditEvent {
    std::int64_t id = 0;
    std::string at;  // UTC, ISO 8601 with milliseconds
    AuditEntry entry;
    std::string prevHash;
    std::string hash;
};

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

// Walks the chain from the first event.
ChainCheck verifyAuditChain(Database& db);

std::vector<AuditEvent> eventsOfRun(Database& db, std::int64_t runId);

// Who the command line acts as in the log: $USER, or "gasbench".
std::string commandLineActor();

}  // namespace gasbench::storage
