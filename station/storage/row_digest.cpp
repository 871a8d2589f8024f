#include "gasbench/storage/row_digest.hpp"

#include <sqlite3.h>

#include <QCryptographicHash>
#include <algorithm>
#include <array>
#include <cstring>

#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

constexpr std::array<std::string_view, 9> kCovered{
    "enterprises", "sampling_batches", "samples",           "runs",
    "measurements", "reports",         "report_signatures", "users",
    "profile_confirmations"};

void addField(QCryptographicHash& h, const char* bytes, std::size_t size) {
    h.addData(QByteArray::number(static_cast<qulonglong>(size)));
    h.addData(QByteArrayView(":"));
    h.addData(QByteArrayView(bytes, static_cast<qsizetype>(size)));
}

// Columns added to a record table after rows were hashed: left out while NULL, so that a row
// stored before the column existed hashes as it did then (and setting one later still shows).
bool addedLater(const char* column) {
    for (const char* later : {"stamp_ns", "rounding_interval", "comparison", "decision_rule", "guard_band"}) {
        if (std::strcmp(column, later) == 0) return true;
    }
    return false;
}

// Every column of every row the statement yields, in order.
std::int64_t addRows(QCryptographicHash& h, sqlite3_stmt* s) {
    std::int64_t rows = 0;
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        ++rows;
        for (int i = 0; i < sqlite3_column_count(s); ++i) {
            const char* name = sqlite3_column_name(s, i);
            int type = sqlite3_column_type(s, i);
            if (type == SQLITE_NULL && addedLater(name)) continue;
            addField(h, name, std::strlen(name));
            char tag = "?ifstbn"[type];  // SQLITE_INTEGER 1 .. SQLITE_NULL 5
            h.addData(QByteArrayView(&tag, 1));
            if (type == SQLITE_NULL) continue;
            const auto* bytes = static_cast<const char*>(
                type == SQLITE_BLOB ? sqlite3_column_blob(s, i)
                                    : static_cast<const void*>(sqlite3_column_text(s, i)));
            addField(h, bytes ? bytes : "", static_cast<std::size_t>(sqlite3_column_bytes(s, i)));
        }
        h.addData(QByteArrayView("\n"));
    }
    if (rc != SQLITE_DONE) throw StorageError(std::string("row digest: ") + sqlite3_errstr(rc));
    return rows;
}

std::int64_t hashQuery(QCryptographicHash& h, Database& db, const std::string& sql, std::int64_t id) {
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &s, nullptr) != SQLITE_OK)
        throw StorageError("row digest: " + std::string(sqlite3_errmsg(db.handle())) + " in " + sql);
    sqlite3_bind_int64(s, 1, id);
    std::int64_t rows = 0;
    try {
        rows = addRows(h, s);
    } catch (...) {
        sqlite3_finalize(s);
        throw;
    }
    sqlite3_finalize(s);
    return rows;
}

}  // namespace

std::span<const std::string_view> coveredTables() { return kCovered; }

std::optional<std::string> rowDigest(Database& db, std::string_view table, std::int64_t id) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArrayView("gasbench-row-v1\n"));
    addField(h, table.data(), table.size());
    if (table == kSeriesRecord) {
        if (hashQuery(h, db, "SELECT id FROM runs WHERE id = ?", id) == 0) return std::nullopt;
        hashQuery(h, db, "SELECT * FROM run_channels WHERE run_id = ? ORDER BY id", id);
        hashQuery(h, db,
                  "SELECT s.* FROM series_chunks s JOIN run_channels c ON c.id = s.run_channel_id"
                  " WHERE c.run_id = ? ORDER BY s.id",
                  id);
    } else {
        if (std::find(kCovered.begin(), kCovered.end(), table) == kCovered.end())
            throw StorageError("row digest: '" + std::string(table) + "' is not a record table");
        if (hashQuery(h, db, "SELECT * FROM " + std::string(table) + " WHERE id = ?", id) == 0)
            return std::nullopt;
    }
    return h.result().toHex().toStdString();
}

}  // namespace gasbench::storage
