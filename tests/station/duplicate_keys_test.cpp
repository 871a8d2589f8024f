// Issue 18, case 5 (JSON): a key given twice in one object was accepted, the last one winning.
// Every committed fixture of each kind the station reads (station configs, register maps,
// standard profiles, scenarios, answers, batches, the bench layout, the demo campaign) still
// loads through its loader; a copy of each with one key given twice is refused, naming the
// file, the line and the key.
#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <functional>

#include "gasbench/core/config_error.hpp"
#include "gasbench/hal/register_map.hpp"
#include "gasbench/procedures/answers_file.hpp"
#include "gasbench/procedures/profile.hpp"
#include "gasbench/sim/bench_layout.hpp"
#include "gasbench/sim/scenario.hpp"
#include "gasbench/station/demo_campaign.hpp"
#include "gasbench/station/station_config.hpp"
#include "gasbench/storage/batch_file.hpp"

namespace gasbench {
namespace {

struct Kind {
    const char* folder;  // under fixtures/
    std::function<void(const std::string&)> load;
};

const std::vector<Kind>& kinds() {
    static const std::vector<Kind> all = {
        {"stations", [](const std::string& f) { station::loadStationConfig(f); }},
        {"maps", [](const std::string& f) { hal::loadDeviceMap(f); }},
        {"standards", [](const std::string& f) { procedures::loadProfile(f); }},
        {"scenarios", [](const std::string& f) { sim::loadScenario(f); }},
        {"answers", [](const std::string& f) { procedures::AnswersFileResponder::load(f); }},
        {"batches", [](const std::string& f) { storage::readBatchFile(f); }},
        {"sim", [](const std::string& f) { sim::loadBenchLayout(f); }},
        {"demo", [](const std::string& f) { station::loadDemoCampaign(f); }},
    };
    return all;
}

QStringList filesOf(const char* folder) {
    QDir dir(QString(GASBENCH_FIXTURES_DIR) + "/" + folder);
    QStringList out;
    for (const QString& f : dir.entryList({"*.json"}, QDir::Files, QDir::Name)) out << dir.filePath(f);
    return out;
}

TEST(DuplicateJsonKeys, EveryCommittedFixtureStillLoads) {
    for (const auto& kind : kinds()) {
        const QStringList files = filesOf(kind.folder);
        EXPECT_FALSE(files.isEmpty()) << kind.folder;
        for (const QString& f : files) {
            EXPECT_NO_THROW(kind.load(f.toStdString())) << f.toStdString();
        }
    }
}

TEST(DuplicateJsonKeys, AKeyGivenTwiceIsRefusedNamingFileLineAndKey) {
    QTemporaryDir dir;
    // The file's first top-level member is written once more before it, on a line of its own.
    const QRegularExpression firstKey(R"re(\{\s*"([^"]+)"\s*:)re");
    for (const auto& kind : kinds()) {
        for (const QString& original : filesOf(kind.folder)) {
            QFile in(original);
            ASSERT_TRUE(in.open(QIODevice::ReadOnly));
            const QByteArray text = in.readAll();
            const QString s = QString::fromUtf8(text);
            const auto match = firstKey.match(s);
            ASSERT_TRUE(match.hasMatch()) << original.toStdString();
            const QString key = match.captured(1);
            const QJsonValue value = QJsonDocument::fromJson(text).object().value(key);
            QByteArray member = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            member = member.mid(1, member.size() - 2);  // the value alone, out of its array
            const qsizetype brace = text.indexOf('{');
            QByteArray doubled = text.left(brace + 1) + "\n\"" + key.toUtf8() + "\": " + member + "," +
                                 text.mid(brace + 1);
            const int keyLine = static_cast<int>(s.left(match.capturedStart(1)).count('\n')) + 2;

            const std::string copy = dir.filePath(QFileInfo(original).fileName()).toStdString();
            QFile out(QString::fromStdString(copy));
            ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(doubled);
            out.close();
            try {
                kind.load(copy);
                ADD_FAILURE() << copy << ": a key given twice was accepted (" << key.toStdString() << ")";
            } catch (const ConfigError& e) {
                EXPECT_EQ(e.file(), copy);
                EXPECT_EQ(e.field(), "line " + std::to_string(keyLine) + ", " + key.toStdString()) << e.what();
                EXPECT_NE(std::string(e.what()).find("the key '" + key.toStdString() + "' appears twice"),
                          std::string::npos)
                    << e.what();
            }
        }
    }
}

TEST(DuplicateJsonKeys, ANestedKeyIsNamedByItsPath) {
    QTemporaryDir dir;
    const std::string path = dir.filePath("station.json").toStdString();
    QFile out(QString::fromStdString(path));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("{ \"station\": \"SIM-01\",\n  \"devices\": [ { \"name\": \"a\" },\n"
              "    { \"name\": \"b\", \"unit\": 2,\n      \"unit\": 3 } ] }\n");
    out.close();
    try {
        station::loadStationConfig(path);
        ADD_FAILURE() << "accepted";
    } catch (const ConfigError& e) {
        EXPECT_EQ(e.field(), "line 4, devices[1].unit") << e.what();
    }
    // The same key in two different objects, and "a" against "\u0061" in one: the first is fine.
    QFile twice(QString::fromStdString(path));
    ASSERT_TRUE(twice.open(QIODevice::WriteOnly | QIODevice::Truncate));
    twice.write("{\"x\": {\"a\": 1}, \"y\": {\"a\": 2, \"\\u0061\": 3}}");
    twice.close();
    try {
        station::loadStationConfig(path);
        ADD_FAILURE() << "accepted";
    } catch (const ConfigError& e) {
        EXPECT_EQ(e.field(), "line 1, y.a") << e.what();
    }
}

}  // namespace
}  // namespace gasbench
