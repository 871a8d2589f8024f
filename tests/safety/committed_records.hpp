#pragma once
// What a station database holds of each run, read with bare SQLite (no gasbench start-up
// recovery): readings per run (the chunks' counts), measurements and events — to compare before
// and after a reopen, so that nothing committed is lost by a crash or by recovery.

#include <sqlite3.h>

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>

namespace gasbench::safety {

struct RunContents {
    std::int64_t readings = 0;
    std::int64_t measurements = 0;
    bool operator==(const RunContents&) const = default;
};

inline std::map<std::int64_t, RunContents> committedRecords(const std::string& databasePath) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(databasePath.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + databasePath);
    }
    sqlite3_busy_timeout(db, 5000);
    std::map<std::int64_t, RunContents> out;
    auto each = [&](const char* sql, auto store) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
            std::string e = sqlite3_errmsg(db);
            sqlite3_close(db);
            throw std::runtime_error(e);
        }
        while (sqlite3_step(s) == SQLITE_ROW) store(out[sqlite3_column_int64(s, 0)], sqlite3_column_int64(s, 1));
        sqlite3_finalize(s);
    };
    each("SELECT id, 0 FROM runs", [](RunContents&, std::int64_t) {});
    each("SELECT c.run_id, SUM(s.count) FROM series_chunks s JOIN run_channels c ON c.id = s.run_channel_id "
         "GROUP BY c.run_id",
         [](RunContents& r, std::int64_t n) { r.readings = n; });
    each("SELECT run_id, COUNT(*) FROM measurements GROUP BY run_id",
         [](RunContents& r, std::int64_t n) { r.measurements = n; });
    sqlite3_close(db);
    return out;
}

}  // namespace gasbench::safety
