// A controller that records until it is killed: for the recovery test. It records two
// pressure channels, value = reading index, and after each flush prints "committed N" —
// the readings it knows to be on disk.
#include <cstdio>
#include <cstdlib>
#include <exception>

#include "gasbench/storage/run_recorder.hpp"

using namespace gasbench;
using namespace gasbench::storage;

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: storage_recording_child DATABASE\n");
        return 2;
    }
    try {
        Database db = Database::open(argv[1]);
        RunRecorder recorder(db, {.chunkPoints = 100, .transactionReadings = 500});
        RunId run = recorder.beginRun(
            {"regulator-outlet-pressure", "gb35844", 1, "station-1", "op", "C-2026-001-T", 0, ""});
        units::UnitSpec kPa;
        units::parseUnit("kPa", kPa);
        recorder.addChannel(run, {0, "P0", "inlet_pressure", kPa});
        recorder.addChannel(run, {1, "P1", "outlet_pressure", kPa});
        std::printf("run %lld\n", static_cast<long long>(run));
        std::fflush(stdout);
        for (long long i = 0;; ++i) {
            for (ChannelId ch = 0; ch < 2; ++ch) {
                recorder.record({ch, i * 10'000'000, units::kPa(static_cast<double>(i)),
                                 ReadingStatus::Ok});
            }
            if (i % 997 == 996) {  // flush at odd moments: mid-chunk, mid-transaction
                recorder.flush();
                std::printf("committed %llu\n",
                            static_cast<unsigned long long>(recorder.committedReadings()));
                std::fflush(stdout);
            }
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "storage_recording_child: %s\n", e.what());
        return 1;
    }
}
