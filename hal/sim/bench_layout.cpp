#include "gasbench/sim/bench_layout.hpp"

#include <QDir>
#include <QFileInfo>
#include <set>

#include "gasbench/core/json_fields.hpp"

namespace gasbench::sim {

std::string BenchDevice::signalFor(const std::string& channel) const {
    auto it = signalOf.find(channel);
    return it == signalOf.end() ? channel : it->second;
}

const BenchDevice* BenchLayout::byUnit(int unitId) const {
    for (const auto& d : devices) {
        if (d.unitId == unitId) return &d;
    }
    return nullptr;
}

const BenchDevice* BenchLayout::byKind(const std::string& kind) const {
    for (const auto& d : devices) {
        if (d.map.kind == kind) return &d;
    }
    return nullptr;
}

BenchLayout loadBenchLayout(const std::string& path) {
    JsonFields f = JsonFields::fromFile(path);
    f.allowOnly({"description", "devices"});
    BenchLayout layout;
    layout.file = path;
    QDir base = QFileInfo(QString::fromStdString(path)).absoluteDir();
    std::set<int> units;
    for (const JsonFields& d : f.objects("devices")) {
        d.allowOnly({"unit_id", "name", "map", "signals"});
        BenchDevice dev;
        dev.unitId = static_cast<int>(d.integer("unit_id", 1, 246));
        if (!units.insert(dev.unitId).second)
            throw d.error("unit_id", "expected a unit id not used before");
        dev.name = d.string("name");
        std::string mapFile = base.filePath(QString::fromStdString(d.string("map"))).toStdString();
        if (!QFileInfo::exists(QString::fromStdString(mapFile))) {
            throw d.error("map", "expected a register map file; " + mapFile + " does not exist");
        }
        dev.map = hal::loadDeviceMap(mapFile);
        for (const auto& c : dev.map.channels) dev.signalOf[c.name] = c.name;
        if (auto sig = d.optObject("signals")) {
            for (auto it = sig->raw().begin(); it != sig->raw().end(); ++it) {
                std::string channel = it.key().toStdString();
                if (dev.map.find(channel) == nullptr) {
                    throw sig->error(channel.c_str(), "not a channel of map " + dev.map.id);
                }
                dev.signalOf[channel] = sig->string(channel.c_str());
            }
        }
        layout.devices.push_back(std::move(dev));
    }
    if (layout.devices.empty()) throw f.error("devices", "expected at least one device");
    return layout;
}

}  // namespace gasbench::sim
