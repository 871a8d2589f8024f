#pragma once
// A copy of fixtures/stations/sim-bench.json for a simulator started elsewhere: its one bus
// pointed at a TCP port or at an RTU serial device, its map paths made absolute, written into
// a folder of the test's.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <stdexcept>
#include <string>

namespace gasbench::safety {

struct RtuLine {
    std::string device;
    int baud = 115200;
};

inline std::string writeStationConfig(const std::string& folder, std::uint16_t tcpPort,
                                      const std::optional<RtuLine>& rtu = std::nullopt) {
    const std::string fixtures = GASBENCH_FIXTURES_DIR;
    QFile in(QString::fromStdString(fixtures + "/stations/sim-bench.json"));
    if (!in.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read sim-bench.json");
    QJsonObject station = QJsonDocument::fromJson(in.readAll()).object();

    QJsonObject bus = station["buses"].toArray().at(0).toObject();
    if (rtu) {
        bus.remove("host");
        bus.remove("port");
        bus["transport"] = "rtu";
        bus["device"] = QString::fromStdString(rtu->device);
        bus["baud"] = rtu->baud;
    } else {
        bus["port"] = tcpPort;
    }
    station["buses"] = QJsonArray{bus};

    QJsonArray devices;
    for (const auto& d : station["devices"].toArray()) {
        QJsonObject device = d.toObject();
        device["map"] = QString::fromStdString(fixtures + "/stations/") + device["map"].toString();
        devices.append(device);
    }
    station["devices"] = devices;

    std::string path = folder + "/station.json";
    QFile out(QString::fromStdString(path));
    if (!out.open(QIODevice::WriteOnly)) throw std::runtime_error("cannot write " + path);
    out.write(QJsonDocument(station).toJson());
    return path;
}

}  // namespace gasbench::safety
