#include "gasbench/storage/database.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "gasbench/storage/audit_check.hpp"
#include "gasbench/storage/migrations.hpp"
#include "gasbench/storage/run_recovery.hpp"
#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

constexpr int kBusyTimeoutMs = 10000;
constexpr int kFirstSchemaWithRowEvents = 5;

bool writable(const QString& path) {
    return ::faccessat(AT_FDCWD, path.toLocal8Bit().constData(), W_OK, AT_EACCESS) == 0;
}

// SQLite's own: the user_version read without writing anything; nullopt when it cannot be read.
std::optional<int> readUserVersion(sqlite3* db, std::string& problem) {
    sqlite3_stmt* s = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, nullptr);
    if (rc == SQLITE_OK) rc = sqlite3_step(s);
    std::optional<int> version;
    if (rc == SQLITE_ROW) version = sqlite3_column_int(s, 0);
    else problem = sqlite3_errmsg(db);
    sqlite3_finalize(s);
    return version;
}

// create may give an empty file its schema; read may migrate an older one it can write.
void refuseVersion(const std::string& path, int version, OpenMode mode, bool readOnly) {
    const int latest = latestSchemaVersion();
    if (version > latest) {
        throw StorageError("database " + path + ": schema version " + std::to_string(version) +
                           " is newer than this program's " + std::to_string(latest) +
                           ": update gasbench (nothing was written)");
    }
    if (version == 0 && mode != OpenMode::create) {
        throw StorageError("database " + path + " is not a gasbench database (it has no schema)");
    }
    if (version < latest && readOnly) {
        throw StorageError("database " + path + ": schema version " + std::to_string(version) +
                           " is older than this program's " + std::to_string(latest) +
                           " and it is opened read-only, so it cannot be brought up to date");
    }
}

// "file:" URI of an absolute path: '%', '?' and '#' escaped.
std::string readOnlyUri(const std::string& absolutePath, bool immutable) {
    std::string uri = "file:";
    for (char c : absolutePath) {
        if (c == '%' || c == '?' || c == '#') {
            static const char* hex = "0123456789ABCDEF";
            uri += '%';
            uri += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
            uri += hex[static_cast<unsigned char>(c) & 0xF];
        } else {
            uri += c;
        }
    }
    return uri + (immutable ? "?mode=ro&immutable=1" : "?mode=ro");
}

}  // namespace

Database Database::openToRead(const std::string& path) {
    OpenOptions o;
    o.mode = OpenMode::read;
    return open(path, o);
}

Database Database::open(const std::string& path, const OpenOptions& options) {
    const QFileInfo file(QString::fromStdString(path));
    if (options.mode != OpenMode::create && !file.exists()) {
        throw StorageError("no database " + path +
                           ": the file does not exist (reading never creates one; check --db)");
    }
    if (struct stat st {}; ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_nlink > 1) {
        throw StorageError("database " + path + " has " + std::to_string(st.st_nlink) +
                           " names (hard links): SQLite keeps the journal beside the name it was "
                           "opened by, so two names would be two journals for one database; keep one "
                           "name (a symbolic link is safe)");
    }
    bool readOnly = options.mode == OpenMode::readOnly;
    if (options.mode == OpenMode::read) {
        const QString real = file.canonicalFilePath();
        readOnly = !writable(real) || !writable(QFileInfo(real).absolutePath());
    }
    if (readOnly) return openReadOnly(path);
    if (file.exists() && !writable(QFileInfo(file.canonicalFilePath()).absolutePath())) {
        throw StorageError("database " + path + " is in a read-only folder (SQLite keeps its journal "
                           "beside it): it can be listed, shown and verified, not written");
    }

    sqlite3* raw = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (options.mode == OpenMode::create) flags |= SQLITE_OPEN_CREATE;
    int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Database db(raw, path);
    if (rc != SQLITE_OK) {
        throw StorageError("cannot open database " + path + ": " +
                           (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
    }
    if (sqlite3_db_readonly(raw, "main") == 1) {
        throw StorageError("database " + path + " is a read-only file: it can be listed, shown and "
                           "verified, not written");
    }
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    sqlite3_extended_result_codes(raw, 1);
    // Before the first write: a newer schema is refused with the file as it was.
    std::string problem;
    auto version = readUserVersion(raw, problem);
    if (!version) throw StorageError("cannot read database " + path + ": " + problem);
    refuseVersion(path, *version, options.mode, false);
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

Database Database::openReadOnly(const std::string& path) {
    const QString real = QFileInfo(QString::fromStdString(path)).canonicalFilePath();
    const std::string absolute = real.toStdString();
    // A WAL database needs its -shm file: when the folder is read-only and no writer left a
    // journal behind, the file on disk is the whole database and is read as immutable.
    for (bool immutable : {false, true}) {
        sqlite3* raw = nullptr;
        int rc = sqlite3_open_v2(readOnlyUri(absolute, immutable).c_str(), &raw,
                                 SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
        Database db(raw, path);
        if (rc != SQLITE_OK) {
            throw StorageError("cannot open database " + path + " read-only: " +
                               (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
        }
        sqlite3_busy_timeout(raw, kBusyTimeoutMs);
        sqlite3_extended_result_codes(raw, 1);
        std::string problem;
        auto version = readUserVersion(raw, problem);
        if (!version) {
            if (!immutable && !QFileInfo::exists(real + "-wal")) continue;
            throw StorageError("cannot read database " + path + " read-only: " + problem);
        }
        refuseVersion(path, *version, OpenMode::readOnly, true);
        db.exec("PRAGMA foreign_keys=ON");
        db.exec("PRAGMA query_only=ON");
        return db;
    }
    throw StorageError("cannot read database " + path + " read-only");
}

bool Database::readOnly() const { return db_ && sqlite3_db_readonly(db_, "main") == 1; }

Database::~Database() {
    if (db_ && statements_) sqlite3_trace_v2(db_, 0, nullptr, nullptr);  // a zombie outlives the counter
    if (db_) sqlite3_close_v2(db_);
}

Database::Database(Database&& other) noexcept
    : db_(other.db_), path_(std::move(other.path_)), statements_(std::move(other.statements_)) {
    other.db_ = nullptr;
}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        if (db_ && statements_) sqlite3_trace_v2(db_, 0, nullptr, nullptr);
        if (db_) sqlite3_close_v2(db_);
        db_ = other.db_;
        path_ = std::move(other.path_);
        statements_ = std::move(other.statements_);
        other.db_ = nullptr;
    }
    return *this;
}

void Database::countStatements() {
    if (statements_) return;
    statements_ = std::make_unique<std::atomic<std::uint64_t>>(0);
    sqlite3_trace_v2(
        db_, SQLITE_TRACE_STMT,
        [](unsigned, void* counter, void*, void*) -> int {
            static_cast<std::atomic<std::uint64_t>*>(counter)->fetch_add(1, std::memory_order_relaxed);
            return 0;
        },
        statements_.get());
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
