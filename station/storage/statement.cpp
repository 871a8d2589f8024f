#include "gasbench/storage/statement.hpp"

#include <sqlite3.h>

#include <cstdint>

#include "gasbench/storage/storage_error.hpp"

namespace gasbench::storage {
namespace {

// SQLITE_TRANSIENT without the old-style cast of its macro.
const auto kTransient = reinterpret_cast<sqlite3_destructor_type>(static_cast<std::intptr_t>(-1));

}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db), stmt_(nullptr) {
    int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
    if (rc != SQLITE_OK) {
        throw StorageError(std::string("cannot prepare \"") + std::string(sql) +
                           "\": " + sqlite3_errmsg(db));
    }
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) {
    other.stmt_ = nullptr;
}

void Statement::fail(int rc) const {
    throw StorageError(std::string(sqlite3_errmsg(db_)) + " (" + sqlite3_errstr(rc) + ") in \"" +
                       sqlite3_sql(stmt_) + "\"");
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (int rc = sqlite3_bind_int64(stmt_, index, value); rc != SQLITE_OK) fail(rc);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (int rc = sqlite3_bind_double(stmt_, index, value); rc != SQLITE_OK) fail(rc);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    int rc = sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), kTransient);
    if (rc != SQLITE_OK) fail(rc);
    return *this;
}

Statement& Statement::bindBlob(int index, std::span<const unsigned char> bytes) {
    // The caller keeps the bytes alive until the statement has stepped: no copy on the hot path.
    int rc = sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()),
                               SQLITE_STATIC);
    if (rc != SQLITE_OK) fail(rc);
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (int rc = sqlite3_bind_null(stmt_, index); rc != SQLITE_OK) fail(rc);
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3_reset(stmt_);
    fail(rc);
}

void Statement::run() {
    step();
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }

std::string Statement::text(int column) const {
    const unsigned char* p = sqlite3_column_text(stmt_, column);
    if (p == nullptr) return {};
    return std::string(reinterpret_cast<const char*>(p),
                       static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::optional<std::string> Statement::optText(int column) const {
    if (isNull(column)) return std::nullopt;
    return text(column);
}

std::optional<double> Statement::optReal(int column) const {
    if (isNull(column)) return std::nullopt;
    return real(column);
}

std::optional<std::int64_t> Statement::optInteger(int column) const {
    if (isNull(column)) return std::nullopt;
    return integer(column);
}

std::span<const unsigned char> Statement::blob(int column) const {
    const void* p = sqlite3_column_blob(stmt_, column);
    auto n = static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column));
    return {static_cast<const unsigned char*>(p), n};
}

}  // namespace gasbench::storage
