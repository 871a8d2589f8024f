// Recorder throughput against a bare sqlite3 loop writing the same layout (packed chunks of
// 100 readings per channel, 1000 readings per transaction, WAL, synchronous=NORMAL,
// autocheckpoint off) into the same schema, in the same folder. Also both while a second
// connection reads the same database every 10 ms (the after-run view, later the lab sync):
// its read transactions hold back checkpoints. Prints readings/s and the ratios.
// usage: recorder_throughput [READINGS] [FOLDER]
#include <sqlite3.h>

#include <QCoreApplication>
#include <QFile>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <atomic>
#include <functional>
#include <thread>
#include <vector>

#include "bench_setup.hpp"
#include "gasbench/storage/chunk_codec.hpp"
#include "gasbench/storage/time_series.hpp"

using namespace gasbench;
using namespace gasbench::storage;
using WallClock = std::chrono::steady_clock;

namespace {

constexpr Nanos kPeriod = 10'000'000;  // 100 Hz

Reading readingAt(long long i) {
    int ch = static_cast<int>(i % bench::kChannels);
    return {static_cast<ChannelId>(ch), (i / bench::kChannels) * kPeriod,
            units::kPa(2.8 + 0.001 * static_cast<double>(i % 100)), ReadingStatus::Ok};
}

// autoCheckpoint: SQLite's default 1000 pages, or 0 (off: the WAL grows without bound, the
// checkpoint's copy is never paid — an upper bound no long run can keep up).
double bareLoop(const std::string& path, long long readings, int autoCheckpoint) {
    std::vector<std::int64_t> channelRows;
    {
        Database db = Database::open(path);
        RunId run = insertRun(db, bench::benchRun());
        for (int c = 0; c < bench::kChannels; ++c) {
            channelRows.push_back(insertRunChannel(db, run, bench::benchChannel(c)));
        }
    }
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    std::string pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                          "PRAGMA foreign_keys=ON; PRAGMA wal_autocheckpoint=" +
                          std::to_string(autoCheckpoint);
    sqlite3_exec(db, pragmas.c_str(), nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO series_chunks (run_channel_id, first_ns, last_ns, count, "
                           "points) VALUES (?, ?, ?, ?, ?)", -1, &insert, nullptr);
    std::vector<std::vector<unsigned char>> chunks(bench::kChannels);
    std::vector<Nanos> first(bench::kChannels);
    auto start = WallClock::now();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    long long inTransaction = 0;
    for (long long i = 0; i < readings; ++i) {
        Reading r = readingAt(i);
        auto& chunk = chunks[r.channel];
        if (chunk.empty()) first[r.channel] = r.stamp;
        appendPackedPoint(chunk, {r.stamp, units::siValue(r.value) / 1000.0, r.status});
        if (chunk.size() == 100 * kPackedPointSize) {
            sqlite3_bind_int64(insert, 1, channelRows[r.channel]);
            sqlite3_bind_int64(insert, 2, first[r.channel]);
            sqlite3_bind_int64(insert, 3, r.stamp);
            sqlite3_bind_int64(insert, 4, 100);
            sqlite3_bind_blob(insert, 5, chunk.data(), static_cast<int>(chunk.size()), SQLITE_STATIC);
            sqlite3_step(insert);
            sqlite3_reset(insert);
            chunk.clear();
        }
        if (++inTransaction == 1000) {
            sqlite3_exec(db, "COMMIT; BEGIN", nullptr, nullptr, nullptr);
            inTransaction = 0;
        }
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    double seconds = std::chrono::duration<double>(WallClock::now() - start).count();
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return static_cast<double>(readings) / seconds;
}

double recorder(const std::string& path, long long readings, RecorderOptions options) {
    Database db = Database::open(path);
    options.waitWhenFull = true;  // fed as fast as it writes: the producer waits, nothing is lost
    RunRecorder rec(db, options);
    RunId run = rec.beginRun(bench::benchRun());
    for (int c = 0; c < bench::kChannels; ++c) rec.addChannel(run, bench::benchChannel(c));
    auto start = WallClock::now();
    for (long long i = 0; i < readings; ++i) rec.record(readingAt(i));
    rec.flush();
    double seconds = std::chrono::duration<double>(WallClock::now() - start).count();
    if (rec.committedReadings() != static_cast<std::uint64_t>(readings)) {
        std::fprintf(stderr, "recorder committed %llu of %lld readings\n",
                     static_cast<unsigned long long>(rec.committedReadings()), readings);
    }
    rec.endRun(run, RunState::completed, Verdict::pass);
    return static_cast<double>(readings) / seconds;
}

// A second connection (read-only, as another program) that every 10 ms reads the newest
// chunks of every channel and their totals, as a viewer following the run would.
class SecondReader {
public:
    explicit SecondReader(const std::string& path)
        : thread_([this, path] {
              sqlite3* db = nullptr;
              sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
              sqlite3_busy_timeout(db, 1000);
              sqlite3_stmt* totals = nullptr;
              sqlite3_stmt* newest = nullptr;
              sqlite3_prepare_v2(db, "SELECT count(*), total(count) FROM series_chunks", -1, &totals, nullptr);
              sqlite3_prepare_v2(db, "SELECT points FROM series_chunks ORDER BY id DESC LIMIT 160", -1, &newest, nullptr);
              while (!stop_.load(std::memory_order_relaxed)) {
                  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
                  while (sqlite3_step(totals) == SQLITE_ROW) {
                  }
                  sqlite3_reset(totals);
                  while (sqlite3_step(newest) == SQLITE_ROW) bytes_ += sqlite3_column_bytes(newest, 0);
                  sqlite3_reset(newest);
                  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
                  ++passes_;
                  std::this_thread::sleep_for(std::chrono::milliseconds(10));
              }
              sqlite3_finalize(totals);
              sqlite3_finalize(newest);
              sqlite3_close(db);
          }) {}
    ~SecondReader() {
        stop_ = true;
        thread_.join();
    }

private:
    std::atomic<bool> stop_{false};
    long long passes_ = 0;
    long long bytes_ = 0;
    std::thread thread_;
};

template <typename Write>
double withSecondReader(const std::string& path, Write write) {
    {
        Database db = Database::open(path);  // the schema and sample, before the reader opens
    }
    SecondReader reader(path);
    return write(path);
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    long long readings = argc > 1 ? std::atoll(argv[1]) : 4'000'000;
    QTemporaryDir dir(argc > 2 ? QString(argv[2]) + "/gasbench-bench-XXXXXX" : QString());
    std::printf("recorder throughput: %lld readings, %d channels, in %s\n", readings,
                bench::kChannels, dir.path().toStdString().c_str());
    // Alternate the variants so that host noise hits all alike; report the medians.
    RecorderOptions deferred;
    deferred.checkpointPages = deferred.forceCheckpointPages = 1 << 30;
    struct Variant {
        const char* name;
        std::function<double(const std::string&)> run;
        std::vector<double> rates;
    };
    std::vector<Variant> variants = {
        {"bare loop, autocheckpoint 1000 (SQLite default)",
         [&](const std::string& p) { return bareLoop(p, readings, 1000); }, {}},
        {"bare loop, autocheckpoint off (WAL unbounded)",
         [&](const std::string& p) { return bareLoop(p, readings, 0); }, {}},
        {"RunRecorder, default options",
         [&](const std::string& p) { return recorder(p, readings, {}); }, {}},
        {"RunRecorder, checkpoints deferred",
         [&](const std::string& p) { return recorder(p, readings, deferred); }, {}},
        {"bare loop, autocheckpoint 1000, a second reader",
         [&](const std::string& p) { return withSecondReader(p, [&](const std::string& q) { return bareLoop(q, readings, 1000); }); }, {}},
        {"RunRecorder, default options, a second reader",
         [&](const std::string& p) { return withSecondReader(p, [&](const std::string& q) { return recorder(q, readings, {}); }); }, {}},
    };
    constexpr int kRounds = 5;
    for (int round = 0; round < kRounds; ++round) {
        for (std::size_t v = 0; v < variants.size(); ++v) {
            auto db = bench::prepareDatabase(dir, "r" + std::to_string(round) + "v" + std::to_string(v) + ".db");
            variants[v].rates.push_back(variants[v].run(db));
            QFile::remove(QString::fromStdString(db));
            QFile::remove(QString::fromStdString(db + "-wal"));
        }
    }
    std::vector<double> medians;
    for (auto& v : variants) {
        std::sort(v.rates.begin(), v.rates.end());
        medians.push_back(v.rates[kRounds / 2]);
        std::printf("  %-50s %6.2f M readings/s (median of %d)\n", v.name, medians.back() / 1e6, kRounds);
    }
    std::printf("ratio RunRecorder / bare loop (both checkpointing):     %.2f (target >= 0.8)\n",
                medians[2] / medians[0]);
    std::printf("ratio RunRecorder / bare loop (neither checkpointing):  %.2f\n",
                medians[3] / medians[1]);
    std::printf("ratio RunRecorder with a second reader / bare loop:     %.2f\n", medians[5] / medians[0]);
    std::printf("ratio RunRecorder / bare loop, both with a second reader: %.2f\n", medians[5] / medians[4]);
    std::printf("RunRecorder: %.2f M readings/s (target >= 1.0)\n", medians[2] / 1e6);
    return 0;
}
