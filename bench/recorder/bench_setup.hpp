#pragma once
// What both recorder benchmarks share: a fresh database in a scratch folder with one sample
// registered, the 16 channels of a busy station, and VmRSS.

#include <QTemporaryDir>
#include <fstream>
#include <string>

#include "gasbench/storage/enterprise.hpp"
#include "gasbench/storage/run_recorder.hpp"
#include "gasbench/storage/sampling_batch.hpp"

namespace gasbench::bench {

inline constexpr int kChannels = 16;

// The database file in `dir`, with sample "B-1-T" registered.
inline std::string prepareDatabase(const QTemporaryDir& dir, const std::string& name) {
    using namespace gasbench::storage;
    std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    Database db = Database::open(path);
    Enterprise e{0, "基准测试企业", "91350100M000100Y43", "福州", "", "", ""};
    auto id = addEnterprise(db, e, "bench");
    SamplingBatch b;
    b.samplingNumber = "B-1";
    b.productName = "bench";
    b.productionDate = "2026-01-01";
    b.producerId = id;
    b.sampledUnitId = id;
    b.samplingDate = "2026-01-02";
    b.samplers = {"bench"};
    b.unitsDrawn = 1;
    b.samples = {{0, 0, "B-1-T", SampleRole::test}};
    addSamplingBatch(db, b, "bench");
    return path;
}

inline storage::RunInfo benchRun() {
    return {"bench", "bench", 1, "bench-station", "bench", "B-1-T", 0, ""};
}

inline storage::ChannelInfo benchChannel(int i) {
    units::UnitSpec kPa;
    units::parseUnit("kPa", kPa);
    return {static_cast<ChannelId>(i), "P" + std::to_string(i), "", kPa};
}

// Resident memory of this process in MiB: VmRSS now, or VmHWM, the peak.
inline double residentMiB(const std::string& which = "VmRSS:") {
    std::ifstream status("/proc/self/status");
    std::string key;
    while (status >> key) {
        if (key == which) {
            double kib = 0;
            status >> kib;
            return kib / 1024.0;
        }
        status.ignore(1 << 16, '\n');
    }
    return -1;
}

}  // namespace gasbench::bench
