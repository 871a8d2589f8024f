#include "gasbench/storage/database.hpp"

#include <sqlite3.h>

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>

#include "gasbench/storage/audit_check.hpp"
#include "gasbench/storage/migrations.hpp"
#include "gasbench/storage/run_recovery.hpp"
#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

constexpr int kBusyTimeoutMs = 10000;
constexpr int kFirstSchemaWithRowEvents = 5;

}  // namespace

Database Database::open(const std::string& path, const OpenOptions& options) {
    sqlite3* raw = nullptr;
    int rc = sqlite3_open_v2(path.c_str(), &raw,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                             nullptr);
    Database db(raw, path);
    if (rc != SQLITE_OK) {
        throw StorageError("cannot open database " + path + ": " +
                           (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
    }
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    sqlite3_extended_result_codes(raw, 1);
    db.exec("PRAGMA journal_mode=WAL");
    db.exec("PRAGMA foreign_keys=ON");
    // Keeps a big WAL from staying big after a checkpoint.
    db.exec("PRAGMA journal_size_limit=67108864");
    db.exec(options.durability == Durability::full ? "PRAGMA synchronous=FULL"
                                                   : "PRAGMA synchronous=NORMAL");
    const int before = db.schemaVersion();
    migrate(raw, options.schemaVersion < 0 ? latestSchemaVersion() : options.schemaVersion);
    // Rows written before events named them are recorded once, as found, when the schema gains
    // row events; from then on a row without its event is one gasbench did not write.
    if (before > 0 && before < kFirstSchemaWithRowEvents && db.schemaVersion() >= kFirstSchemaWithRowEvents)
        baselineUncoveredRecords(db, "gasbench-upgrade");
    if (options.recoverRuns && db.schemaVersion() == latestSchemaVersion()) {
        recoverInterruptedRuns(db);
    }
    return db;
}

Database::~Database() {
    if (db_) sqlite3_close_v2(db_);
}

Database::Database(Database&& other) noexcept : db_(other.db_), path_(std::move(other.path_)) {
    other.db_ = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        if (db_) sqlite3_close_v2(db_);
        db_ = other.db_;
        path_ = std::move(other.path_);
        other.db_ = nullptr;
    }
    return *this;
}

void Database::exec(std::string_view sql) {
    std::string s(sql);
    char* message = nullptr;
    int rc = sqlite3_exec(db_, s.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw StorageError(text + " in \"" + s + "\"");
    }
}

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(db_); }

int Database::changes() const { return sqlite3_changes(db_); }

int Database::schemaVersion() {
    Statement s = prepare("PRAGMA user_version");
    s.step();
    return static_cast<int>(s.integer(0));
}

Transaction::Transaction(Database& db) : db_(db) {
    if (sqlite3_get_autocommit(db.handle())) {
        db_.exec("BEGIN IMMEDIATE");
        owner_ = true;
    }
}

Transaction::~Transaction() {
    if (owner_ && !done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    if (owner_ && !done_) db_.exec("COMMIT");
    done_ = true;
}

std::string defaultDatabasePath() {
    // ~/.local/share/gasbench/gasbench.db (README). Built on GenericDataLocation rather than
    // AppDataLocation, so the command line and the desktop program share one file whatever
    // application name each sets (AppDataLocation would add org/app: .../gasbench/gasbench/).
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (base.isEmpty()) throw StorageError("no per-user data folder: give --db FILE");
    QString dir = QDir(base).filePath("gasbench");
    if (!QDir().mkpath(dir)) throw StorageError("cannot create " + dir.toStdString());
    return QDir(dir).filePath("gasbench.db").toStdString();
}

std::string utcNow() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
}

}  // namespace gasbench::storage
