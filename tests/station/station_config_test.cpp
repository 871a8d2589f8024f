#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <functional>

#include "gasbench/core/config_error.hpp"
#include "gasbench/station/station_config.hpp"

using namespace gasbench;
using namespace gasbench::station;

namespace {

const std::string kSimBench = std::string(GASBENCH_FIXTURES_DIR) + "/stations/sim-bench.json";

// Writes a copy of the simulated bench's config, changed by `edit`, into a temp folder beside
// a copy of the maps (so the relative map paths still resolve).
std::string editedConfig(QTemporaryDir& dir, const std::function<void(QJsonObject&)>& edit) {
    QFile in(QString::fromStdString(kSimBench));
    EXPECT_TRUE(in.open(QIODevice::ReadOnly));
    QJsonObject top = QJsonDocument::fromJson(in.readAll()).object();
    edit(top);
    QDir().mkpath(dir.filePath("stations"));
    // Absolute map paths so the copy need not sit beside the maps.
    QJsonArray devices = top["devices"].toArray();
    for (qsizetype i = 0; i < devices.size(); ++i) {
        QJsonObject dev = devices[i].toObject();
        QString map = dev["map"].toString();
        if (map.startsWith("../")) dev["map"] = QString(GASBENCH_FIXTURES_DIR) + "/" + map.mid(3);
        devices[i] = dev;
    }
    top["devices"] = devices;
    QString path = dir.filePath("stations/edited.json");
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(top).toJson());
    return path.toStdString();
}

// Expects loading to fail with a ConfigError whose field and message contain the given text.
void expectRefused(const std::function<void(QJsonObject&)>& edit, const std::string& field,
                   const std::string& words) {
    QTemporaryDir dir;
    std::string path = editedConfig(dir, edit);
    try {
        loadStationConfig(path);
        FAIL() << "accepted a config with a bad " << field;
    } catch (const ConfigError& e) {
        EXPECT_EQ(e.file(), path);
        EXPECT_NE(e.field().find(field), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << e.what();
    }
}

}  // namespace

TEST(StationConfig, TheSimulatedBenchLoads) {
    StationConfig cfg = loadStationConfig(kSimBench);
    EXPECT_EQ(cfg.id, "SIM-01");
    ASSERT_EQ(cfg.buses.size(), 1u);
    EXPECT_EQ(cfg.devices.size(), 6u);
    auto inlet = cfg.role("inlet_pressure");
    ASSERT_TRUE(inlet);
    EXPECT_EQ(cfg.channel(*inlet).qualifiedName, "inlet.pressure");
    EXPECT_EQ(cfg.channel(*inlet).unitId, 1);
    EXPECT_EQ(cfg.channel(*inlet).rateHz, 20.0);
    auto flame = cfg.role("flame");
    ASSERT_TRUE(flame);
    EXPECT_EQ(cfg.channel(*flame).rateHz, 50.0);
    EXPECT_EQ(cfg.channel(*flame).priority, 10);
    ASSERT_TRUE(cfg.deviceRole("analyzer"));
    EXPECT_TRUE(cfg.analyzerChannel("dme_vol"));
    EXPECT_FALSE(cfg.analyzerChannel("no_such_component"));
    for (std::size_t i = 0; i < cfg.channels.size(); ++i) EXPECT_EQ(cfg.channels[i].id, i);
    EXPECT_GE(cfg.safeState.size(), 2u);
}

TEST(StationConfig, RetargetMovesEveryTcpBus) {
    StationConfig cfg = loadStationConfig(kSimBench);
    cfg.retargetTcp("127.0.0.1", 40123);
    EXPECT_EQ(cfg.buses[0].port, 40123);
}

TEST(StationConfig, UnknownMapIsRefused) {
    expectRefused([](QJsonObject& top) {
        QJsonArray d = top["devices"].toArray();
        QJsonObject dev = d[0].toObject();
        dev["map"] = "../maps/no-such-map.json";
        d[0] = dev;
        top["devices"] = d;
    }, "devices[0].map", "no register map");
}

TEST(StationConfig, UnknownDeviceInARoleIsRefused) {
    expectRefused([](QJsonObject& top) {
        QJsonObject roles = top["roles"].toObject();
        roles["inlet_pressure"] = "nosuch.pressure";
        top["roles"] = roles;
    }, "roles.inlet_pressure", "unknown channel");
}

TEST(StationConfig, PressureRoleOnATemperatureChannelIsRefused) {
    expectRefused([](QJsonObject& top) {
        QJsonObject roles = top["roles"].toObject();
        roles["inlet_pressure"] = "inlet.temperature";
        top["roles"] = roles;
    }, "roles.inlet_pressure", "the role needs pressure");
}

