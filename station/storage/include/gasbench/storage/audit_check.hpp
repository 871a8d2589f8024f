#pragma once
// `audit verify`: the hash chain, every record row against the event that last recorded it, and
// the chain head against anchors kept outside the database. Between them they find an edited
// or re-hashed event, a row changed, added or removed behind gasbench's back (even with the
// schema's triggers dropped), and an issued PDF replaced together with its hash.

#include <cstdint>
#include <string>
#include <vector>

#include "gasbench/storage/audit_log.hpp"
#include "gasbench/storage/database.hpp"

namespace gasbench::storage {

// A chain head written down outside the database (an anchor file, the lab server, an issued
// report): the event id and its hash at that moment.
struct Anchor {
    std::string database;  // the file it was taken of, for the reader
    std::string at;        // UTC
    ChainHead head;
};

struct AuditCheck {
    ChainCheck chain;
    std::int64_t rowsChecked = 0;
    std::int64_t anchorsChecked = 0;
    std::vector<std::string> problems;  // each names the row or event and what is wrong
    bool ok() const { return chain.ok() && problems.empty(); }
};

AuditCheck verifyAudit(Database& db, const std::vector<Anchor>& anchors = {});

// Records every row (and closed run's time series) that no event records yet, with an
// `audit.baseline` event each: done once when a database from before schema 5 is upgraded, so
// its old rows are covered from then on. Returns how many.
std::int64_t baselineUncoveredRecords(Database& db, const std::string& who);

// Anchor files: one JSON object a line, appended. readAnchors throws StorageError naming the
// file and line of anything else.
Anchor anchorOf(Database& db);
void appendAnchor(const std::string& file, const Anchor& anchor);
std::vector<Anchor> readAnchors(const std::string& file);

}  // namespace gasbench::storage
