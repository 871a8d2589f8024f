#pragma once
// One station database: a SQLite file in WAL mode with foreign keys on, a busy timeout, and the
// schema migrated to the version this program knows (user_version). Opening it for writing also
// closes the runs that a crashed controller left `running` (see run_recovery.hpp).
//
// The schema version is read before anything is written, so a database from a newer program is
// refused with its journal mode untouched. A file with more than one name (hard links) is
// refused: SQLite keeps its journal beside the name it was opened by, so two names would be two
// journals for one database.

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "gasbench/storage/statement.hpp"

struct sqlite3;

namespace gasbench::storage {

enum class Durability {
    full,    // every commit reaches the disk (runs, measurements, events)
    normal,  // survives a crash of the program, not of the machine (the time series writer)
};

enum class OpenMode {
    create,    // read-write, the file created when missing (runs, registering records, the GUI)
    read,      // the file must exist (read verbs never create one); read-write when the file and
               // its folder can be written, else as readOnly
    readOnly,  // the file must exist; nothing is written: no switch to WAL, no migration, no
               // run recovery (a database in a read-only folder is read as it is on disk)
};

struct OpenOptions {
    Durability durability = Durability::full;
    bool recoverRuns = true;  // mark runs left `running` by a dead controller as interrupted
    int schemaVersion = -1;   // -1: the newest; tests ask for an older one
    OpenMode mode = OpenMode::create;
};

class Database {
public:
    static Database open(const std::string& path, const OpenOptions& options = {});
    // For the verbs that only read: OpenMode::read.
    static Database openToRead(const std::string& path);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return db_; }
    const std::string& path() const { return path_; }
    bool readOnly() const;  // opened read-only (OpenMode::readOnly, or read on a read-only file)

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) { return Statement(db_, sql); }
    std::int64_t lastInsertId() const;
    int changes() const;  // rows changed by the last statement
    int schemaVersion();

    // Counts the statements this connection runs from now on (sqlite3_trace_v2), for the tests
    // that show a screen reads nothing while a run goes. statementsRun(): 0 until then. Safe to
    // read from another thread.
    void countStatements();
    std::uint64_t statementsRun() const { return statements_ ? statements_->load() : 0; }

private:
    static Database openReadOnly(const std::string& path);
    Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
    sqlite3* db_ = nullptr;
    std::string path_;
    // On the heap: the trace callback keeps its address across moves.
    std::unique_ptr<std::atomic<std::uint64_t>> statements_;
};

// A write transaction (BEGIN IMMEDIATE, so two writers never deadlock on a lock upgrade).
// Nested inside another one it does nothing: the outer transaction decides.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();  // rolls back unless committed
    void commit();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    Database& db_;
    bool owner_ = false;
    bool done_ = false;
};

// ~/.local/share/gasbench/gasbench.db (the per-user data folder), its folder created.
std::string defaultDatabasePath();
// The --db option's file, or the default one.
inline std::string databasePathOr(const std::optional<std::string>& given) {
    return given ? *given : defaultDatabasePath();
}

// UTC now as ISO 8601 with milliseconds: the time stamps of records and events.
std::string utcNow();

}  // namespace gasbench::storage