TEST(StationConfig, TwoDevicesOnOneAddressAreRefused) {
    expectRefused([](QJsonObject& top) {
        QJsonArray d = top["devices"].toArray();
        QJsonObject dev = d[1].toObject();
        dev["unit"] = 1;
        d[1] = dev;
        top["devices"] = d;
    }, "devices[1].unit", "two devices answer at unit 1");
}

TEST(StationConfig, AnOutputRoleOnAReadOnlyChannelIsRefused) {
    expectRefused([](QJsonObject& top) {
        QJsonObject roles = top["roles"].toObject();
        roles["supply_valve"] = "flame.flame_present";
        top["roles"] = roles;
    }, "roles.supply_valve", "cannot be written");
}

TEST(StationConfig, AnUnknownRoleAndATypoedFieldAreRefused) {
    expectRefused([](QJsonObject& top) {
        QJsonObject roles = top["roles"].toObject();
        roles["inlet_presure"] = "inlet.pressure";
        top["roles"] = roles;
    }, "roles.inlet_presure", "unknown role");
    expectRefused([](QJsonObject& top) { top["bussES"] = QJsonArray(); }, "bussES", "unknown field");
}

TEST(StationConfig, AStationWithoutASafeStateIsRefused) {
    expectRefused([](QJsonObject& top) { top["safe_state"] = QJsonArray(); }, "safe_state",
                  "safe state");
}

TEST(StationConfig, AnAnalyzerRoleOnAPressureTransducerIsRefused) {
    expectRefused([](QJsonObject& top) {
        QJsonObject roles = top["roles"].toObject();
        roles["analyzer"] = "inlet";
        top["roles"] = roles;
    }, "roles.analyzer", "expected a gas-chromatograph");
}

// The safe state is checked at load, not found wanting at the end of a run (before: a
// flow_setpoint of 99999 loaded, its write was refused at the end, and the run still ended
// completed / pass after "the bench is in its safe state").
namespace {

void setSafeValue(QJsonObject& top, const QString& channel, const QJsonValue& value) {
    QJsonArray safe = top["safe_state"].toArray();
    for (qsizetype i = 0; i < safe.size(); ++i) {
        QJsonObject o = safe[i].toObject();
        if (o["channel"].toString() == channel) {
            o["value"] = value;
            safe[i] = o;
        }
    }
    top["safe_state"] = safe;
}

}  // namespace

TEST(StationConfig, ASafeValueOutsideItsChannelsRangeIsRefused) {
    expectRefused([](QJsonObject& top) { setSafeValue(top, "outputs.flow_setpoint", 99999); }, "safe_state[5].value",
                  "outside the range of 'outputs.flow_setpoint': expected 0 to 5000 L/h");
}

TEST(StationConfig, ASafeStateThatOpensTheSupplyOrSparksIsRefused) {
    expectRefused([](QJsonObject& top) { setSafeValue(top, "outputs.supply_valve", true); }, "safe_state[0].value",
                  "supply_valve: its safe value is false");
    expectRefused([](QJsonObject& top) { setSafeValue(top, "outputs.igniter", true); }, "safe_state[1].value",
                  "igniter: its safe value is false");
    expectRefused([](QJsonObject& top) { setSafeValue(top, "outputs.knob_hold", true); }, "safe_state[2].value",
                  "knob_hold: its safe value is false");
}

TEST(StationConfig, ASafeStateWithASetPointNotZeroIsRefused) {
    expectRefused([](QJsonObject& top) { setSafeValue(top, "outputs.pressure_setpoint", 3); }, "safe_state[6].value",
                  "pressure_setpoint: its safe value is 0");
}

TEST(StationConfig, ASafeStateThatLeavesAnOutputOutIsRefused) {
    expectRefused([](QJsonObject& top) {
        QJsonArray safe = top["safe_state"].toArray();
        safe.removeAt(4);  // outputs.vent_valve
        top["safe_state"] = safe;
    }, "safe_state", "output 'outputs.vent_valve' has no safe value");
}

TEST(StationConfig, AnOutputListedTwiceInTheSafeStateIsRefused) {
    expectRefused([](QJsonObject& top) {
        QJsonArray safe = top["safe_state"].toArray();
        safe.append(QJsonObject{{"channel", "outputs.vent_valve"}, {"value", false}});
        top["safe_state"] = safe;
    }, "safe_state[8].channel", "listed twice");
}
