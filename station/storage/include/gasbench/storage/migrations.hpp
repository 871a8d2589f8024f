#pragma once
// The schema under version control: numbered migrations, each applied once in its own
// transaction, the version kept in PRAGMA user_version.

struct sqlite3;

namespace gasbench::storage {

// The newest schema version this program knows.
int latestSchemaVersion();

// Brings the schema from its current version up to `target`. Refuses a database newer than
// this program.
void migrate(sqlite3* db, int target);

}  // namespace gasbench::storage
