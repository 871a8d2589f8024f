// Every committed map loads; every kind of bad map is refused naming the file and the field.
#include "gasbench/hal/register_map.hpp"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

#include "gasbench/core/config_error.hpp"

namespace gasbench::hal {
namespace {

std::string mapPath(const std::string& name) {
    return std::string(GASBENCH_FIXTURES_DIR) + "/maps/" + name + ".json";
}

TEST(RegisterMap, CommittedMapsLoad) {
    for (const char* name : {"pressure-transducer", "flame-detector", "flow-meter", "outputs",
                             "gas-chromatograph", "vendor-f32-orders"}) {
        DeviceMap m = loadDeviceMap(mapPath(name));
        EXPECT_FALSE(m.channels.empty()) << name;
        EXPECT_TRUE(m.identity.has_value()) << name;
        EXPECT_EQ(m.sourceFile, mapPath(name));
    }
}

TEST(RegisterMap, ContractChannelNames) {
    DeviceMap pt = loadDeviceMap(mapPath("pressure-transducer"));
    EXPECT_EQ(pt.kind, "pressure-transducer");
    ASSERT_NE(pt.find("pressure"), nullptr);
    EXPECT_EQ(pt.find("pressure")->unit.symbol, "kPa");
    EXPECT_EQ(pt.find("pressure")->type, ValueType::f32);
    EXPECT_NE(pt.find("temperature"), nullptr);
    EXPECT_NE(pt.find("status"), nullptr);

    DeviceMap fd = loadDeviceMap(mapPath("flame-detector"));
    ASSERT_NE(fd.find("flame_present"), nullptr);
    EXPECT_EQ(fd.find("flame_present")->function, RegisterFunction::discreteInput);
    EXPECT_EQ(fd.find("ionisation")->unit.symbol, "uA");

    DeviceMap out = loadDeviceMap(mapPath("outputs"));
    for (const char* c : {"supply_valve", "igniter", "vent_valve", "isolation_valve"}) {
        ASSERT_NE(out.find(c), nullptr) << c;
        EXPECT_EQ(out.find(c)->function, RegisterFunction::coil);
        EXPECT_TRUE(out.find(c)->writable());
    }
    EXPECT_TRUE(out.find("flow_setpoint")->writable());
    EXPECT_TRUE(out.find("pressure_setpoint")->writable());
    ASSERT_TRUE(out.watchdog.has_value());
    EXPECT_TRUE(out.find("watchdog_lapsed")->readable());

    DeviceMap gc = loadDeviceMap(mapPath("gas-chromatograph"));
    for (const char* c :
         {"propane", "propylene", "n_butane", "iso_butane", "butenes", "c5_plus", "dme"}) {
        EXPECT_NE(gc.find(std::string(c) + "_vol"), nullptr) << c;
        EXPECT_NE(gc.find(std::string(c) + "_mass"), nullptr) << c;
    }
    EXPECT_NE(gc.find("start_analysis"), nullptr);
    EXPECT_NE(gc.find("state"), nullptr);
    EXPECT_NE(gc.find("detection_limit"), nullptr);
    EXPECT_NE(gc.find("analysis_count"), nullptr);
}

// A good map to break one field at a time.
QJsonObject goodMap() {
    QJsonObject ch{{"name", "pressure"}, {"function", "inputRegister"},
                   {"address", 2},       {"type", "f32"},
                   {"unit", "kPa"},      {"access", "read"}};
    QJsonObject coil{{"name", "valve"}, {"function", "coil"}, {"address", 0},
                     {"type", "bool"},  {"unit", "bool"},     {"access", "readWrite"}};
    return QJsonObject{
        {"id", "t"},
        {"version", 1},
        {"kind", "pressure-transducer"},
        {"vendor", "v"},
        {"model", "m"},
        {"identity", QJsonObject{{"function", "inputRegister"}, {"address", 0}, {"expected", 7}}},
        {"watchdog", QJsonObject{{"address", 10}, {"timeoutMs", 2000}}},
        {"channels", QJsonArray{ch, coil}}};
}

QJsonObject withChannel(int index, const char* key, const QJsonValue& value) {
    QJsonObject m = goodMap();
    QJsonArray chans = m["channels"].toArray();
    QJsonObject c = chans[index].toObject();
    c[key] = value;
    chans[index] = c;
    m["channels"] = chans;
    return m;
}

ConfigError refusal(const QJsonObject& m) {
    try {
        parseDeviceMap(QJsonDocument(m).toJson(), "bad.json");
    } catch (const ConfigError& e) {
        return e;
    }
    ADD_FAILURE() << "map was accepted";
    return ConfigError("", "", "");
}

TEST(RegisterMap, GoodTemplateLoads) {
    EXPECT_NO_THROW(parseDeviceMap(QJsonDocument(goodMap()).toJson(), "g.json"));
}

TEST(RegisterMap, RefusesBadMapsNamingTheField) {
    struct Case {
        const char* what;
        QJsonObject map;
        std::string field;
        std::string mentions;
    };
    QJsonObject overlapping = goodMap();
    {
        QJsonArray chans = overlapping["channels"].toArray();
        QJsonObject c{{"name", "temperature"}, {"function", "inputRegister"},
                      {"address", 3},          {"type", "u16"},
                      {"unit", "1"},           {"access", "read"}};
        chans.append(c);
        overlapping["channels"] = chans;
    }
    QJsonObject onIdentity = withChannel(0, "address", 0);  // f32 at 0..1 overlaps identity at 0
    QJsonObject typo = withChannel(0, "adress", 3);
    QJsonObject dup = withChannel(1, "name", "pressure");
    QJsonObject badRange = withChannel(0, "rangeLow", 10);
    {
        QJsonArray a = badRange["channels"].toArray();
        QJsonObject c = a[0].toObject();
        c["rangeHigh"] = 5;
        a[0] = c;
        badRange["channels"] = a;
    }
    QJsonObject noName = goodMap();
    noName.remove("id");
    const std::vector<Case> cases = {
        {"unknown function", withChannel(0, "function", "inputReg"), "channels[0].function",
         "inputRegister"},
        {"unknown type", withChannel(0, "type", "float"), "channels[0].type", "f32"},
        {"unknown order", withChannel(0, "order", "dcab"), "channels[0].order", "abcd"},
        {"unknown unit", withChannel(0, "unit", "psi"), "channels[0].unit", "kPa"},
        {"unknown access", withChannel(0, "access", "rw"), "channels[0].access", "readWrite"},
        {"bool on a register", withChannel(0, "type", "bool"), "channels[0].type", "word type"},
        {"word type on a coil", withChannel(1, "type", "u16"), "channels[1].type", "bool"},
        {"write on an input register", withChannel(0, "access", "readWrite"), "channels[0].access",
         "read"},
        {"write on a discrete input", withChannel(1, "function", "discreteInput"),
         "channels[1].access", "read"},
        {"bool unit on a word", withChannel(0, "unit", "bool"), "channels[0].unit",
         "measuring unit"},
        {"address out of range", withChannel(0, "address", 70000), "channels[0].address", "65535"},
        {"f32 past the end", withChannel(0, "address", 65535), "channels[0].address", "65535"},
        {"overlap", overlapping, "channels[2].address",
         "channel 'temperature' overlaps channel 'pressure'"},
        {"overlap with identity", onIdentity, "channels[0].address",
         "overlaps the identity register"},
        {"typo", typo, "channels[0].adress", "unknown field"},
        {"duplicate name", dup, "channels[1].name", "unique"},
        {"missing id", noName, "id", "missing"},
        {"bad range", badRange, "channels[0].rangeLow", "rangeHigh"},
        {"zero scale", withChannel(0, "scale", 0), "channels[0].scale", "non-zero"},
    };
    for (const Case& c : cases) {
        ConfigError e = refusal(c.map);
        EXPECT_EQ(e.file(), "bad.json") << c.what;
        EXPECT_EQ(e.field(), c.field) << c.what << ": " << e.what();
        EXPECT_NE(std::string(e.what()).find(c.mentions), std::string::npos)
            << c.what << ": " << e.what();
    }
}

TEST(RegisterMap, RefusesMissingAndBrokenFiles) {
    EXPECT_THROW(loadDeviceMap(mapPath("no-such-device")), ConfigError);
    try {
        parseDeviceMap("{\"id\": ", "broken.json");
        FAIL();
    } catch (const ConfigError& e) {
        EXPECT_EQ(e.file(), "broken.json");
        EXPECT_NE(e.field().find("line 1"), std::string::npos);
    }
}

}  // namespace
}  // namespace gasbench::hal
