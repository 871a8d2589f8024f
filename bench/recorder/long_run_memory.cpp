// Resident memory of a simulated 8-hour run, 16 channels at 100 Hz, fed as fast as the
// recorder writes (bench clock stamps, not real time). Prints VmRSS every simulated hour.
// usage: recorder_long_run_memory [HOURS] [FOLDER]
#include <QCoreApplication>
#include <QFileInfo>
#include <chrono>
#include <cstdio>

#include "bench_setup.hpp"

using namespace gasbench;
using namespace gasbench::storage;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    int hours = argc > 1 ? std::atoi(argv[1]) : 8;
    QTemporaryDir dir(argc > 2 ? QString(argv[2]) + "/gasbench-bench-XXXXXX" : QString());
    std::string path = bench::prepareDatabase(dir, "long.db");
    constexpr long long kPerHour = 3600LL * 100;  // readings per channel per hour
    constexpr Nanos kPeriod = 10'000'000;
    std::printf("simulated %d h run, %d channels x 100 Hz, in %s\n", hours, bench::kChannels,
                dir.path().toStdString().c_str());
    std::printf("%5s %12s %10s %10s %10s\n", "hour", "readings", "VmRSS MiB", "db MiB", "wal MiB");
    auto start = std::chrono::steady_clock::now();
    Database db = Database::open(path);
    RecorderOptions options;
    options.waitWhenFull = true;  // fed as fast as it writes
    RunRecorder rec(db, options);
    RunId run = rec.beginRun(bench::benchRun());
    for (int c = 0; c < bench::kChannels; ++c) rec.addChannel(run, bench::benchChannel(c));
    auto report = [&](int hour) {
        auto mib = [](const std::string& f) { return static_cast<double>(QFileInfo(QString::fromStdString(f)).size()) / 1048576.0; };
        std::printf("%5d %12llu %10.1f %10.1f %10.1f\n", hour,
                    static_cast<unsigned long long>(rec.committedReadings()), bench::residentMiB(),
                    mib(path), mib(path + "-wal"));
        std::fflush(stdout);
    };
    report(0);
    for (long long t = 0; t < hours * kPerHour; ++t) {
        for (int c = 0; c < bench::kChannels; ++c) {
            rec.record({static_cast<ChannelId>(c), t * kPeriod,
                        units::kPa(2.8 + 0.001 * static_cast<double>(t % 100)), ReadingStatus::Ok});
        }
        if ((t + 1) % kPerHour == 0) {
            rec.flush();
            report(static_cast<int>((t + 1) / kPerHour));
        }
    }
    rec.endRun(run, RunState::completed, Verdict::pass);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("%llu readings in %.1f s wall (%.2f M readings/s), %llu dropped, peak VmHWM %.1f MiB\n",
                static_cast<unsigned long long>(rec.committedReadings()), seconds,
                static_cast<double>(rec.committedReadings()) / seconds / 1e6,
                static_cast<unsigned long long>(rec.droppedReadings()), bench::residentMiB("VmHWM:"));
    return 0;
}
